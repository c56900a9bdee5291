import { type CountyYear, DISTRICT, YEAR } from './context';

/** The tag that puts the joint task's first business into xf's own task (its fire-safety focus). */
const FIRE_FOCUS = '消防重点';
/** xf's own task's window: inside the joint task's postponed one (1 April – 15 May). */
const XF_WINDOW = { from: `${YEAR}-04-01`, to: `${YEAR}-04-30` };
/** The day the leads agree on, in both windows (a Friday), and the day the results are entered. */
export const VISIT_DAY = `${YEAR}-04-10`;

type Team = { members: { inspectorId: string; departmentId: string }[] };

/**
 * Two overlapping locked tasks merged into one visit (进一次门、查多项事; Yiyuan 十八; Gui'an
 * 第33–35条; ADR 39): a task of xf's own plan draws the joint task's first business in an
 * overlapping window; xf's lead proposes one day, scjg's agrees, one joint team is drawn from the
 * two tasks' teams and verifies; both tasks' histories record the visit; xf enters and publishes
 * its own result in its own task; the business's yearly count counts the visit once.
 */
export async function mergeOverlappingVisit(year: CountyYear): Promise<void> {
  const { taskId: jointTaskId } = year.ids;
  const entityId = year.ids.drawn[0];
  const xf = year.as('xf', 'operator');
  await year.at(`${YEAR}-03-16`);
  await year.ok('PATCH', `/api/entities/${entityId}`, year.as('scjg', 'operator'), { tags: [FIRE_FOCUS] });
  const xfTaskId = (
    await year.ok<{ id: string }>('POST', '/api/tasks', xf, {
      planId: year.ids.plans.late,
      name: `${YEAR}年消防重点单位抽查`,
      participants: [],
      itemIds: [year.ids.items.xf],
      criteria: { regionCodes: [DISTRICT], tags: [FIRE_FOCUS] },
      sampling: { count: 1 },
      window: XF_WINDOW,
    })
  ).id;
  year.ids.xfTaskId = xfTaskId;
  year.count('tasksInitiated');
  const drawn = await year.ok<{ entityIds: string[] }>(
    'POST',
    `/api/tasks/${xfTaskId}/draws/entities`,
    xf,
    {},
  );
  year.check('xf’s task drew the joint task’s business', drawn.entityIds, [entityId]);
  await year.ok('POST', `/api/tasks/${xfTaskId}/draws/inspectors`, xf, {});
  await year.ok('POST', `/api/tasks/${xfTaskId}/lock`, xf);
  year.count('tasksLocked');

  const possible = await year.ok<{ visits: { tasks: { taskId: string }[] }[] }>(
    'GET',
    `/api/visits?entityId=${entityId}`,
    xf,
  );
  year.check(
    'the overlap shown as a possible visit',
    possible.visits.map((v) => v.tasks.map((t) => t.taskId).sort()),
    [[jointTaskId, xfTaskId].sort()],
  );
  const proposed = await year.ok<{ visitId: string; status: string }>('POST', '/api/visits', xf, {
    entityId,
    taskIds: [xfTaskId, jointTaskId],
    date: VISIT_DAY,
  });
  year.check('proposed', proposed.status, 'proposed');
  const agreed = await year.ok<{ status: string; team: Team; joins: { status: string }[] }>(
    'POST',
    `/api/visits/${proposed.visitId}/agreement`,
    year.as('scjg', 'operator'),
    { agree: true },
  );
  year.count('visitsAgreed');
  year.check(
    'one agreed visit, its team one of each department, both tasks joined',
    [agreed.status, agreed.team.members.map((m) => m.departmentId).sort(), agreed.joins.map((j) => j.status)],
    ['agreed', ['scjg', 'xf'], ['joined', 'joined']],
  );
  const verified = await year.ok<{ verified: boolean }>(
    'GET',
    `/api/visits/${proposed.visitId}/team-verification`,
    year.as('jjjc', 'supervisor'),
  );
  year.check('the visit’s team verifies', verified.verified, true);
  for (const taskId of [jointTaskId, xfTaskId]) {
    const history = await year.ok<{ type: string; data: { visitId?: string; date?: string } }[]>(
      'GET',
      `/api/tasks/${taskId}/history`,
      year.admin,
    );
    const joined = history
      .filter((e) => e.type === 'TaskJoinedVisit')
      .map((e) => [e.data.visitId, e.data.date]);
    year.check(`${taskId}: its history records the visit`, joined, [[proposed.visitId, VISIT_DAY]]);
  }

  // xf's result of its own task, entered by its own team on the day and published (its own, not merged).
  await year.at(VISIT_DAY);
  const { teams } = await year.ok<{ teams: Record<string, Team> }>(
    'GET',
    `/api/tasks/${xfTaskId}`,
    year.admin,
  );
  const inspector = teams[entityId].members[0].inspectorId;
  await year.ok('POST', `/api/tasks/${xfTaskId}/results`, year.api.token(inspector, 'xf', ['inspector']), {
    entityId,
    category: 'no_issue_found',
    method: 'onsite',
    itemFindings: [{ itemId: year.ids.items.xf, finding: '消防设施完好', compliant: true }],
    inspectedOn: VISIT_DAY,
  });
  year.count('resultsEntered');
  await year.ok('POST', `/api/tasks/${xfTaskId}/publications`, year.as('xf', 'head'), { entityId });
  year.count('published');

  const checks = await year.ok<{
    count: number;
    taskIds: string[];
    visits: { visitId: string; taskIds: string[] }[];
  }>('GET', `/api/entities/${entityId}/checks?year=${YEAR}`, year.as('jjjc', 'supervisor'));
  year.check(
    'the business’s yearly count counts the visit once',
    [checks.count, [...checks.taskIds].sort()],
    [1, [jointTaskId, xfTaskId].sort()],
  );
  year.check('the checks say which tasks shared the visit', checks.visits, [
    { visitId: proposed.visitId, taskIds: [xfTaskId, jointTaskId] },
  ]);
}
