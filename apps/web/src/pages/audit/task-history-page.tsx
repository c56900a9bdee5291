import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { Async } from '../../components/states';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { hasAnyRole } from '../../session/token';
import '../registers/registers.css';
import { useDepartments } from '../../api/use-departments';
import { BundleDownload } from './bundle-download';
import { ChainCheck } from './chain-check';
import { type HistoryEntry, taskNameOf } from './history-entry';
import { type StateMoment, TaskStateAt } from './task-state-at';
import { TaskPicker } from './task-picker';
import { TaskTimeline } from './task-timeline';

/**
 * 任务全过程记录 (/audit/tasks and /audit/tasks/:taskId): a task's every act, the task as it stood
 * at any record or time, its hash chain checked, and its audit bundle.
 */
export function TaskHistoryPage() {
  const { t } = useI18n();
  const { taskId } = useParams();
  return (
    <div className="rx-page">
      <h1>{t('audit.history.title')}</h1>
      <p className="rx-intro">{t('audit.history.intro')}</p>
      <TaskPicker key={taskId ?? ''} current={taskId} listOpen={taskId === undefined} />
      {taskId ? <TaskRecord key={taskId} taskId={taskId} /> : null}
    </div>
  );
}

function TaskRecord({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const departments = useDepartments();
  const history = useApi<HistoryEntry[]>(`/api/tasks/${encodeURIComponent(taskId)}/history`);
  const [moment, setMoment] = useState<StateMoment>();
  const stateHeading = useRef<HTMLHeadingElement>(null);
  const oversight = hasAnyRole(session, ['auditor', 'supervisor', 'admin']);
  const showState = (revision: number) => {
    setMoment({ by: 'revision', revision });
    stateHeading.current?.focus();
  };
  return (
    <Async loaded={history}>
      {(entries) => (
        <>
          <p className="rx-lead">
            {t('audit.history.task', { name: taskNameOf(entries) ?? taskId })} <code>{taskId}</code>
          </p>
          <div className="rx-history">
            <TaskTimeline history={entries} nameOf={departments.nameOf} onShowState={showState} />
            <div>
              <TaskStateAt
                taskId={taskId}
                history={entries}
                moment={moment ?? { by: 'revision', revision: entries[entries.length - 1].revision }}
                onMoment={setMoment}
                nameOf={departments.nameOf}
                headingRef={stateHeading}
              />
              {oversight ? (
                <>
                  <ChainCheck taskId={taskId} />
                  <BundleDownload taskId={taskId} />
                </>
              ) : (
                <p className="rx-muted">{t('audit.chain.oversightOnly')}</p>
              )}
            </div>
          </div>
        </>
      )}
    </Async>
  );
}
