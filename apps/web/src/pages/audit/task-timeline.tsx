import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { beijingTime } from '../registers/format';
import { useEntities, useInspectors } from '../tasks/use-names';
import { useUserNames } from '../../api/use-user-names';
import { actKey, roleKey } from './acts';
import { type HistoryEntry, concernedDepartment } from './history-entry';

/** Every act on the task, in order: who, in which role and department, at whose request, approved by whom, why, when. */
export function TaskTimeline({
  history,
  nameOf,
  onShowState,
}: {
  history: readonly HistoryEntry[];
  nameOf: (departmentId: string) => string;
  onShowState: (revision: number) => void;
}) {
  const { t } = useI18n();
  // Inspectors act under their directory id: named from their departments' directories.
  const inspectors = useInspectors(
    history.filter((e) => e.actor.roles.includes('inspector')).map((e) => e.actor.departmentId),
  );
  const entities = useEntities(history.flatMap((e) => (e.entityId ? [e.entityId] : [])));
  const users = useUserNames(history.flatMap((e) => [e.actor.id, e.requesterId, e.approverId]));
  const names: Names = {
    department: nameOf,
    person: (id) => users.user(id)?.name ?? inspectors.byId.get(id)?.name,
    entity: (id) => entities.byId.get(id)?.name,
  };
  return (
    <section className="card" aria-labelledby="timeline">
      <h2 id="timeline">{t('audit.history.timeline')}</h2>
      <p className="rx-muted">{t('audit.history.events', { n: history.length })}</p>
      <ol className="timeline rx-timeline">
        {history.map((entry) => (
          <TimelineEntry key={entry.revision} entry={entry} names={names} onShowState={onShowState} />
        ))}
      </ol>
    </section>
  );
}

/** Names for the ids a record holds; undefined while unknown (an id no account or inspector has). */
interface Names {
  department: (departmentId: string) => string;
  person: (id: string) => string | undefined;
  entity: (id: string) => string | undefined;
}

/** A name first, its id after it as secondary detail; the id alone when no name is known. */
function Named({ name, id }: { name?: string; id: string }) {
  return name ? (
    <>
      {name} <small className="mono rx-muted">{id}</small>
    </>
  ) : (
    <span className="mono">{id}</span>
  );
}

function TimelineEntry({
  entry,
  names,
  onShowState,
}: {
  entry: HistoryEntry;
  names: Names;
  onShowState: (revision: number) => void;
}) {
  const nameOf = names.department;
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const act = actKey(entry.type);
  const concerns = concernedDepartment(entry);
  const facts: [string, ReactNode][] = [
    [t('audit.history.who'), <Named name={names.person(entry.actor.id)} id={entry.actor.id} />],
    [
      t('audit.history.role'),
      entry.actor.roles
        .map((r) => {
          const key = roleKey(r);
          return key ? t(key) : r;
        })
        .join(t('registers.sep')),
    ],
    [t('audit.history.department'), nameOf(entry.actor.departmentId)],
  ];
  if (concerns) facts.push([t('audit.history.concerns'), nameOf(concerns)]);
  if (entry.entityId)
    facts.push([
      t('audit.history.entity'),
      <Named name={names.entity(entry.entityId)} id={entry.entityId} />,
    ]);
  if (entry.requesterId)
    facts.push([
      t('audit.history.requester'),
      <Named name={names.person(entry.requesterId)} id={entry.requesterId} />,
    ]);
  if (entry.approverId)
    facts.push([
      t('audit.history.approver'),
      <Named name={names.person(entry.approverId)} id={entry.approverId} />,
    ]);
  if (entry.reason) facts.push([t('audit.history.reason'), entry.reason]);
  facts.push([t('audit.history.recordedAt'), beijingTime(entry.recordedAt)]);
  return (
    <li>
      <h3>
        <span className="badge">{t('audit.history.revision', { n: entry.revision })}</span>{' '}
        {act ? t(act) : entry.type}{' '}
        <small className="rx-muted">
          <time dateTime={entry.occurredAt}>{beijingTime(entry.occurredAt)}</time>
        </small>
      </h3>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="action-row">
        <button
          type="button"
          className="link"
          aria-label={t('audit.history.showStateOf', { n: entry.revision })}
          onClick={() => onShowState(entry.revision)}
        >
          {t('audit.history.showState')}
        </button>
        <button
          type="button"
          className="link"
          aria-expanded={open}
          aria-label={t('audit.history.contentOf', { n: entry.revision })}
          onClick={() => setOpen(!open)}
        >
          {t('audit.history.content')}
        </button>
      </p>
      {open ? <pre className="mono rx-record">{JSON.stringify(entry.data, null, 2)}</pre> : null}
    </li>
  );
}
