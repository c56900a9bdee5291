import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n';
import { OverdueList } from './overdue-list';
import { DISCLOSURE_STATES, type DisclosureState, type OverdueDisclosure } from './overdue-model';

/** Results not entered or not published by their deadline (window end + 20 working days), by department. */
export function OverdueDisclosures({
  asOf,
  departmentId,
  nameOf,
}: {
  asOf: string;
  departmentId: string;
  nameOf: (departmentId: string) => string;
}) {
  const { t } = useI18n();
  const stateLabel = useCallback((s: DisclosureState) => t(`dashboards.disclosure.${s}`), [t]);
  return (
    <OverdueList<DisclosureState, OverdueDisclosure>
      kind="disclosures"
      asOf={asOf}
      departmentId={departmentId}
      nameOf={nameOf}
      states={DISCLOSURE_STATES}
      stateLabel={stateLabel}
      dueHeading={t('dashboards.dueDate')}
      leading={[
        {
          heading: t('dashboards.entity'),
          cell: (r) => <span className="mono">{r.entityId}</span>,
          csv: (r) => r.entityId,
        },
        {
          heading: t('common.department'),
          cell: (r) => nameOf(r.departmentId),
          csv: (r) => nameOf(r.departmentId),
        },
        { heading: t('dashboards.windowTo'), cell: (r) => r.windowTo, csv: (r) => r.windowTo },
      ]}
      trailing={[
        {
          heading: t('dashboards.enteredOn'),
          cell: (r) => r.enteredOn ?? '—',
          csv: (r) => r.enteredOn,
        },
        {
          heading: t('dashboards.publishedOn'),
          cell: (r) => r.publishedOn ?? '—',
          csv: (r) => r.publishedOn,
        },
      ]}
      rowKey={(r) => `${r.taskId}|${r.entityId}|${r.departmentId}`}
    />
  );
}
