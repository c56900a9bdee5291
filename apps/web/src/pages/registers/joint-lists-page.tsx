import type { Page } from '@app/contract';
import { AddUnavailable } from '../org/add-unavailable';
import { useState } from 'react';
import { useApi, useCommand } from '../../api/use-api';
import { Async, Loading } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { ActionPanel, Done } from './action-panel';
import { beijingTime } from './format';
import { actsForDepartment } from './form-values';
import { type JointListForm, JointListFields } from './joint-list-form';
import { useDepartments } from '../../api/use-departments';
import { usePagedList } from './use-paged-list';
import type { CheckItemView, JointItemListView } from './views';

const ITEM_LIMIT = 1000;

/** 联合抽查事项清单 (一业一单): the joint lists, and drawing one up for a department one leads. */
export function JointListsPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const departments = useDepartments();
  const list = usePagedList<JointItemListView>('/api/joint-item-lists');
  // The items' names, to show what each list holds and to choose from (the first 1000 items).
  const items = useApi<Page<CheckItemView>>('/api/check-items', { limit: ITEM_LIMIT });
  const itemName = (itemId: string) => items.data?.items.find((i) => i.id === itemId)?.name ?? itemId;
  const leads = departments.departments.filter((d) => actsForDepartment(session, d.id));
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string>();
  const command = useCommand();

  const drawUp = async (form: JointListForm) => {
    if (await command.run('POST', '/api/joint-item-lists', form)) {
      setAdding(false);
      setDone(t('registers.joint.added'));
      list.reload();
    }
  };

  // The version in force, and why a list was retired (it then makes no new task).
  const standing = (l: JointItemListView) =>
    l.retired
      ? t('registers.joint.retired', { version: l.version, reason: l.retired.reason })
      : t('registers.joint.versionValue', { version: l.version });

  const columns: Column<JointItemListView>[] = [
    { heading: t('registers.joint.industry'), cell: (l) => l.industry, csv: (l) => l.industry },
    {
      heading: t('registers.joint.lead'),
      cell: (l) => departments.nameOf(l.leadDepartmentId),
      csv: (l) => departments.nameOf(l.leadDepartmentId),
    },
    {
      heading: t('registers.joint.departments'),
      cell: (l) => l.departmentIds.map(departments.nameOf).join(t('registers.sep')),
      csv: (l) => l.departmentIds.map(departments.nameOf).join(t('registers.sep')),
    },
    {
      heading: t('registers.joint.items'),
      cell: (l) => (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {l.itemIds.map((id) => (
            <li key={id}>{itemName(id)}</li>
          ))}
        </ul>
      ),
      csv: (l) => l.itemIds.map(itemName).join(t('registers.sep')),
    },
    {
      heading: t('registers.joint.drawnUpAt'),
      cell: (l) => beijingTime(l.drawnUpAt),
      csv: (l) => beijingTime(l.drawnUpAt),
    },
    { heading: t('registers.joint.version'), cell: standing, csv: standing },
  ];

  return (
    <div className="rx-page">
      <h1>{t('registers.joint.title')}</h1>
      <p className="rx-intro">{t('registers.joint.intro')}</p>
      {leads.length > 0 ? (
        <p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              command.clear();
              setDone(undefined);
              setAdding(true);
            }}
          >
            {t('registers.joint.add')}
          </button>
        </p>
      ) : (
        <AddUnavailable />
      )}
      <Done message={done} />
      {adding ? (
        <ActionPanel title={t('registers.joint.add')} onClose={() => setAdding(false)}>
          {items.data ? (
            <JointListFields
              leads={leads}
              items={items.data.items.filter((i) => i.status === 'active')}
              moreItems={items.data.nextCursor !== undefined}
              nameOf={departments.nameOf}
              error={command.error}
              busy={command.busy}
              onSubmit={(form) => void drawUp(form)}
            />
          ) : (
            <Async loaded={items}>{() => <Loading />}</Async>
          )}
        </ActionPanel>
      ) : null}
      <Async loaded={list}>
        {() => (
          <DataTable
            caption={t('registers.joint.caption')}
            columns={columns}
            rows={list.rows}
            rowKey={(l) => l.id}
            csvName="joint-item-lists"
            onNextPage={list.onNextPage}
            onPreviousPage={list.onPreviousPage}
          />
        )}
      </Async>
    </div>
  );
}
