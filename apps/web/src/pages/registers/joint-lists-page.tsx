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
import { JointListHistory } from './joint-list-history';
import { ReasonForm } from './reason-form';
import { useDepartments } from '../../api/use-departments';
import { usePagedList } from './use-paged-list';
import type { CheckItemView, JointItemListView } from './views';

const ITEM_LIMIT = 1000;

type Panel = { act: 'add' } | { act: 'amend' | 'retire' | 'history'; list: JointItemListView };

/**
 * 联合抽查事项清单 (一业一单): the joint lists with their history, drawing one up for a department one
 * leads, amending it into a new version and retiring it.
 */
export function JointListsPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const departments = useDepartments();
  const list = usePagedList<JointItemListView>('/api/joint-item-lists');
  // The items' names, to show what each list holds and to choose from (the first 1000 items).
  const items = useApi<Page<CheckItemView>>('/api/check-items', { limit: ITEM_LIMIT });
  const itemName = (itemId: string) => items.data?.items.find((i) => i.id === itemId)?.name ?? itemId;
  const leads = departments.departments.filter((d) => actsForDepartment(session, d.id));
  const [panel, setPanel] = useState<Panel>();
  const [done, setDone] = useState<string>();
  const command = useCommand();
  const open = (next: Panel) => {
    command.clear();
    setDone(undefined);
    setPanel(next);
  };
  const finish = (message: string) => {
    setPanel(undefined);
    setDone(message);
    list.reload();
  };

  const drawUp = async (form: JointListForm) => {
    if (await command.run('POST', '/api/joint-item-lists', form)) finish(t('registers.joint.added'));
  };
  const amend = async (l: JointItemListView, form: JointListForm) => {
    if (await command.run('POST', `/api/joint-item-lists/${encodeURIComponent(l.id)}/amend`, form))
      finish(t('registers.joint.amended'));
  };
  const retire = async (l: JointItemListView, reason: string) => {
    if (await command.run('POST', `/api/joint-item-lists/${encodeURIComponent(l.id)}/retire`, { reason }))
      finish(t('registers.joint.retiredDone'));
  };
  const itemChoices = items.data?.items.filter((i) => i.status === 'active') ?? [];
  const rowActions = (l: JointItemListView) => (
    <span className="rx-row-actions">
      <button
        type="button"
        aria-label={t('registers.joint.historyNamed', { industry: l.industry })}
        onClick={() => open({ act: 'history', list: l })}
      >
        {t('registers.joint.history')}
      </button>
      {l.status === 'active' && actsForDepartment(session, l.leadDepartmentId) ? (
        <>
          <button
            type="button"
            aria-label={t('registers.joint.amendNamed', { industry: l.industry })}
            onClick={() => open({ act: 'amend', list: l })}
          >
            {t('registers.joint.amend')}
          </button>
          <button
            type="button"
            aria-label={t('registers.joint.retireNamed', { industry: l.industry })}
            onClick={() => open({ act: 'retire', list: l })}
          >
            {t('registers.joint.retire')}
          </button>
        </>
      ) : null}
    </span>
  );

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
    { heading: t('registers.actions'), cell: rowActions },
  ];

  return (
    <div className="rx-page">
      <h1>{t('registers.joint.title')}</h1>
      <p className="rx-intro">{t('registers.joint.intro')}</p>
      {leads.length > 0 ? (
        <p>
          <button type="button" className="primary" onClick={() => open({ act: 'add' })}>
            {t('registers.joint.add')}
          </button>
        </p>
      ) : (
        <AddUnavailable />
      )}
      <Done message={done} />
      {panel?.act === 'add' ? (
        <ActionPanel title={t('registers.joint.add')} onClose={() => setPanel(undefined)}>
          {items.data ? (
            <JointListFields
              leads={leads}
              items={itemChoices}
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
      {panel?.act === 'amend' ? (
        <ActionPanel
          title={t('registers.joint.amendTitle', { industry: panel.list.industry })}
          onClose={() => setPanel(undefined)}
        >
          <JointListFields
            leads={leads}
            items={itemChoices}
            moreItems={items.data?.nextCursor !== undefined}
            nameOf={departments.nameOf}
            error={command.error}
            busy={command.busy}
            initial={{
              industry: panel.list.industry,
              leadDepartmentId: panel.list.leadDepartmentId,
              itemIds: panel.list.itemIds,
            }}
            reasonLabel={t('registers.joint.amendReason')}
            submitLabel={t('registers.joint.amendSubmit')}
            onSubmit={(form) => void amend(panel.list, form)}
          />
        </ActionPanel>
      ) : null}
      {panel?.act === 'retire' ? (
        <ActionPanel
          title={t('registers.joint.retireTitle', { industry: panel.list.industry })}
          onClose={() => setPanel(undefined)}
        >
          <ReasonForm
            hint={t('registers.joint.retireHint')}
            reasonLabel={t('registers.joint.retireReason')}
            confirmLabel={t('registers.joint.retireSubmit')}
            error={command.error}
            busy={command.busy}
            onSubmit={(reason) => void retire(panel.list, reason)}
          />
        </ActionPanel>
      ) : null}
      {panel?.act === 'history' ? (
        <ActionPanel
          title={t('registers.joint.historyNamed', { industry: panel.list.industry })}
          onClose={() => setPanel(undefined)}
        >
          <JointListHistory list={panel.list} itemName={itemName} />
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
            actionsLast
            onNextPage={list.onNextPage}
            onPreviousPage={list.onPreviousPage}
          />
        )}
      </Async>
    </div>
  );
}
