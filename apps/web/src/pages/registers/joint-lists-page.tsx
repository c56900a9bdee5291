import { Empty } from '../../components/states';

/** Placeholder: built in issue 9. */
export function JointListsPage() {
  return <Empty />;
}
