import { useCallback } from 'react';
import { REFERRAL_DEADLINE_STATES, type OverdueReferral, type ReferralDeadlineState } from '@app/contract';
import { useI18n } from '../../i18n/i18n';
import { OverdueList } from './overdue-list';

/** Referrals not accepted or returned, or without an outcome, by their deadline (ADR 50), by receiving department. */
export function OverdueReferrals({
  asOf,
  departmentId,
  nameOf,
}: {
  asOf: string;
  departmentId: string;
  nameOf: (departmentId: string) => string;
}) {
  const { t } = useI18n();
  const stateLabel = useCallback((s: ReferralDeadlineState) => t(`dashboards.referral.${s}`), [t]);
  const deadline = (r: OverdueReferral) => t(`dashboards.referralDeadline.${r.deadline}`);
  return (
    <OverdueList<ReferralDeadlineState, OverdueReferral>
      kind="referrals"
      asOf={asOf}
      departmentId={departmentId}
      nameOf={nameOf}
      states={REFERRAL_DEADLINE_STATES}
      stateLabel={stateLabel}
      dueHeading={t('dashboards.objectionDue')}
      leading={[
        {
          heading: t('dashboards.referralReceiver'),
          cell: (r) => nameOf(r.departmentId),
          csv: (r) => nameOf(r.departmentId),
        },
        {
          heading: t('dashboards.referralSender'),
          cell: (r) => nameOf(r.fromDepartmentId),
          csv: (r) => nameOf(r.fromDepartmentId),
        },
        { heading: t('dashboards.referralDeadline'), cell: deadline, csv: deadline },
      ]}
      trailing={[]}
      rowKey={(r) => `${r.referralId}|${r.deadline}`}
    />
  );
}
