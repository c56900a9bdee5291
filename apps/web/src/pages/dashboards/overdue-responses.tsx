import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n';
import { OverdueList } from './overdue-list';
import { type OverdueResponse, RESPONSE_STATES, type ResponseState } from './overdue-model';

/** Participating departments that did not respond to a joint task within 2 working days, by department. */
export function OverdueResponses({
  asOf,
  departmentId,
  nameOf,
}: {
  asOf: string;
  departmentId: string;
  nameOf: (departmentId: string) => string;
}) {
  const { t } = useI18n();
  const stateLabel = useCallback((s: ResponseState) => t(`dashboards.response.${s}`), [t]);
  return (
    <OverdueList<ResponseState, OverdueResponse>
      kind="responses"
      asOf={asOf}
      departmentId={departmentId}
      nameOf={nameOf}
      states={RESPONSE_STATES}
      stateLabel={stateLabel}
      dueHeading={t('dashboards.responseDue')}
      leading={[
        {
          heading: t('dashboards.respondingDepartment'),
          cell: (r) => nameOf(r.departmentId),
          csv: (r) => nameOf(r.departmentId),
        },
        {
          heading: t('dashboards.leadDepartment'),
          cell: (r) => nameOf(r.leadDepartmentId),
          csv: (r) => nameOf(r.leadDepartmentId),
        },
        { heading: t('dashboards.initiatedOn'), cell: (r) => r.initiatedOn, csv: (r) => r.initiatedOn },
      ]}
      trailing={[
        {
          heading: t('dashboards.respondedOn'),
          cell: (r) => r.respondedOn ?? '—',
          csv: (r) => r.respondedOn,
        },
      ]}
      rowKey={(r) => `${r.taskId}|${r.departmentId}`}
    />
  );
}
