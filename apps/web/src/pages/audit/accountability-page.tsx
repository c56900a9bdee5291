import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Field } from '../../components/field';
import { Async } from '../../components/states';
import { type Column, DataTable } from '../../components/table';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import '../registers/registers.css';
import { beijingTime } from '../registers/format';
import { useDepartments } from '../../api/use-departments';
import { usePagedList } from '../registers/use-paged-list';
import { useUserNames } from '../../api/use-user-names';
import { Person } from '../../components/person';
import {
  type AccountabilityForm,
  NO_ACCOUNTABILITY_FILTERS,
  accountabilityQuery,
} from './accountability-query';
import { actKey, roleKey } from './acts';
import type { KnownFields } from '../../api/server-types';
import type { AccountabilityRow as ServerAccountabilityRow } from '@app/projections/audit/accountability.projection';

/** One act, as the accountability read model keeps it. */
type AccountabilityRow = KnownFields<ServerAccountabilityRow>;

/** 责任追溯: who did what, when, in which role, at whose request, with whose approval and why. */
export function AccountabilityPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const departments = useDepartments();
  const seesAll = session?.roles.some((r) => r === 'supervisor' || r === 'auditor') ?? false;
  const [draft, setDraft] = useState<AccountabilityForm>(NO_ACCOUNTABILITY_FILTERS);
  const [filters, setFilters] = useState<AccountabilityForm>(NO_ACCOUNTABILITY_FILTERS);
  const list = usePagedList<AccountabilityRow>('/api/accountability', accountabilityQuery(filters));
  const users = useUserNames(list.rows.flatMap((r) => [r.actorId, r.requesterId, r.approverId]));
  const named = (id: string | null | undefined) => (id ? users.nameOf(id) : '');
  const act = (type: string) => {
    const key = actKey(type);
    return key ? t(key) : type;
  };
  const roles = (row: AccountabilityRow) =>
    row.roles
      .map((r) => {
        const key = roleKey(r);
        return key ? t(key) : r;
      })
      .join(t('registers.sep'));

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
  };
  const text = (key: 'actorId' | 'taskId' | 'entityId', label: string) => (
    <Field label={label} name={key} error={list.error}>
      {(props) => (
        <input
          {...props}
          type="search"
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      )}
    </Field>
  );
  const day = (key: 'from' | 'to', label: string) => (
    <Field label={label} name={key} error={list.error}>
      {(props) => (
        <input
          {...props}
          type="date"
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
      )}
    </Field>
  );

  const columns: Column<AccountabilityRow>[] = [
    {
      heading: t('audit.acc.occurredAt'),
      cell: (r) => <span className="nowrap">{beijingTime(r.occurredAt)}</span>,
      csv: (r) => beijingTime(r.occurredAt),
    },
    {
      heading: t('audit.acc.act'),
      cell: (r) => <span className="nowrap">{act(r.act)}</span>,
      csv: (r) => act(r.act),
    },
    {
      heading: t('audit.acc.actor'),
      cell: (r) => <Person id={r.actorId} name={users.nameOf} />,
      csv: (r) => named(r.actorId),
    },
    { heading: t('audit.acc.roles'), cell: (r) => <span className="nowrap">{roles(r)}</span>, csv: roles },
    {
      heading: t('audit.acc.department'),
      cell: (r) => <span className="nowrap">{departments.nameOf(r.departmentId)}</span>,
      csv: (r) => departments.nameOf(r.departmentId),
    },
    {
      heading: t('audit.acc.task'),
      cell: (r) =>
        r.taskId ? (
          <Link
            className="mono"
            to={`/audit/tasks/${encodeURIComponent(r.taskId)}`}
            aria-label={t('audit.acc.openTask', { id: r.taskId })}
          >
            {r.taskId}
          </Link>
        ) : (
          ''
        ),
      csv: (r) => r.taskId,
    },
    {
      heading: t('audit.acc.plan'),
      cell: (r) => <span className="mono">{r.planId ?? ''}</span>,
      csv: (r) => r.planId,
    },
    {
      heading: t('audit.acc.entity'),
      cell: (r) => <span className="mono">{r.entityId ?? ''}</span>,
      csv: (r) => r.entityId,
    },
    { heading: t('audit.acc.reason'), cell: (r) => r.reason ?? '', csv: (r) => r.reason },
    {
      heading: t('audit.acc.requester'),
      cell: (r) => <Person id={r.requesterId} name={users.nameOf} />,
      csv: (r) => named(r.requesterId),
    },
    {
      heading: t('audit.acc.approver'),
      cell: (r) => <Person id={r.approverId} name={users.nameOf} />,
      csv: (r) => named(r.approverId),
    },
  ];

  return (
    <div className="rx-page">
      <h1>{t('audit.acc.title')}</h1>
      <p className="rx-intro">{t('audit.acc.intro')}</p>
      {!seesAll ? <p className="rx-muted">{t('audit.acc.headNote')}</p> : null}
      <form className="card rx-filters" role="search" aria-label={t('audit.acc.filters')} onSubmit={search}>
        <div className="form-row">
          {text('actorId', t('audit.acc.actorId'))}
          <Field label={t('audit.acc.departmentId')} name="departmentId" error={list.error}>
            {(props) => (
              <select
                {...props}
                value={seesAll ? draft.departmentId : (session?.departmentId ?? '')}
                disabled={!seesAll}
                onChange={(e) => setDraft({ ...draft, departmentId: e.target.value })}
              >
                {seesAll ? <option value="">{t('audit.acc.any')}</option> : null}
                {departments.departments
                  .filter((d) => seesAll || d.id === session?.departmentId)
                  .map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                {!seesAll && !departments.departments.some((d) => d.id === session?.departmentId) ? (
                  <option value={session?.departmentId}>{session?.departmentId}</option>
                ) : null}
              </select>
            )}
          </Field>
          {text('taskId', t('audit.acc.taskId'))}
          {text('entityId', t('audit.acc.entityId'))}
          {day('from', t('audit.acc.from'))}
          {day('to', t('audit.acc.to'))}
          <div className="field action-row">
            <button type="submit" className="primary">
              {t('audit.acc.search')}
            </button>
            <button
              type="button"
              onClick={() => {
                setDraft(NO_ACCOUNTABILITY_FILTERS);
                setFilters(NO_ACCOUNTABILITY_FILTERS);
              }}
            >
              {t('audit.acc.reset')}
            </button>
          </div>
        </div>
      </form>
      <Async loaded={list} keep>
        {() => (
          <DataTable
            caption={t('audit.acc.caption')}
            columns={columns}
            rows={list.rows}
            rowKey={(r) => r.eventId}
            csvName="accountability"
            onNextPage={list.onNextPage}
            onPreviousPage={list.onPreviousPage}
          />
        )}
      </Async>
    </div>
  );
}
