import { Empty } from '../../components/states';

/** Placeholder: built in issue 9. */
export function EntityChecksPage() {
  return <Empty />;
}
