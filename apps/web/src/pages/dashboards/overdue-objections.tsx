import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n';
import { OverdueList } from './overdue-list';
import {
  OBJECTION_DEADLINE_STATES,
  type ObjectionDeadlineState,
  type OverdueObjection,
} from './overdue-model';

/**
 * Objections whose review (20 working days from receipt) or outcome notice (15 from the review) is
 * late or still owed (Yiyuan 二十七), by the department whose result was objected to.
 */
export function OverdueObjections({
  asOf,
  departmentId,
  nameOf,
}: {
  asOf: string;
  departmentId: string;
  nameOf: (departmentId: string) => string;
}) {
  const { t } = useI18n();
  const stateLabel = useCallback((s: ObjectionDeadlineState) => t(`dashboards.objection.${s}`), [t]);
  const deadline = (o: OverdueObjection) => t(`dashboards.objectionDeadline.${o.deadline}`);
  return (
    <OverdueList<ObjectionDeadlineState, OverdueObjection>
      kind="objections"
      asOf={asOf}
      departmentId={departmentId}
      nameOf={nameOf}
      states={OBJECTION_DEADLINE_STATES}
      stateLabel={stateLabel}
      dueHeading={t('dashboards.objectionDue')}
      leading={[
        {
          heading: t('dashboards.objectionDepartment'),
          cell: (o) => nameOf(o.departmentId),
          csv: (o) => nameOf(o.departmentId),
        },
        { heading: t('dashboards.objectionDeadline'), cell: deadline, csv: deadline },
        { heading: t('dashboards.receivedOn'), cell: (o) => o.receivedOn, csv: (o) => o.receivedOn },
      ]}
      trailing={[
        { heading: t('dashboards.reviewedOn'), cell: (o) => o.reviewedOn ?? '—', csv: (o) => o.reviewedOn },
        { heading: t('dashboards.notifiedOn'), cell: (o) => o.notifiedOn ?? '—', csv: (o) => o.notifiedOn },
      ]}
      rowKey={(o) => `${o.objectionId}|${o.deadline}`}
    />
  );
}
