import { AddUnavailable } from '../org/add-unavailable';
import { useState } from 'react';
import { useCommand } from '../../api/use-api';
import { Field } from '../../components/field';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { inspectorIdOf } from '../../session/token';
import { ActionPanel, Done } from './action-panel';
import { actsForDepartment } from './form-values';
import { InspectorFields } from './inspector-form';
import {
  type InspectorForm,
  changeInspectorBody,
  emptyInspectorForm,
  inspectorFormOf,
  registerInspectorBody,
} from './inspector-form-state';
import { type InspectorQuery, InspectorSearch, NO_INSPECTOR_QUERY } from './inspector-search';
import { ReasonForm } from './reason-form';
import { useDepartments } from '../../api/use-departments';
import { usePagedList } from './use-paged-list';
import type { InspectorView } from './views';
import { INSPECTOR_STATUSES, type InspectorStatus, isOneOf } from '../../api/vocabulary';

type Panel =
  { act: 'register' } | { act: 'change' | 'status' | 'conflict' | 'erase'; inspector: InspectorView };

/**
 * 执法检查人员名录库: the directory with personal data as the api shows it (masked but for
 * administrators); operators register and change their department's people, set their status and
 * declare conflicts; an inspector declares their own; administrators erase personal data.
 */
export function InspectorsPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const departments = useDepartments();
  const own = departments.departments.filter((d) => actsForDepartment(session, d.id));
  const [query, setQuery] = useState<InspectorQuery>(NO_INSPECTOR_QUERY);
  const list = usePagedList<InspectorView>('/api/inspectors', { ...query });
  const [panel, setPanel] = useState<Panel>();
  const [done, setDone] = useState<string>();
  const [status, setStatus] = useState<InspectorStatus>('active');
  const [conflictEntity, setConflictEntity] = useState('');
  const command = useCommand();
  const isAdmin = session?.roles.includes('admin') ?? false;
  const path = (p: InspectorView, act = '') => `/api/inspectors/${encodeURIComponent(p.id)}${act}`;
  const manages = (p: InspectorView) => actsForDepartment(session, p.departmentId);
  const declaresFor = (p: InspectorView) =>
    manages(p) || (session?.roles.includes('inspector') === true && inspectorIdOf(session) === p.id);

  const open = (next: Panel) => {
    command.clear();
    setDone(undefined);
    if (next.act === 'status') setStatus(next.inspector.status === 'active' ? 'suspended' : 'active');
    if (next.act === 'conflict') setConflictEntity('');
    setPanel(next);
  };
  const finish = (message: string) => {
    setPanel(undefined);
    setDone(message);
    list.reload();
  };
  const register = async (form: InspectorForm) => {
    if (await command.run('POST', '/api/inspectors', registerInspectorBody(form)))
      finish(t('registers.inspectors.registered'));
  };
  const change = async (p: InspectorView, form: InspectorForm) => {
    const body = changeInspectorBody(p, form);
    if (Object.keys(body).length === 0) return finish(t('registers.noChanges'));
    if (await command.run('PATCH', path(p), body)) finish(t('registers.saved'));
  };
  const changeStatus = async (p: InspectorView, reason: string) => {
    if (await command.run('POST', path(p, '/status'), { status, reason }))
      finish(t('registers.inspectors.statusChanged'));
  };
  const declare = async (p: InspectorView, reason: string) => {
    if (await command.run('POST', path(p, '/conflicts'), { entityId: conflictEntity.trim(), reason }))
      finish(t('registers.inspectors.conflictDeclared'));
  };
  const erase = async (p: InspectorView, reason: string) => {
    if (await command.run('POST', path(p, '/erase'), { reason }))
      finish(t('registers.inspectors.erasedDone'));
  };

  const personal = (p: InspectorView, value: string | null) =>
    value ?? (p.erased ? t('registers.inspectors.erased') : t('registers.inspectors.notGiven'));
  const columns: Column<InspectorView>[] = [
    {
      heading: t('registers.inspectors.name'),
      cell: (p) => <span className="nowrap">{p.name}</span>,
      csv: (p) => p.name,
    },
    {
      heading: t('registers.department'),
      cell: (p) => <span className="nowrap">{departments.nameOf(p.departmentId)}</span>,
      csv: (p) => departments.nameOf(p.departmentId),
    },
    {
      heading: t('registers.inspectors.category'),
      cell: (p) => <span className="nowrap">{t(`registers.category.${p.category}`)}</span>,
      csv: (p) => t(`registers.category.${p.category}`),
    },
    {
      heading: t('registers.inspectors.idCardNumber'),
      cell: (p) => <span className="mono nowrap">{personal(p, p.idCardNumber)}</span>,
      csv: (p) => personal(p, p.idCardNumber),
    },
    {
      heading: t('registers.inspectors.phone'),
      cell: (p) => <span className="mono nowrap">{personal(p, p.phone)}</span>,
      csv: (p) => personal(p, p.phone),
    },
    {
      heading: t('registers.inspectors.certificateNo'),
      cell: (p) => p.certificateNo ?? '',
      csv: (p) => p.certificateNo,
    },
    {
      heading: t('registers.inspectors.enforcementValidUntil'),
      cell: (p) => p.enforcementValidUntil ?? '',
      csv: (p) => p.enforcementValidUntil,
    },
    { heading: t('registers.inspectors.region'), cell: (p) => p.regionCode, csv: (p) => p.regionCode },
    {
      heading: t('registers.inspectors.specialties'),
      cell: (p) => p.specialties.join(t('registers.sep')),
      csv: (p) => p.specialties.join(t('registers.sep')),
    },
    {
      heading: t('registers.inspectors.methods'),
      cell: (p) => p.methods.map((m) => t(`registers.method.${m}`)).join(t('registers.sep')),
      csv: (p) => p.methods.map((m) => t(`registers.method.${m}`)).join(t('registers.sep')),
    },
    {
      heading: t('registers.inspectors.status'),
      cell: (p) => (
        <span className={`badge ${p.status === 'active' ? 'badge-ok' : 'badge-warn'}`}>
          {t(`registers.inspectorStatus.${p.status}`)}
        </span>
      ),
      csv: (p) => t(`registers.inspectorStatus.${p.status}`),
    },
    {
      heading: t('registers.inspectors.conflicts'),
      cell: (p) =>
        p.conflicts.map((c) => (
          <div key={c.entityId} className="mono" title={c.reason}>
            {c.entityId}
          </div>
        )),
      csv: (p) => p.conflicts.map((c) => c.entityId).join(t('registers.sep')),
    },
  ];
  if (own.length > 0 || session?.roles.includes('inspector')) {
    columns.push({
      heading: t('registers.actions'),
      cell: (p) => (
        <span className="rx-row-actions">
          {manages(p) ? (
            <>
              <button
                type="button"
                aria-label={t('registers.editNamed', { name: p.name })}
                onClick={() => open({ act: 'change', inspector: p })}
              >
                {t('registers.edit')}
              </button>
              <button
                type="button"
                aria-label={t('registers.inspectors.changeStatusNamed', { name: p.name })}
                onClick={() => open({ act: 'status', inspector: p })}
              >
                {t('registers.inspectors.changeStatus')}
              </button>
            </>
          ) : null}
          {declaresFor(p) ? (
            <button
              type="button"
              aria-label={t('registers.inspectors.declareConflictNamed', { name: p.name })}
              onClick={() => open({ act: 'conflict', inspector: p })}
            >
              {t('registers.inspectors.declareConflict')}
            </button>
          ) : null}
          {isAdmin && p.status === 'left' && !p.erased ? (
            <button
              type="button"
              aria-label={t('registers.inspectors.eraseNamed', { name: p.name })}
              onClick={() => open({ act: 'erase', inspector: p })}
            >
              {t('registers.inspectors.erase')}
            </button>
          ) : null}
        </span>
      ),
    });
  }

  return (
    <div className="rx-page">
      <h1>{t('registers.inspectors.title')}</h1>
      <p className="rx-intro">{t('registers.inspectors.intro')}</p>
      <p className="rx-muted">{t('registers.inspectors.maskedNote')}</p>
      {own.length > 0 ? (
        <p>
          <button type="button" className="primary" onClick={() => open({ act: 'register' })}>
            {t('registers.inspectors.register')}
          </button>
        </p>
      ) : (
        <AddUnavailable />
      )}
      <Done message={done} />
      {panel?.act === 'register' ? (
        <ActionPanel title={t('registers.inspectors.register')} onClose={() => setPanel(undefined)}>
          <InspectorFields
            initial={emptyInspectorForm(
              own.find((d) => d.id === session?.departmentId)?.id ?? own[0]?.id ?? '',
            )}
            departments={own}
            error={command.error}
            busy={command.busy}
            submitLabel={t('registers.inspectors.register')}
            onSubmit={(form) => void register(form)}
          />
        </ActionPanel>
      ) : null}
      {panel?.act === 'change' ? (
        <ActionPanel
          title={t('registers.inspectors.editTitle', { name: panel.inspector.name })}
          onClose={() => setPanel(undefined)}
        >
          <InspectorFields
            key={panel.inspector.id}
            initial={inspectorFormOf(panel.inspector)}
            error={command.error}
            busy={command.busy}
            submitLabel={t('registers.saveChanges')}
            onSubmit={(form) => void change(panel.inspector, form)}
          />
        </ActionPanel>
      ) : null}
      {panel?.act === 'status' ? (
        <ActionPanel
          title={t('registers.inspectors.statusTitle', { name: panel.inspector.name })}
          onClose={() => setPanel(undefined)}
        >
          <ReasonForm
            key={panel.inspector.id}
            reasonLabel={t('registers.inspectors.statusReason')}
            confirmLabel={t('registers.inspectors.confirmStatus')}
            error={command.error}
            busy={command.busy}
            fields={{ status: t('registers.inspectors.newStatus') }}
            onSubmit={(reason) => void changeStatus(panel.inspector, reason)}
          >
            <Field label={t('registers.inspectors.newStatus')} name="status" error={command.error} required>
              {(props) => (
                <select
                  {...props}
                  value={status}
                  onChange={(e) => isOneOf(INSPECTOR_STATUSES, e.target.value) && setStatus(e.target.value)}
                >
                  {INSPECTOR_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`registers.inspectorStatus.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </ReasonForm>
        </ActionPanel>
      ) : null}
      {panel?.act === 'conflict' ? (
        <ActionPanel
          title={t('registers.inspectors.conflictTitle', { name: panel.inspector.name })}
          onClose={() => setPanel(undefined)}
        >
          <ReasonForm
            key={panel.inspector.id}
            reasonLabel={t('registers.inspectors.conflictReason')}
            confirmLabel={t('registers.inspectors.confirmConflict')}
            error={command.error}
            busy={command.busy}
            fields={{ entityId: t('registers.inspectors.conflictEntity') }}
            onSubmit={(reason) => void declare(panel.inspector, reason)}
          >
            <Field
              label={t('registers.inspectors.conflictEntity')}
              name="entityId"
              error={command.error}
              required
            >
              {(props) => (
                <input
                  {...props}
                  className="mono"
                  value={conflictEntity}
                  onChange={(e) => setConflictEntity(e.target.value)}
                  required
                />
              )}
            </Field>
          </ReasonForm>
        </ActionPanel>
      ) : null}
      {panel?.act === 'erase' ? (
        <ActionPanel
          title={t('registers.inspectors.eraseTitle', { name: panel.inspector.name })}
          onClose={() => setPanel(undefined)}
        >
          <ReasonForm
            key={panel.inspector.id}
            hint={t('registers.inspectors.eraseHint')}
            reasonLabel={t('registers.inspectors.eraseReason')}
            confirmLabel={t('registers.inspectors.confirmErase')}
            error={command.error}
            busy={command.busy}
            onSubmit={(reason) => void erase(panel.inspector, reason)}
          />
        </ActionPanel>
      ) : null}

      <InspectorSearch departments={departments.departments} error={list.error} onSearch={setQuery} />
      <Async loaded={list} keep>
        {() => (
          <DataTable
            caption={t('registers.inspectors.caption')}
            columns={columns}
            actionsLast={columns.at(-1)?.heading === t('registers.actions')}
            rows={list.rows}
            rowKey={(p) => p.id}
            csvName="inspectors"
            onNextPage={list.onNextPage}
            onPreviousPage={list.onPreviousPage}
          />
        )}
      </Async>
    </div>
  );
}
