import type { PublicCancellation, PublicDiscardedEntities } from '@app/contract';
import { useState } from 'react';
import { Link } from 'react-router';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { usePagedList } from '../registers/use-paged-list';
import { useDepartmentNames } from './use-department-names';

/** 抽取后撤销: tasks cancelled after their draw, with the reason, the approval and the draw discarded. */
export function PublicCancellationsSection() {
  const { t } = useI18n();
  const departmentName = useDepartmentNames();
  const cancellations = usePagedList<PublicCancellation>('/api/public/cancellations', {}, 20);
  const drawOf = (c: PublicCancellation) => {
    const d = c.discardedDraw;
    const text = t('public.cancellations.drawValue', {
      position: d.position ?? '—',
      count: d.selectedCount,
      digest: d.selectedDigest ?? '—',
    });
    return d.parts ? `${text}; ${t('public.cancellations.parts', { parts: d.parts })}` : text;
  };
  const approverOf = (c: PublicCancellation) =>
    t('public.cancellations.approvedByValue', { department: departmentName(c.approvedBy.departmentId) });
  const columns: Column<PublicCancellation>[] = [
    { heading: t('public.cancellations.cancelledOn'), cell: (c) => c.cancelledOn, csv: (c) => c.cancelledOn },
    {
      heading: t('public.tasks.name'),
      cell: (c) => <Link to={`/public/verify/${encodeURIComponent(c.taskId)}`}>{c.name}</Link>,
      csv: (c) => c.name,
    },
    {
      heading: t('public.tasks.lead'),
      cell: (c) => departmentName(c.leadDepartmentId),
      csv: (c) => departmentName(c.leadDepartmentId),
    },
    { heading: t('public.cancellations.reason'), cell: (c) => c.reason, csv: (c) => c.reason },
    { heading: t('public.cancellations.approvedBy'), cell: approverOf, csv: approverOf },
    {
      heading: t('public.cancellations.draw'),
      cell: (c) => (
        <>
          <span className="mono">{drawOf(c)}</span>
          {c.discardedDraw.listed > 0 ? <DiscardedEntities taskId={c.taskId} /> : null}
        </>
      ),
      csv: drawOf,
    },
  ];
  return (
    <section aria-labelledby="public-cancellations">
      <h2 id="public-cancellations">{t('public.cancellations.title')}</h2>
      <p className="rx-muted">{t('public.cancellations.intro')}</p>
      <Async loaded={cancellations} keep>
        {() => (
          <DataTable
            caption={t('public.cancellations.caption')}
            columns={columns}
            rows={cancellations.rows}
            rowKey={(c) => c.taskId}
            csvName="public-cancellations"
            onNextPage={cancellations.onNextPage}
            onPreviousPage={cancellations.onPreviousPage}
          />
        )}
      </Async>
    </section>
  );
}

/** The discarded list, read only when opened, page by page. */
function DiscardedEntities({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('public.cancellations.entities')}</summary>
      {open ? <EntityPages taskId={taskId} /> : null}
    </details>
  );
}

function EntityPages({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const entities = usePagedList<PublicDiscardedEntities['items'][number]>(
    `/api/public/cancellations/${encodeURIComponent(taskId)}/entities`,
    {},
    50,
  );
  return (
    <Async loaded={entities} keep>
      {() => (
        <DataTable
          caption={t('public.cancellations.entitiesCaption')}
          columns={[
            { heading: t('public.cancellations.code'), cell: (e) => e.code, csv: (e) => e.code },
            { heading: t('public.cancellations.entityName'), cell: (e) => e.name, csv: (e) => e.name },
          ]}
          rows={entities.rows}
          rowKey={(e) => e.id}
          csvName={`discarded-${taskId}`}
          onNextPage={entities.onNextPage}
          onPreviousPage={entities.onPreviousPage}
        />
      )}
    </Async>
  );
}
