import { BEACON_SOURCES } from '@app/domain';
import { Link } from 'react-router';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { usePagedList } from '../registers/use-paged-list';
import type { PublicAnnouncement } from './disclosures';
import { useDepartmentNames } from './use-department-names';
import { useItemNames } from './use-item-names';

/** 抽查任务公告: tasks announced at their lock, newest first. */
export function PublicTasksSection() {
  const { t, locale } = useI18n();
  const itemName = useItemNames();
  const departmentName = useDepartmentNames();
  const tasks = usePagedList<PublicAnnouncement>('/api/public/tasks', {}, 20);
  // A draw without a beacon is trusted to the platform's operator: said as plainly as a beacon is.
  const randomnessOf = (a: PublicAnnouncement) => {
    const r = a.randomness;
    if (!r) return '—';
    if ('beacon' in r) {
      const name = BEACON_SOURCES[r.beacon.source]?.name[locale] ?? r.beacon.source;
      return t('public.tasks.beaconValue', { source: name, round: r.beacon.round });
    }
    const reason = r.operatorTrusted.statedReason;
    return reason === null
      ? t('public.tasks.operatorTrustedInternal')
      : t('public.tasks.operatorTrustedValue', { reason });
  };
  const columns: Column<PublicAnnouncement>[] = [
    { heading: t('public.tasks.announcedOn'), cell: (a) => a.announcedOn ?? '', csv: (a) => a.announcedOn },
    {
      heading: t('public.tasks.name'),
      cell: (a) => <Link to={`/public/verify/${encodeURIComponent(a.id)}`}>{a.name}</Link>,
      csv: (a) => a.name,
    },
    {
      heading: t('public.tasks.lead'),
      cell: (a) => departmentName(a.leadDepartmentId),
      csv: (a) => departmentName(a.leadDepartmentId),
    },
    {
      heading: t('public.tasks.departments'),
      cell: (a) => a.departmentIds.map(departmentName).join(t('registers.sep')),
      csv: (a) => a.departmentIds.map(departmentName).join(t('registers.sep')),
    },
    {
      heading: t('public.tasks.items'),
      cell: (a) => (
        <ul className="rx-plain">
          {a.itemIds.map((id) => (
            <li key={id}>{itemName(id)}</li>
          ))}
        </ul>
      ),
      csv: (a) => a.itemIds.map(itemName).join(t('registers.sep')),
    },
    {
      heading: t('public.tasks.window'),
      cell: (a) => t('public.tasks.windowValue', { from: a.window.from, to: a.window.to }),
      csv: (a) => `${a.window.from}/${a.window.to}`,
    },
    { heading: t('public.tasks.entityCount'), cell: (a) => a.entityCount, csv: (a) => a.entityCount },
    { heading: t('public.tasks.randomness'), cell: randomnessOf, csv: randomnessOf },
  ];
  return (
    <section aria-labelledby="public-tasks">
      <h2 id="public-tasks">{t('public.tasks.title')}</h2>
      <Async loaded={tasks} keep>
        {() => (
          <DataTable
            caption={t('public.tasks.caption')}
            columns={columns}
            rows={tasks.rows}
            rowKey={(a) => a.id}
            csvName="public-task-announcements"
            onNextPage={tasks.onNextPage}
            onPreviousPage={tasks.onPreviousPage}
          />
        )}
      </Async>
    </section>
  );
}
