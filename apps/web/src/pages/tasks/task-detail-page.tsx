import { actingDepartments, listedEntities } from '@app/domain';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { Async } from '../../components/states';
import { useRefusals } from '../../components/refusals/use-refusals';
import { callApi } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { useApiToday } from './use-api-today';
import { type TaskDetail, TaskDetailContext, useTaskDetail } from './detail-context';
import { DisclosureOverview, FollowUpOverview } from './disclosure-overview';
import { StageSection } from './stage-section';
import { type Stage, currentStage } from './stages';
import { TechnicalDetails } from './technical-details';
import { DrawRoom } from './draw-room';
import { EntityPanel } from './entity-panel';
import { historyFacts } from './history-facts';
import { RequestsSection } from './requests-section';
import { ResponsesSection } from './responses-section';
import { ResultsSection } from './results-section';
import { TaskStatusBadge } from './status-badge';
import { TaskSummary } from './task-summary';
import type { HistoryEntry, TaskState } from './task-types';
import { offeredActions } from './task-view';
import { TeamsSection } from './teams';
import { HandOverSection } from './hand-over-section';
import { VisitSection } from './visit-section';
import { TaskFormsSection } from './task-forms';
import { useDepartments } from '../../api/use-departments';
import { useCheckItems, useInspectors } from './use-names';
import { useLoad } from './use-load';
import { useFocusAfterAct } from './use-focus-after-act';
import './tasks.css';

/**
 * The history carries the task's name, its draw records and the notes of its requests; it holds
 * the whole state after every act, so it is read only for tasks of a modest size.
 */
const HISTORY_ENTITY_LIMIT = 500;

/**
 * One task, in the sections of its stages (the one it stands at open), then the entity chosen in
 * them, and the technical detail of its draw behind a disclosure.
 */
export function TaskDetailPage() {
  const { t } = useI18n();
  const refusals = useRefusals();
  const { taskId = '' } = useParams();
  const location = useLocation();
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const path = `/api/tasks/${encodeURIComponent(taskId)}`;
  const task = useLoad(`task:${taskId}`, (token) => callApi<TaskState>('GET', path, { token }));
  const modest = task.data !== undefined && (task.data.entityIds?.length ?? 0) <= HISTORY_ENTITY_LIMIT;
  const history = useLoad(modest ? `history:${taskId}` : undefined, (token) =>
    callApi<HistoryEntry[]>('GET', `${path}/history`, { token }),
  );
  const departments = useDepartments();
  const taking = task.data
    ? [task.data.leadDepartmentId, ...task.data.participants.map((p) => p.departmentId)]
    : [];
  const items = useCheckItems(taking);
  const inspectors = useInspectors(task.data ? actingDepartments(task.data) : []);
  const facts = history.data ? historyFacts(history.data) : undefined;
  const today = useApiToday(session?.departmentId);
  const afterAct = useFocusAfterAct(task.data, t('tasks.actDone'));
  const name = task.data?.name ?? facts?.name ?? (location.state as { name?: string } | null)?.name;

  return (
    <>
      <h1>
        {name ?? t('tasks.untitled')} {task.data ? <TaskStatusBadge status={task.data.status} /> : null}
        {task.data?.operatorTrusted ? (
          <>
            {' '}
            <span className="badge badge-warn">{t('tasks.operatorTrusted')}</span>
          </>
        ) : null}
      </h1>
      {/* One outcome at a time: cleared as the next act starts (a refusal is shown by its act). */}
      <p className={afterAct.status ? 'act-outcome' : 'visually-hidden'} role="status" aria-live="polite">
        {afterAct.status}
      </p>
      <Async loaded={task} keep>
        {(state) => {
          const actor = {
            userId: session?.userId ?? '',
            inspectorId: session?.inspectorId,
            departmentId: session?.departmentId ?? '',
            roles: session?.roles ?? [],
          };
          const detail: TaskDetail = {
            acts: { begin: afterAct.begin, latest: afterAct.latestAct },
            task: state,
            facts,
            actor,
            offered: offeredActions(state, actor),
            today,
            departmentName: departments.nameOf,
            items: items.byId,
            itemName: (id) => items.byId.get(id)?.name ?? id,
            inspectors: inspectors.byId,
            inspectorName: inspectors.name,
            refresh: () => {
              afterAct.recordFocus();
              task.reload();
              history.reload();
            },
            selectedEntityId: params.get('entity') ?? undefined,
            selectEntity: (entityId) => {
              const next = new URLSearchParams(params);
              next.set('entity', entityId);
              setParams(next, { replace: true });
            },
          };
          return (
            <TaskDetailContext.Provider value={detail}>
              {history.error ? (
                <p className="field-hint" role="status">
                  {t('tasks.historyUnavailable', { message: refusals.message(history.error) })}
                </p>
              ) : !modest ? (
                <p className="field-hint">
                  {t('tasks.historyTooLarge', { n: listedEntities(state).length })}
                </p>
              ) : null}
              <TaskStages current={currentStage(state, detail.offered.respond)} />
              {state.entityIds !== null ? <EntityPanel /> : null}
              {state.status === 'locked' && taskId ? (
                // Listed again once a result is entered: its result notice can then be printed.
                <TaskFormsSection key={Object.keys(state.entered).length} taskId={taskId} />
              ) : null}
              <p>
                <Link to={`/audit/tasks/${taskId}`}>{t('tasks.historyLink')}</Link>
              </p>
            </TaskDetailContext.Provider>
          );
        }}
      </Async>
    </>
  );
}

/** The stages' sections: the current one open, and any the user opens; a stage reached is opened. */
function TaskStages({ current }: { current: Stage }) {
  const { task } = useTaskDetail();
  const [open, setOpen] = useState<ReadonlySet<Stage | 'technical'>>(() => new Set([current]));
  useEffect(() => setOpen((shown) => (shown.has(current) ? shown : new Set([...shown, current]))), [current]);
  const drawn = task.entityIds !== null;
  const locked = task.status === 'locked';
  const stage = (name: Stage | 'technical', content: ReactNode) => (
    <StageSection
      key={name}
      stage={name}
      open={open.has(name)}
      current={name === current}
      onToggle={() =>
        setOpen((shown) => {
          const next = new Set(shown);
          if (!next.delete(name)) next.add(name);
          return next;
        })
      }
    >
      {content}
    </StageSection>
  );
  return (
    <>
      {stage(
        'initiation',
        <>
          <TaskSummary />
          {task.participants.length > 0 ? <ResponsesSection /> : null}
        </>,
      )}
      {stage(
        'draw',
        <>
          <DrawRoom />
          {/* Asked at initiation (going beyond the plan): decided before the draw. */}
          {!drawn && Object.keys(task.requests).length > 0 ? <RequestsSection /> : null}
        </>,
      )}
      {stage(
        'teams',
        drawn ? (
          <>
            <TeamsSection />
            {locked ? <VisitSection /> : <RequestsSection />}
          </>
        ) : (
          <StageNotReached />
        ),
      )}
      {stage('results', locked ? <ResultsSection /> : <StageNotReached />)}
      {stage(
        'disclosure',
        <>
          {locked ? <DisclosureOverview /> : <StageNotReached />}
          {locked ? <RequestsSection /> : null}
          {locked ? <HandOverSection /> : null}
        </>,
      )}
      {stage('followUp', locked ? <FollowUpOverview /> : <StageNotReached />)}
      {stage('technical', <TechnicalDetails />)}
    </>
  );
}

function StageNotReached() {
  const { t } = useI18n();
  return <p className="field-hint">{t('tasks.stageNotReached')}</p>;
}
