import { type FormEvent, useState } from 'react';
import { callApi } from '../../api/client';
import { ActionError, Field } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { mapLimit } from './load';
import { useEntities } from './use-names';
import { useLoad } from './use-load';
import { useTaskCommand } from './use-task-command';
import { VisitCard } from './visit-card';
import {
  type EntityVisits,
  commonDays,
  inspectedEntities,
  mayProposeVisit,
  overlapsOf,
  proposalProblems,
  visitsOfTask,
} from './visit-logic';

type OtherTask = { id: string; name: string; leadDepartmentId: string; window: { from: string; to: string } };

/**
 * 进一次门、查多项事 (Yiyuan 十八; Gui'an 第33–35条; ADR 39): per business of the task, the other
 * locked tasks overlapping it and this task's visits; a lead proposes one visit, the others agree.
 */
export function VisitSection() {
  const { t } = useI18n();
  const { task, actor } = useTaskDetail();
  const entityIds = inspectedEntities(task);
  const entities = useEntities(entityIds);
  const [chosen, choose] = useState('');
  const entityId = chosen || entityIds[0];
  const [generation, setGeneration] = useState(0);
  const loaded = useLoad(
    entityId ? `visits:${task.id}:${entityId}:${generation}` : undefined,
    async (token) => {
      const answer = await callApi<EntityVisits>('GET', '/api/visits', { token, query: { entityId } });
      const ids = [...new Set(answer.visits.flatMap((v) => v.tasks.map((x) => x.taskId)))].filter(
        (id) => id !== task.id,
      );
      const others = await mapLimit(ids, 4, (id) =>
        callApi<OtherTask>('GET', `/api/tasks/${encodeURIComponent(id)}`, { token }),
      );
      return { answer, others: new Map(others.map((o) => [o.id, o])) };
    },
  );
  if (entityIds.length === 0) return null;
  const answer = loaded.data?.answer;
  const taskName = (id: string) =>
    id === task.id ? (task.name ?? id) : (loaded.data?.others.get(id)?.name ?? id);
  const overlaps = overlapsOf(answer, task.id);
  const mine = visitsOfTask(answer, task.id);
  const reload = () => setGeneration((g) => g + 1);
  return (
    <section className="card" aria-labelledby="visits-title">
      <h3 id="visits-title">{t('visits.title')}</h3>
      <p className="field-hint">{t('visits.intro')}</p>
      <Field label={t('visits.entity')} name="entityId">
        {(props) => (
          <select {...props} value={entityId} onChange={(e) => choose(e.target.value)}>
            {entityIds.map((id) => (
              <option key={id} value={id}>
                {entities.name(id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {loaded.loading && !loaded.data ? <p role="status">{t('visits.loading')}</p> : null}
      <ActionError error={loaded.error} />
      {answer && !overlaps && mine.length === 0 ? <p>{t('visits.noOverlap')}</p> : null}
      {overlaps ? <Overlapping overlaps={overlaps} others={loaded.data!.others} /> : null}
      {answer && mayProposeVisit(task, actor, answer, entityId) ? (
        <ProposeVisitForm entityId={entityId} answer={answer} taskName={taskName} onDone={reload} />
      ) : null}
      {mine.length > 0 ? (
        <>
          <h4>{t('visits.visitsTitle')}</h4>
          <ul className="timeline" aria-label={t('visits.visitsTitle')}>
            {mine.map((v) => (
              <VisitCard key={v.visitId} item={v} taskName={taskName} onDone={reload} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Overlapping({
  overlaps,
  others,
}: {
  overlaps: { from: string; to: string; taskIds: string[] };
  others: Map<string, OtherTask>;
}) {
  const { t } = useI18n();
  const { departmentName } = useTaskDetail();
  return (
    <>
      <h4>{t('visits.overlapping', { from: overlaps.from, to: overlaps.to })}</h4>
      <ul aria-label={t('visits.overlapping', { from: overlaps.from, to: overlaps.to })}>
        {overlaps.taskIds.map((id) => {
          const other = others.get(id);
          return (
            <li key={id}>
              {other
                ? t('visits.taskLine', {
                    name: other.name,
                    lead: departmentName(other.leadDepartmentId),
                    from: other.window.from,
                    to: other.window.to,
                  })
                : id}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function ProposeVisitForm({
  entityId,
  answer,
  taskName,
  onDone,
}: {
  entityId: string;
  answer: EntityVisits;
  taskName: (id: string) => string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { task, refresh } = useTaskDetail();
  const candidates = overlapsOf(answer, task.id)?.taskIds ?? [];
  const [chosen, setChosen] = useState<string[]>([]);
  const [date, setDate] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const propose = useTaskCommand();
  const days = commonDays(answer, [task.id, ...chosen]);
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = proposalProblems(chosen, date, days);
    setProblems(found);
    if (found.length > 0) return;
    if (await propose.run('POST', '/api/visits', { entityId, taskIds: [task.id, ...chosen], date })) {
      setChosen([]);
      setDate('');
      onDone();
      refresh();
    }
  };
  return (
    <form
      className="inline-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="propose-visit-title"
    >
      <h4 id="propose-visit-title">{t('visits.proposeTitle')}</h4>
      <fieldset>
        <legend>{t('visits.chooseTasks')}</legend>
        {candidates.map((id) => (
          <label key={id} className="checkbox">
            <input type="checkbox" checked={chosen.includes(id)} onChange={() => toggle(id)} /> {taskName(id)}
          </label>
        ))}
        {problems.includes('taskIds') ? (
          <small className="field-error" role="alert">
            {t('visits.problem.taskIds')}
          </small>
        ) : null}
      </fieldset>
      <Field
        label={t('visits.date')}
        name="date"
        error={propose.error}
        required
        hint={days ? t('visits.dateHint', days) : undefined}
      >
        {(props) => (
          <input
            {...props}
            type="date"
            min={days?.from}
            max={days?.to}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        )}
      </Field>
      {problems.includes('date') ? (
        <small className="field-error" role="alert">
          {t('visits.problem.date')}
        </small>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={propose.busy}>
          {t('visits.propose')}
        </button>
        <ActionError error={propose.error} />
      </div>
    </form>
  );
}
