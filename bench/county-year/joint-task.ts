import { type CountyYear, DISTRICT, YEAR } from './context';

/** Entities the joint task draws, of the six of the district. */
export const DRAWN = 3;

/** A 一业一单 of the food trade (Anhui standard; Yuanqu 一(二)): scjg's, xf's and ws's items, on the portal. */
export async function drawUpJointList(year: CountyYear): Promise<void> {
  const { items } = year.ids;
  year.ids.jointListId = (
    await year.ok<{ id: string }>('POST', '/api/joint-item-lists', year.as('scjg', 'operator'), {
      industry: '餐饮',
      leadDepartmentId: 'scjg',
      itemIds: [items.scjg, items.xf, items.ws],
    })
  ).id;
  year.count('jointLists');
  const portal = await year.ok<{ id: string; version: number; status: string }>(
    'GET',
    `/api/public/joint-lists/${year.ids.jointListId}`,
    '',
  );
  year.check(
    'joint list on the portal',
    [portal.id, portal.version, portal.status],
    [year.ids.jointListId, 1, 'active'],
  );
}

/**
 * The joint task of the plan made from the list (its departments and items filled in), initiated
 * Monday 9 March: answers are due two working days later. xf accepts; ws never answers, and after
 * the deadline the lead goes on without it (Gui'an 第40、48条).
 */
export async function initiateJointTask(year: CountyYear): Promise<void> {
  const { items } = year.ids;
  await year.at(`${YEAR}-03-09`);
  year.ids.taskId = (
    await year.ok<{ id: string }>('POST', '/api/tasks', year.as('scjg', 'operator'), {
      planId: year.ids.plans.joint,
      jointListId: year.ids.jointListId,
      name: `${YEAR}年餐饮行业联合抽查`,
      criteria: { regionCodes: [DISTRICT] },
      sampling: { count: DRAWN },
      window: { from: `${YEAR}-03-20`, to: `${YEAR}-04-30` },
    })
  ).id;
  year.count('tasksInitiated');
  year.count('jointTasks');
  const task = await year.ok<{
    jointList?: { listId: string; version: number };
    participants: { departmentId: string; itemIds: string[] }[];
    responseDue?: { date: string };
  }>('GET', `/api/tasks/${year.ids.taskId}`, year.admin);
  year.check('task made from the list', task.jointList, { listId: year.ids.jointListId, version: 1 });
  year.check(
    'participants filled from the list',
    task.participants.map((p) => [p.departmentId, p.itemIds]),
    [
      ['ws', [items.ws]],
      ['xf', [items.xf]],
    ],
  );
  year.check('answers due', task.responseDue?.date, `${YEAR}-03-11`);
  await year.ok('POST', `/api/tasks/${year.ids.taskId}/responses`, year.as('xf', 'operator'), {
    accepted: true,
    itemIds: [items.xf],
  });
}

export async function goOnWithoutSilentParticipant(year: CountyYear): Promise<void> {
  const path = `/api/tasks/${year.ids.taskId}/non-responses`;
  await year.at(`${YEAR}-03-11`);
  const early = await year.call<{ code: string }>('POST', path, year.as('scjg', 'operator'), {
    departmentIds: ['ws'],
  });
  year.check(
    'going on before the deadline',
    [early.status, early.body.code],
    [409, 'RESPONSE_DEADLINE_NOT_PASSED'],
  );
  await year.at(`${YEAR}-03-13`);
  await year.ok('POST', path, year.as('scjg', 'operator'), { departmentIds: ['ws'] });
  year.count('participantsNotAnswering');
  const late = await year.call<{ code: string }>(
    'POST',
    `/api/tasks/${year.ids.taskId}/responses`,
    year.as('ws', 'operator'),
    { accepted: true, itemIds: [year.ids.items.ws] },
  );
  year.check(
    'a late answer after going on',
    [late.status, late.body.code],
    [409, 'RECORDED_AS_NOT_ANSWERING'],
  );
}

/**
 * The draw on 13 March: three entities, a joint team of two certified inspectors (one of each
 * acting department) per entity, and one expert of scjg's pool beside them (Yiyuan 十九、二十: experts never count toward
 * the two); locked, announced and verified.
 */
export async function drawAndLock(year: CountyYear): Promise<void> {
  const { taskId, inspectors, experts } = year.ids;
  const operator = year.as('scjg', 'operator');
  year.ids.drawn = (
    await year.ok<{ entityIds: string[] }>('POST', `/api/tasks/${taskId}/draws/entities`, operator, {})
  ).entityIds;
  year.count('entitiesDrawn', year.ids.drawn.length);
  year.check('entities drawn', year.ids.drawn.length, DRAWN);
  await year.ok('POST', `/api/tasks/${taskId}/draws/inspectors`, operator, {});
  await year.ok('POST', `/api/tasks/${taskId}/draws/inspectors`, year.as('xf', 'operator'), {});
  await year.ok('POST', `/api/tasks/${taskId}/draws/experts`, operator, { perEntity: 1 });
  const locked = await year.ok<{ status: string }>('POST', `/api/tasks/${taskId}/lock`, operator);
  year.count('tasksLocked');
  year.check('locked', locked.status, 'locked');
  const { teams } = await year.ok<{
    teams: Record<
      string,
      { members: { inspectorId: string; departmentId: string }[]; experts: { inspectorId: string }[] }
    >;
  }>('GET', `/api/tasks/${taskId}`, operator);
  const certified = Object.values(inspectors).flat();
  for (const entityId of year.ids.drawn) {
    const team = teams[entityId];
    // A joint team: one certified inspector of each acting department, two in all; never ws.
    year.check(`${entityId}: the team's departments`, team.members.map((m) => m.departmentId).sort(), [
      'scjg',
      'xf',
    ]);
    year.check(
      `${entityId}: every member certified`,
      team.members.every((m) => certified.includes(m.inspectorId)),
      true,
    );
    year.check(
      `${entityId}: one expert beside the team`,
      team.experts.length === 1 && experts.includes(team.experts[0].inspectorId),
      true,
    );
    year.check(
      `${entityId}: no expert in the team`,
      team.members.some((m) => experts.includes(m.inspectorId)),
      false,
    );
    year.count('expertsDrawn', team.experts.length);
  }
  const verified = await year.ok<{ verified: boolean; mismatches: string[] }>(
    'GET',
    `/api/tasks/${taskId}/draws/verify`,
    operator,
  );
  year.check('draws verified', [verified.verified, verified.mismatches], [true, []]);
}
