import { type FormEvent, useState } from 'react';
import { useCommand } from '../../api/use-api';
import { useDepartments } from '../../api/use-departments';
import { Async } from '../../components/states';
import { type Column, PagedTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { hasAnyRole } from '../../session/token';
import type { Department } from '../../api/use-departments';
import { ActionPanel, Done } from '../registers/action-panel';
import { FormActions, TextField, WordSelect } from '../registers/form-parts';
import { type TreeRow, treeRows } from './department-tree';
import { SetParentPanel } from './set-parent-panel';
import '../registers/registers.css';

const KINDS = ['department', 'joint-office'] as const;
const EMPTY = {
  id: '',
  name: '',
  regionCode: '',
  kind: 'department' as (typeof KINDS)[number],
  parentId: '',
};

/** 执法检查部门: the organisation tree with codes and regions; registering a unit, placing it (admin). */
export function DepartmentsPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const departments = useDepartments();
  const command = useCommand();
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState(EMPTY);
  const [done, setDone] = useState<string>();
  const [placing, setPlacing] = useState<Department>();
  const isAdmin = hasAnyRole(session, ['admin']);

  const register = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      id: form.id.trim(),
      name: form.name.trim(),
      regionCode: form.regionCode.trim(),
      ...(form.kind !== 'department' ? { kind: form.kind } : {}),
      ...(form.parentId !== '' ? { parentId: form.parentId } : {}),
    };
    if (await command.run('POST', '/api/departments', body)) {
      setDone(t('org.departments.added', { name: body.name }));
      setForm(EMPTY);
      setAdding(false);
      departments.loaded.reload();
    }
  };

  const columns: Column<TreeRow>[] = [
    {
      heading: t('org.departments.name'),
      cell: (r) => <span style={{ paddingInlineStart: `${r.depth * 1.5}em` }}>{r.department.name}</span>,
      csv: (r) => r.department.name,
    },
    {
      heading: t('org.departments.id'),
      cell: (r) => <span className="mono">{r.department.id}</span>,
      csv: (r) => r.department.id,
    },
    {
      heading: t('org.departments.regionCode'),
      cell: (r) => <span className="mono">{r.department.regionCode}</span>,
      csv: (r) => r.department.regionCode,
    },
    {
      heading: t('org.departments.kind'),
      cell: (r) => t(`org.departments.kind.${r.department.kind ?? 'department'}`),
      csv: (r) => r.department.kind ?? 'department',
    },
    {
      heading: t('org.departments.parent'),
      cell: (r) => r.parent?.name ?? t('org.departments.topLevel'),
      csv: (r) => r.parent?.id ?? '',
    },
    {
      heading: t('org.departments.children'),
      cell: (r) => r.children.map((c) => c.name).join('、'),
      csv: (r) => r.children.map((c) => c.id).join(' '),
    },
    ...(isAdmin
      ? [
          {
            heading: t('org.departments.actions'),
            cell: (r: TreeRow) => (
              <button
                type="button"
                onClick={() => {
                  setDone(undefined);
                  setPlacing(r.department);
                }}
              >
                {t('org.departments.setParent')}
              </button>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="rx-page">
      <h1>{t('org.departments.title')}</h1>
      <p className="rx-intro">{t('org.departments.intro')}</p>
      {isAdmin ? (
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
            {t('org.departments.add')}
          </button>
        </p>
      ) : (
        <p className="field-hint">{t('org.noAdd.adminOnly')}</p>
      )}
      <Done message={done} />
      {adding ? (
        <ActionPanel title={t('org.departments.add')} onClose={() => setAdding(false)}>
          <form onSubmit={(e) => void register(e)} noValidate>
            <div className="rx-grid">
              <TextField
                name="name"
                label={t('org.departments.name')}
                hint={t('org.departments.nameHint')}
                value={form.name}
                error={command.error}
                required
                onChange={(name) => setForm((f) => ({ ...f, name }))}
              />
              <TextField
                name="id"
                label={t('org.departments.id')}
                hint={t('org.departments.idHint')}
                value={form.id}
                error={command.error}
                required
                onChange={(id) => setForm((f) => ({ ...f, id }))}
              />
              <TextField
                name="regionCode"
                label={t('org.departments.regionCode')}
                hint={t('org.departments.regionHint')}
                value={form.regionCode}
                error={command.error}
                required
                onChange={(regionCode) => setForm((f) => ({ ...f, regionCode }))}
              />
              <WordSelect
                name="kind"
                label={t('org.departments.kind')}
                words={KINDS}
                wordLabel={(k) => t(`org.departments.kind.${k}`)}
                value={form.kind}
                error={command.error}
                onChange={(kind) => setForm((f) => ({ ...f, kind }))}
              />
              <WordSelect
                name="parentId"
                label={t('org.departments.parent')}
                words={['', ...departments.departments.map((d) => d.id)]}
                wordLabel={(id) => (id === '' ? t('org.departments.topLevel') : departments.nameOf(id))}
                value={form.parentId}
                error={command.error}
                onChange={(parentId) => setForm((f) => ({ ...f, parentId }))}
              />
            </div>
            <FormActions
              label={t('org.departments.submit')}
              busy={command.busy}
              error={command.error}
              fields={['id', 'name', 'regionCode', 'kind', 'parentId']}
              labels={{
                id: t('org.departments.id'),
                name: t('org.departments.name'),
                regionCode: t('org.departments.regionCode'),
                kind: t('org.departments.kind'),
                parentId: t('org.departments.parent'),
              }}
            />
          </form>
        </ActionPanel>
      ) : null}
      {placing ? (
        <SetParentPanel
          key={placing.id}
          unit={placing}
          departments={departments.departments}
          onClose={() => setPlacing(undefined)}
          onDone={(message) => {
            setDone(message);
            setPlacing(undefined);
            departments.loaded.reload();
          }}
        />
      ) : null}
      <Async loaded={departments.loaded} keep>
        {(data) => (
          <PagedTable
            caption={t('org.departments.caption', { n: data.items.length })}
            columns={columns}
            rows={treeRows(data.items)}
            rowKey={(r) => r.department.id}
            csvName="departments"
          />
        )}
      </Async>
    </div>
  );
}
