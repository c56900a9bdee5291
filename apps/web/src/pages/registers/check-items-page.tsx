import { useState } from 'react';
import { useCommand } from '../../api/use-api';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { AddUnavailable } from '../org/add-unavailable';
import { ActionPanel, Done } from './action-panel';
import { CheckItemFields } from './check-item-form';
import {
  type CheckItemForm,
  addCheckItemBody,
  changeCheckItemBody,
  checkItemFormOf,
  emptyCheckItemForm,
} from './check-item-form-state';
import { percent } from './format';
import { actsForDepartment } from './form-values';
import { ReasonForm } from './reason-form';
import { RegisterSearch, noFilters } from './register-search';
import { useDepartments } from '../../api/use-departments';
import { usePagedList } from './use-paged-list';
import type { CheckItemView } from './views';
import { ITEM_CLASSES, ITEM_STATUSES } from '../../api/vocabulary';

const NO_FILTERS = noFilters(['departmentId', 'itemClass', 'status']);

type Panel = { act: 'add' } | { act: 'change' | 'retire'; item: CheckItemView };

/** 抽查事项清单: every department's items; operators add, change and retire their own department's. */
export function CheckItemsPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const departments = useDepartments();
  const [filters, setFilters] = useState(NO_FILTERS);
  const list = usePagedList<CheckItemView>('/api/check-items', { ...filters });
  const [panel, setPanel] = useState<Panel>();
  const [done, setDone] = useState<string>();
  const command = useCommand();
  const own = departments.departments.filter((d) => actsForDepartment(session, d.id));

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

  const add = async (form: CheckItemForm) => {
    if (await command.run('POST', '/api/check-items', addCheckItemBody(form)))
      finish(t('registers.items.added'));
  };
  const change = async (item: CheckItemView, form: CheckItemForm) => {
    const body = changeCheckItemBody(item, form);
    if (Object.keys(body).length === 0) return finish(t('registers.noChanges'));
    if (await command.run('PATCH', `/api/check-items/${encodeURIComponent(item.id)}`, body))
      finish(t('registers.saved'));
  };
  const retire = async (item: CheckItemView, reason: string) => {
    if (await command.run('POST', `/api/check-items/${encodeURIComponent(item.id)}/retire`, { reason }))
      finish(t('registers.items.retired'));
  };

  const columns: Column<CheckItemView>[] = [
    { heading: t('registers.items.name'), cell: (i) => i.name, csv: (i) => i.name },
    {
      heading: t('registers.department'),
      cell: (i) => <span className="nowrap">{departments.nameOf(i.departmentId)}</span>,
      csv: (i) => departments.nameOf(i.departmentId),
    },
    {
      heading: t('registers.items.itemClass'),
      cell: (i) => <span className="nowrap">{t(`registers.itemClass.${i.itemClass}`)}</span>,
      csv: (i) => t(`registers.itemClass.${i.itemClass}`),
    },
    {
      heading: t('registers.items.targetKinds'),
      cell: (i) => i.targetKinds.map((k) => t(`registers.kind.${k}`)).join(t('registers.sep')),
      csv: (i) => i.targetKinds.map((k) => t(`registers.kind.${k}`)).join(t('registers.sep')),
    },
    {
      heading: t('registers.items.methods'),
      cell: (i) => i.methods.map((m) => t(`registers.method.${m}`)).join(t('registers.sep')),
      csv: (i) => i.methods.map((m) => t(`registers.method.${m}`)).join(t('registers.sep')),
    },
    { heading: t('registers.items.ratio'), cell: (i) => percent(i.ratio), csv: (i) => percent(i.ratio) },
    {
      heading: t('registers.items.frequency'),
      cell: (i) => i.frequencyPerYear ?? '',
      csv: (i) => i.frequencyPerYear,
    },
    {
      heading: t('registers.items.basis'),
      cell: (i) => <span className="rx-text">{i.basis}</span>,
      csv: (i) => i.basis,
    },
    {
      heading: t('registers.items.content'),
      cell: (i) => <span className="rx-text">{i.content}</span>,
      csv: (i) => i.content,
    },
    {
      heading: t('registers.items.status'),
      cell: (i) => (
        <span
          className={`badge ${i.status === 'active' ? 'badge-ok' : 'badge-warn'}`}
          title={
            i.retiredReason ? t('registers.items.retiredReason', { reason: i.retiredReason }) : undefined
          }
        >
          {t(`registers.itemStatus.${i.status}`)}
        </span>
      ),
      csv: (i) => t(`registers.itemStatus.${i.status}`),
    },
  ];
  if (own.length > 0 || session?.roles.includes('admin')) {
    columns.push({
      heading: t('registers.actions'),
      cell: (i) =>
        i.status === 'active' && actsForDepartment(session, i.departmentId) ? (
          <span className="rx-row-actions">
            <button
              type="button"
              aria-label={t('registers.editNamed', { name: i.name })}
              onClick={() => open({ act: 'change', item: i })}
            >
              {t('registers.edit')}
            </button>
            <button
              type="button"
              aria-label={t('registers.items.retireNamed', { name: i.name })}
              onClick={() => open({ act: 'retire', item: i })}
            >
              {t('registers.items.retire')}
            </button>
          </span>
        ) : null,
    });
  }

  return (
    <div className="rx-page">
      <h1>{t('registers.items.title')}</h1>
      <p className="rx-intro">{t('registers.items.intro')}</p>
      {own.length > 0 ? (
        <p>
          <button type="button" className="primary" onClick={() => open({ act: 'add' })}>
            {t('registers.items.add')}
          </button>
        </p>
      ) : (
        <AddUnavailable />
      )}
      <Done message={done} />
      {panel?.act === 'add' ? (
        <ActionPanel title={t('registers.items.add')} onClose={() => setPanel(undefined)}>
          <CheckItemFields
            initial={emptyCheckItemForm(
              own.find((d) => d.id === session?.departmentId)?.id ?? own[0]?.id ?? '',
            )}
            departments={own}
            error={command.error}
            busy={command.busy}
            submitLabel={t('registers.items.add')}
            onSubmit={(form) => void add(form)}
          />
        </ActionPanel>
      ) : null}
      {panel?.act === 'change' ? (
        <ActionPanel
          title={t('registers.items.editTitle', { name: panel.item.name })}
          onClose={() => setPanel(undefined)}
        >
          <CheckItemFields
            key={panel.item.id}
            initial={checkItemFormOf(panel.item)}
            error={command.error}
            busy={command.busy}
            submitLabel={t('registers.saveChanges')}
            onSubmit={(form) => void change(panel.item, form)}
          />
        </ActionPanel>
      ) : null}
      {panel?.act === 'retire' ? (
        <ActionPanel
          title={t('registers.items.retireTitle', { name: panel.item.name })}
          onClose={() => setPanel(undefined)}
        >
          <ReasonForm
            key={panel.item.id}
            hint={t('registers.items.retireHint')}
            reasonLabel={t('registers.items.retireReason')}
            confirmLabel={t('registers.items.confirmRetire')}
            error={command.error}
            busy={command.busy}
            onSubmit={(reason) => void retire(panel.item, reason)}
          />
        </ActionPanel>
      ) : null}

      <RegisterSearch
        error={list.error}
        onSearch={setFilters}
        filters={[
          {
            key: 'departmentId',
            label: t('registers.department'),
            options: departments.departments.map((d) => [d.id, d.name]),
          },
          {
            key: 'itemClass',
            label: t('registers.items.itemClass'),
            options: ITEM_CLASSES.map((c) => [c, t(`registers.itemClass.${c}`)]),
          },
          {
            key: 'status',
            label: t('registers.items.status'),
            options: ITEM_STATUSES.map((s) => [s, t(`registers.itemStatus.${s}`)]),
          },
        ]}
      />

      <Async loaded={list} keep>
        {() => (
          <DataTable
            caption={t('registers.items.caption')}
            columns={columns}
            actionsLast={columns.at(-1)?.heading === t('registers.actions')}
            rows={list.rows}
            rowKey={(i) => i.id}
            csvName="check-items"
            onNextPage={list.onNextPage}
            onPreviousPage={list.onPreviousPage}
          />
        )}
      </Async>
    </div>
  );
}
