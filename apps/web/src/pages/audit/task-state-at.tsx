import { type FormEvent, type ReactNode, type RefObject, useState } from 'react';
import { useApi } from '../../api/use-api';
import { Field } from '../../components/field';
import { Async } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { beijingTime } from '../registers/format';
import { actKey } from './acts';
import type { HistoryEntry } from './history-entry';
import { beijingLocalTime, toBeijingLocal } from './moments';
import { type TaskStateView, summarize } from './task-summary';
import { DeadlineBadge } from '../../components/deadline-badge';

export type StateMoment = { by: 'revision'; revision: number } | { by: 'time'; time: string };

/** The task as it stood after a chosen record or at a chosen time (`GET /api/tasks/:id?at=`). */
export function TaskStateAt({
  taskId,
  history,
  moment,
  onMoment,
  nameOf,
  headingRef,
}: {
  taskId: string;
  history: readonly HistoryEntry[];
  moment: StateMoment;
  onMoment: (moment: StateMoment) => void;
  nameOf: (departmentId: string) => string;
  /** Where the focus goes when a record is chosen from the timeline. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useI18n();
  const last = history[history.length - 1];
  const [by, setBy] = useState<'revision' | 'time'>(moment.by);
  const [revision, setRevision] = useState(
    String(moment.by === 'revision' ? moment.revision : last.revision),
  );
  const [time, setTime] = useState(moment.by === 'time' ? moment.time : toBeijingLocal(last.occurredAt));
  const [timeProblem, setTimeProblem] = useState<string>();
  // The form follows a record chosen from the timeline.
  const [shown, setShown] = useState(moment);
  if (JSON.stringify(shown) !== JSON.stringify(moment)) {
    setShown(moment);
    setBy(moment.by);
    if (moment.by === 'revision') setRevision(String(moment.revision));
    else setTime(moment.time);
  }
  const at =
    moment.by === 'revision' ? String(moment.revision) : (beijingLocalTime(moment.time) ?? moment.time);
  const state = useApi<TaskStateView>(`/api/tasks/${encodeURIComponent(taskId)}`, { at });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (by === 'revision') return onMoment({ by, revision: Number(revision) });
    if (!beijingLocalTime(time)) return setTimeProblem(t('audit.stateAt.timeInvalid'));
    setTimeProblem(undefined);
    onMoment({ by, time });
  };

  return (
    <section className="card" aria-labelledby="state-at">
      <h2 id="state-at" ref={headingRef} tabIndex={-1}>
        {t('audit.stateAt.title')}
      </h2>
      <form onSubmit={submit} noValidate>
        <fieldset className="choice-group">
          <legend>{t('audit.stateAt.mode')}</legend>
          <span className="choices">
            <label>
              <input
                type="radio"
                name="state-by"
                checked={by === 'revision'}
                onChange={() => setBy('revision')}
              />{' '}
              {t('audit.stateAt.byRevision')}
            </label>
            <label>
              <input type="radio" name="state-by" checked={by === 'time'} onChange={() => setBy('time')} />{' '}
              {t('audit.stateAt.byTime')}
            </label>
          </span>
        </fieldset>
        <div className="form-row">
          {by === 'revision' ? (
            <Field label={t('audit.stateAt.revision')} name="at" error={state.error}>
              {(props) => (
                <select {...props} value={revision} onChange={(e) => setRevision(e.target.value)}>
                  {history.map((e) => {
                    const act = actKey(e.type);
                    return (
                      <option key={e.revision} value={e.revision}>
                        {t('audit.history.revision', { n: e.revision })} · {act ? t(act) : e.type} ·{' '}
                        {beijingTime(e.occurredAt)}
                      </option>
                    );
                  })}
                </select>
              )}
            </Field>
          ) : (
            <div>
              <Field label={t('audit.stateAt.time')} name="at" error={state.error}>
                {(props) => (
                  <input
                    {...props}
                    type="datetime-local"
                    step={1}
                    value={time}
                    onChange={(e) => setTime(e.target.value)}
                  />
                )}
              </Field>
              {timeProblem ? (
                <small className="field-error" role="alert">
                  {timeProblem}
                </small>
              ) : null}
            </div>
          )}
          <div className="field">
            <button type="submit" className="primary">
              {t('audit.stateAt.show')}
            </button>
          </div>
        </div>
      </form>
      <Async loaded={state}>{(data) => <StateFacts state={data} nameOf={nameOf} />}</Async>
    </section>
  );
}

function StateFacts({ state, nameOf }: { state: TaskStateView; nameOf: (departmentId: string) => string }) {
  const { t } = useI18n();
  const summary = summarize(state);
  const statusKey = (['initiated', 'locked', 'cancelled'] as const).find((s) => s === summary.status);
  const count = (n: number) => t('audit.stateAt.count', { n });
  const facts: [string, ReactNode][] = [
    [t('audit.stateAt.status'), statusKey ? t(`audit.taskStatus.${statusKey}`) : summary.status],
    [t('audit.stateAt.lead'), nameOf(summary.leadDepartmentId)],
    [
      t('audit.stateAt.participants'),
      summary.participants.length === 0
        ? t('common.none')
        : summary.participants.map((p) => (
            <div key={p.departmentId}>
              {t('audit.stateAt.responseOf', {
                department: nameOf(p.departmentId),
                response: t(`audit.stateAt.${p.response}`),
              })}
              {p.late ? (
                <>
                  {' '}
                  <span className="badge badge-warn">{t('audit.stateAt.late')}</span>
                </>
              ) : null}
            </div>
          )),
    ],
    [
      t('audit.stateAt.window'),
      t('audit.stateAt.windowValue', { from: summary.window.from, to: summary.window.to }),
    ],
  ];
  if (summary.responseDue && summary.participants.length > 0)
    facts.push([
      t('audit.stateAt.responseDue'),
      summary.awaitingResponses ? <DeadlineBadge due={summary.responseDue.date} /> : summary.responseDue.date,
    ]);
  facts.push(
    [
      t('audit.stateAt.entities'),
      summary.entitiesDrawn === null ? t('audit.stateAt.notDrawn') : count(summary.entitiesDrawn),
    ],
    [t('audit.stateAt.teams'), count(summary.teams)],
    [t('audit.stateAt.entered'), count(summary.resultsEntered)],
    [t('audit.stateAt.published'), count(summary.resultsPublished)],
    [t('audit.stateAt.pendingRequests'), count(summary.pendingRequests)],
    [t('audit.stateAt.objections'), count(summary.openObjections)],
  );
  return (
    <>
      {state.revision !== undefined ? (
        <p className="rx-muted">{t('audit.stateAt.asOf', { revision: state.revision })}</p>
      ) : null}
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>{t('audit.stateAt.raw')}</summary>
        <pre className="mono rx-record">{JSON.stringify(state, null, 2)}</pre>
      </details>
    </>
  );
}
