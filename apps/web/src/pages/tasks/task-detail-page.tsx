import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { Async } from '../../components/states';
import { useRefusals } from '../../components/refusals/use-refusals';
import { callApi } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { beijingDate } from '../../components/deadline';
import { type TaskDetail, TaskDetailContext } from './detail-context';
import { DrawRoom } from './draw-room';
import { EntityPanel } from './entity-panel';
import { historyFacts } from './history-facts';
import { RequestsSection } from './requests-section';
import { ResponsesSection } from './responses-section';
import { ResultsSection } from './results-section';
import { TaskStatusBadge } from './status-badge';
import { TaskSummary } from './task-summary';
import type { HistoryEntry, TaskState } from './task-types';
import { actingDepartments, listedEntities, offeredActions } from './task-view';
import { TeamsSection } from './teams';
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

/** One task: its state, the responses, the draw room, the teams, the results and the requests. */
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
  const afterAct = useFocusAfterAct(task.data, t('tasks.actDone'));
  const name = task.data?.name ?? facts?.name ?? (location.state as { name?: string } | null)?.name;

  return (
    <>
      <h1>
        {name ?? t('tasks.untitled')} {task.data ? <TaskStatusBadge status={task.data.status} /> : null}
      </h1>
      <p className="visually-hidden" role="status" aria-live="polite">
        {afterAct.status}
      </p>
      <Async loaded={task} keep>
        {(state) => {
          const actor = {
            userId: session?.userId ?? '',
            departmentId: session?.departmentId ?? '',
            roles: session?.roles ?? [],
          };
          const detail: TaskDetail = {
            task: state,
            facts,
            actor,
            offered: offeredActions(state, actor),
            today: beijingDate(Date.now()),
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
          const drawn = state.entityIds !== null;
          return (
            <TaskDetailContext.Provider value={detail}>
              <nav className="section-nav" aria-label={t('tasks.sections')}>
                <a href="#summary">{t('tasks.summaryTitle')}</a>
                {state.participants.length > 0 ? <a href="#responses">{t('tasks.responsesTitle')}</a> : null}
                <a href="#draw-room">{t('tasks.drawRoomTitle')}</a>
                {drawn ? <a href="#teams">{t('tasks.teamsTitle')}</a> : null}
                {state.status === 'locked' ? <a href="#results">{t('tasks.resultsTitle')}</a> : null}
                {drawn ? <a href="#entity">{t('tasks.entityTitle')}</a> : null}
                <a href="#requests">{t('tasks.requestsTitle')}</a>
                <Link to={`/audit/tasks/${taskId}`}>{t('tasks.historyLink')}</Link>
              </nav>
              {history.error ? (
                <p className="field-hint" role="status">
                  {t('tasks.historyUnavailable', { message: refusals.message(history.error) })}
                </p>
              ) : !modest ? (
                <p className="field-hint">
                  {t('tasks.historyTooLarge', { n: listedEntities(state).length })}
                </p>
              ) : null}
              <TaskSummary />
              {state.participants.length > 0 ? <ResponsesSection /> : null}
              <DrawRoom />
              {drawn ? <TeamsSection /> : null}
              {state.status === 'locked' ? <ResultsSection /> : null}
              {drawn ? <EntityPanel /> : null}
              <RequestsSection />
            </TaskDetailContext.Provider>
          );
        }}
      </Async>
    </>
  );
}
