import type { PublicPostponement, PublicPostponementEntry } from '@app/contract';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { usePagedList } from '../registers/use-paged-list';
import { useDepartmentNames } from './use-department-names';

type Row = PublicPostponementEntry & { taskId: string; name: string; leadDepartmentId: string };

/** 任务延期公示 (Yuanqu 二(三)): announced tasks whose window was moved, each postponement a row. */
export function PublicPostponementsSection() {
  const { t } = useI18n();
  const departmentName = useDepartmentNames();
  const tasks = usePagedList<PublicPostponement>('/api/public/postponements', {}, 20);
  const rows: Row[] = tasks.rows.flatMap((task) =>
    task.postponements.map((p) => ({
      ...p,
      taskId: task.taskId,
      name: task.name,
      leadDepartmentId: task.leadDepartmentId,
    })),
  );
  const window = (w: { from: string; to: string }) => t('public.tasks.windowValue', w);
  const columns: Column<Row>[] = [
    { heading: t('public.postponements.task'), cell: (r) => r.name, csv: (r) => r.name },
    {
      heading: t('public.postponements.lead'),
      cell: (r) => departmentName(r.leadDepartmentId),
      csv: (r) => departmentName(r.leadDepartmentId),
    },
    {
      heading: t('public.postponements.previous'),
      cell: (r) => window(r.previousWindow),
      csv: (r) => window(r.previousWindow),
    },
    {
      heading: t('public.postponements.window'),
      cell: (r) => window(r.window),
      csv: (r) => window(r.window),
    },
    { heading: t('public.postponements.reason'), cell: (r) => r.reason, csv: (r) => r.reason },
    {
      heading: t('public.postponements.approvedBy'),
      cell: (r) =>
        t('public.postponements.approver', { department: departmentName(r.approvedBy.departmentId) }),
      csv: (r) =>
        t('public.postponements.approver', { department: departmentName(r.approvedBy.departmentId) }),
    },
    { heading: t('public.postponements.on'), cell: (r) => r.postponedOn, csv: (r) => r.postponedOn },
  ];
  return (
    <section aria-labelledby="public-postponements">
      <h2 id="public-postponements">{t('public.postponements.title')}</h2>
      <p>{t('public.postponements.intro')}</p>
      <Async loaded={tasks} keep>
        {() => (
          <DataTable
            caption={t('public.postponements.caption')}
            columns={columns}
            rows={rows}
            rowKey={(r) => `${r.taskId}|${r.postponedAt}`}
            csvName="public-postponements"
            onNextPage={tasks.onNextPage}
            onPreviousPage={tasks.onPreviousPage}
          />
        )}
      </Async>
    </section>
  );
}
