import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';

/**
 * 未使用公共随机源: a task (or its draw record) that went without a public beacon, as its deployment
 * allowed, says so for good, with the reason given at initiation.
 */
export function OperatorTrustedBadge({ reason }: { reason?: string }) {
  const { t } = useI18n();
  const { task } = useTaskDetail();
  const why = reason ?? task.operatorTrusted?.reason;
  if (why === undefined) return null;
  return (
    <p className="operator-trusted">
      <span className="badge badge-warn">{t('tasks.operatorTrusted')}</span>{' '}
      {t('tasks.operatorTrustedReason', { reason: why })}
    </p>
  );
}
