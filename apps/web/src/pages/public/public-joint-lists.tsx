import { beijingDate } from '@app/domain/calendar/calendar-date';
import { useState } from 'react';
import type { PublicJointList, PublicJointListVersion } from '@app/contract';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { usePagedList } from '../registers/use-paged-list';
import { useDepartmentNames } from './use-department-names';

/** A list's versions, loaded when the reader opens them (GET /api/public/joint-lists/:id). */
function JointListHistory({ id }: { id: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const loaded = useApi<{ versions: PublicJointListVersion[] }>(
    open ? `/api/public/joint-lists/${encodeURIComponent(id)}` : undefined,
  );
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('public.jointLists.history')}</summary>
      {open ? (
        <Async loaded={loaded}>
          {(list) => (
            <ol className="rx-plain">
              {list.versions.map((v) => (
                <li key={v.version}>
                  {t('public.jointLists.historyEntry', {
                    version: v.version,
                    date: beijingDate(v.at),
                    reason: v.reason ?? t('public.jointLists.drawnUp'),
                  })}
                </li>
              ))}
            </ol>
          )}
        </Async>
      ) : null}
    </details>
  );
}

/** 一业一单 on the portal (Anhui standard; Yuanqu 一(二)): each list as it stands, with its versions. */
export function PublicJointListsSection() {
  const { t } = useI18n();
  const lists = usePagedList<PublicJointList>('/api/public/joint-lists', {}, 50);
  const departmentName = useDepartmentNames();
  const status = (l: PublicJointList) =>
    l.retired
      ? t('public.jointLists.status.retired', { reason: l.retired.reason })
      : t('public.jointLists.status.active');
  const departments = (l: PublicJointList) => l.departmentIds.map(departmentName).join(t('registers.sep'));
  const columns: Column<PublicJointList>[] = [
    { heading: t('public.jointLists.industry'), cell: (l) => l.industry, csv: (l) => l.industry },
    {
      heading: t('public.jointLists.lead'),
      cell: (l) => departmentName(l.leadDepartmentId),
      csv: (l) => departmentName(l.leadDepartmentId),
    },
    { heading: t('public.jointLists.departments'), cell: departments, csv: departments },
    {
      heading: t('public.jointLists.items'),
      cell: (l) => (
        <ul className="rx-plain">
          {l.items.map((i) => (
            <li key={i.id}>
              {t('registers.joint.itemOf', { name: i.name, department: departmentName(i.departmentId) })}
            </li>
          ))}
        </ul>
      ),
      csv: (l) => l.items.map((i) => i.name).join(t('registers.sep')),
    },
    {
      heading: t('public.jointLists.version'),
      cell: (l) => (
        <>
          {t('public.jointLists.versionValue', { version: l.version })}
          <JointListHistory id={l.id} />
        </>
      ),
      csv: (l) => l.version,
    },
    { heading: t('public.jointLists.status'), cell: status, csv: status },
    {
      heading: t('public.jointLists.updatedAt'),
      cell: (l) => l.updatedAt.slice(0, 10),
      csv: (l) => l.updatedAt.slice(0, 10),
    },
  ];
  return (
    <section aria-labelledby="public-joint-lists">
      <h2 id="public-joint-lists">{t('public.jointLists.title')}</h2>
      <p className="rx-intro">{t('public.jointLists.intro')}</p>
      <Async loaded={lists}>
        {() => (
          <DataTable
            caption={t('public.jointLists.caption')}
            columns={columns}
            rows={lists.rows}
            rowKey={(l) => l.id}
            csvName="public-joint-lists"
            onNextPage={lists.onNextPage}
            onPreviousPage={lists.onPreviousPage}
          />
        )}
      </Async>
    </section>
  );
}
