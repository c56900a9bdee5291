import { useI18n } from '../../i18n/i18n';
import type { Reason } from './act-reasons';

/** Said where an act's button would be, when the user cannot do it here (or not yet). */
export function WhyNot({ reason }: { reason?: Reason }) {
  const { t } = useI18n();
  if (!reason) return null;
  return <p className="why-not">{t(reason.key, reason.values)}</p>;
}
