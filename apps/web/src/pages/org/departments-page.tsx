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
import { FormActions, TextField } from '../registers/form-parts';
import '../registers/registers.css';

const EMPTY: Department = { id: '', name: '', regionCode: '' };

/** 执法检查部门: the registered departments with their codes, and registering one (admin). */
export function DepartmentsPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const departments = useDepartments();
  const command = useCommand();
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState(EMPTY);
  const [done, setDone] = useState<string>();
  const isAdmin = hasAnyRole(session, ['admin']);

  const register = async (event: FormEvent) => {
    event.preventDefault();
    const body = { id: form.id.trim(), name: form.name.trim(), regionCode: form.regionCode.trim() };
    if (await command.run('POST', '/api/departments', body)) {
      setDone(t('org.departments.added', { name: body.name }));
      setForm(EMPTY);
      setAdding(false);
      departments.loaded.reload();
    }
  };

  const columns: Column<Department>[] = [
    { heading: t('org.departments.name'), cell: (d) => d.name, csv: (d) => d.name },
    {
      heading: t('org.departments.id'),
      cell: (d) => <span className="mono">{d.id}</span>,
      csv: (d) => d.id,
    },
    {
      heading: t('org.departments.regionCode'),
      cell: (d) => <span className="mono">{d.regionCode}</span>,
      csv: (d) => d.regionCode,
    },
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
            </div>
            <FormActions
              label={t('org.departments.submit')}
              busy={command.busy}
              error={command.error}
              fields={['id', 'name', 'regionCode']}
              labels={{
                id: t('org.departments.id'),
                name: t('org.departments.name'),
                regionCode: t('org.departments.regionCode'),
              }}
            />
          </form>
        </ActionPanel>
      ) : null}
      <Async loaded={departments.loaded} keep>
        {(data) => (
          <PagedTable
            caption={t('org.departments.caption', { n: data.items.length })}
            columns={columns}
            rows={data.items}
            rowKey={(d) => d.id}
            csvName="departments"
          />
        )}
      </Async>
    </div>
  );
}
