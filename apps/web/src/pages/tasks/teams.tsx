import { actingDepartments, listedEntities } from '@app/domain';
import { useTaskCommand } from './use-task-command';
import { ActionError } from '../../components/field';
import { useI18n } from '../../i18n/i18n';
import { useTaskDetail } from './detail-context';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { awaitedInspectorDraws, awaitedResponses } from './act-reasons';
import { InspectorDrawForm } from './inspector-draw-form';
import { ExpertDrawForm } from './expert-draw-form';
import { mayDrawExperts } from './expert-draw-logic';
import { TeamExperts } from './team-experts';
import { LocalPager } from '../../components/table';
import { useLocalPaging } from '../../components/paging';
import { useEntities } from './use-names';

const PAGE_SIZE = 20;

/**
 * 检查组: each taking-part department draws its inspectors for every entity (once); the lead's
 * first is the team leader. Then the lead locks: the list and the teams are frozen and dispatched.
 */
export function TeamsSection() {
  const { t } = useI18n();
  const { task, facts, offered, actor, departmentName } = useTaskDetail();
  return (
    <section id="teams" className="card" aria-labelledby="teams-title">
      <h2 id="teams-title">{t('tasks.teamsTitle')}</h2>
      <ul className="counts">
        {task.participants
          .filter((p) => !task.responses[p.departmentId])
          .map((p) => (
            <li key={p.departmentId}>
              {departmentName(p.departmentId)}：
              <span className="badge">{t('tasks.awaitingItsResponse')}</span>
            </li>
          ))}
        {actingDepartments(task).map((departmentId) => {
          const record = facts?.inspectorDraws[departmentId];
          const drawn = task.inspectorDrawsBy.includes(departmentId);
          return (
            <li key={departmentId}>
              {departmentName(departmentId)}：
              {drawn ? (
                <span className="badge badge-ok">{t('tasks.inspectorsDrawn')}</span>
              ) : (
                <span className="badge badge-warn">{t('tasks.inspectorsNotDrawn')}</span>
              )}
              {record
                ? ` ${t('tasks.inspectorDrawFacts', { candidates: record.candidates, perEntity: record.perEntity, appointed: record.appointed.length })}`
                : ''}
              {(task.expertDrawsBy ?? []).includes(departmentId) ? (
                <span className="badge">{t('tasks.expertsDrawn')}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {offered.drawInspectors ? <InspectorDrawForm /> : null}
      {mayDrawExperts(task, actor) ? <ExpertDrawForm /> : null}
      <TeamTable />
      {offered.lock ? (
        <LockAction />
      ) : task.status === 'initiated' && task.entityIds !== null ? (
        <p className="why-not">
          {t('tasks.whyNot.leadLocks', { department: departmentName(task.leadDepartmentId) })}
        </p>
      ) : null}
    </section>
  );
}

function TeamTable() {
  const { t } = useI18n();
  const { task, facts, inspectorName, departmentName, selectEntity } = useTaskDetail();
  const listed = listedEntities(task);
  const shown = useLocalPaging(listed, PAGE_SIZE);
  const entities = useEntities(shown.rows);
  const records = Object.values(facts?.inspectorDraws ?? {});
  const fromNeighbours = (entityId: string, inspectorId: string) =>
    records.some((r) =>
      r.fromNeighbours.some((n) => n.entityId === entityId && n.inspectorIds.includes(inspectorId)),
    );
  const appointed = (entityId: string, inspectorId: string) =>
    records.flatMap((r) => r.appointed).find((a) => a.entityId === entityId && a.inspectorId === inspectorId);
  if (task.inspectorDrawsBy.length === 0) return <p>{t('tasks.noTeamsYet')}</p>;
  return (
    <>
      <div className="table-block">
        <table>
          <caption>{t('tasks.teamsCaption', { page: shown.page + 1, pages: shown.pages })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tasks.entity')}</th>
              <th scope="col">{t('tasks.teamLeader')}</th>
              <th scope="col">{t('tasks.teamMembers')}</th>
              <th scope="col">{t('tasks.teamExperts')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((entityId) => {
              const team = task.teams[entityId];
              const name = entities.byId.get(entityId)?.name ?? entityId;
              return (
                <tr key={entityId}>
                  <td>{name}</td>
                  <td>
                    {team?.leaderId ? (
                      inspectorName(team.leaderId)
                    ) : (
                      <span className="badge badge-warn">{t('tasks.noLeader')}</span>
                    )}
                  </td>
                  <td>
                    <ul className="member-list">
                      {(team?.members ?? []).map((m) => {
                        const appointment = appointed(entityId, m.inspectorId);
                        return (
                          <li key={m.inspectorId}>
                            {inspectorName(m.inspectorId)}（{departmentName(m.departmentId)}）
                            {m.inspectorId === team?.leaderId ? (
                              <span className="badge badge-ok">{t('tasks.leader')}</span>
                            ) : null}
                            {fromNeighbours(entityId, m.inspectorId) ? (
                              <span className="badge">{t('tasks.fromNeighbours')}</span>
                            ) : null}
                            {appointment ? (
                              <span className="badge badge-warn" title={appointment.reason}>
                                {t('tasks.appointed')}
                              </span>
                            ) : null}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                  <td>
                    <TeamExperts experts={team?.experts ?? []} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => selectEntity(entityId)}
                      aria-label={t('tasks.openEntityNamed', { name })}
                    >
                      {t('tasks.openEntity')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <LocalPager
        label={t('tasks.teamsTitle')}
        page={shown.page}
        pages={shown.pages}
        onPage={shown.setPage}
      />
    </>
  );
}

/**
 * 锁定: the lead confirms the list and the teams, after being asked (it cannot be undone); not
 * possible while a participant has not responded, which is said where the button is; nor before
 * each department has drawn its inspectors, which is said there too.
 */
function LockAction() {
  const { t } = useI18n();
  const { task, refresh, departmentName } = useTaskDetail();
  const lock = useTaskCommand();
  const confirmation = useConfirmation();
  // Without every answer the lock cannot be asked for; without every department's inspector draw
  // the api refuses it for short teams, so the page says first whose draw is awaited.
  const responses = awaitedResponses(task);
  const awaited = responses.length > 0 ? responses : awaitedInspectorDraws(task);
  const whyNot =
    responses.length > 0 ? 'tasks.whyNot.waitingResponses' : 'tasks.whyNot.waitingInspectorDraws';
  const run = async () => {
    if (await lock.run('POST', `/api/tasks/${task.id}/lock`)) refresh();
  };
  return (
    <div className="inline-form">
      <p className="field-hint">{t('tasks.lockExplained')}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => confirmation.ask(() => void run())}
          disabled={lock.busy || responses.length > 0}
          aria-describedby={awaited.length > 0 ? 'lock-why-not' : undefined}
        >
          {t('tasks.lock')}
        </button>
        {awaited.length > 0 ? (
          <span id="lock-why-not" className="why-not">
            {t(whyNot, {
              departments: awaited.map(departmentName).join(t('common.listSeparator')),
            })}
          </span>
        ) : null}
        <ActionError error={lock.error} />
      </div>
      <ConfirmDialog
        control={confirmation}
        title={t('tasks.confirm.lockTitle')}
        confirmLabel={t('tasks.confirm.lock')}
      >
        <p>{t('tasks.confirm.lockBody', { n: listedEntities(task).length })}</p>
      </ConfirmDialog>
    </div>
  );
}
