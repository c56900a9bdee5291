import { type CountyYear, OTHER_DISTRICT, YEAR } from './context';

export const POSTPONED_WINDOW = { from: `${YEAR}-04-01`, to: `${YEAR}-05-15` };

/** A postponement asked by the lead with a reason, approved by its head, published (Yuanqu 二(三)). */
export async function postpone(year: CountyYear): Promise<void> {
  const { taskId } = year.ids;
  await year.at(`${YEAR}-03-16`);
  const { requestId } = await year.ok<{ requestId: string }>(
    'POST',
    `/api/tasks/${taskId}/postponement-requests`,
    year.as('scjg', 'operator'),
    { window: POSTPONED_WINDOW, reason: '防汛任务冲突，检查顺延' },
  );
  await year.ok(
    'POST',
    `/api/tasks/${taskId}/postponement-requests/${requestId}/approve`,
    year.as('scjg', 'head'),
    {},
  );
  year.count('postponements');
  const task = await year.ok<{ window: unknown }>('GET', `/api/tasks/${taskId}`, year.admin);
  year.check('window moved', task.window, POSTPONED_WINDOW);
  const published = await year.ok<{ items: { taskId: string; window: unknown; postponements: unknown[] }[] }>(
    'GET',
    '/api/public/postponements',
    '',
  );
  year.check(
    'postponement on the portal',
    published.items.map((p) => [p.taskId, p.window, p.postponements.length]),
    [[taskId, POSTPONED_WINDOW, 1]],
  );
}

/**
 * A drawn business moved to 六合区 (Yiyuan 二十八): withdrawn as moved away on a head's approval,
 * handed over to scjg-lh, which takes it into a task of its own.
 */
export async function handOverMovedBusiness(year: CountyYear): Promise<void> {
  const { taskId } = year.ids;
  const moved = year.ids.drawn[year.ids.drawn.length - 1];
  year.ids.movedEntityId = moved;
  const { requestId } = await year.ok<{ requestId: string }>(
    'POST',
    `/api/tasks/${taskId}/withdrawal-requests`,
    year.as('scjg', 'operator'),
    { entityId: moved, reason: 'moved_away', note: '迁至六合区' },
  );
  await year.ok(
    'POST',
    `/api/tasks/${taskId}/withdrawal-requests/${requestId}/approve`,
    year.as('scjg', 'head'),
    {},
  );
  await year.ok('POST', `/api/tasks/${taskId}/hand-overs`, year.as('scjg', 'operator'), {
    entityId: moved,
    toDepartmentId: 'scjg-lh',
    note: '已书面通知六合区',
  });
  year.ids.ownTaskId = (
    await year.ok<{ id: string }>('POST', '/api/tasks', year.as('scjg-lh', 'operator'), {
      adhocReason: '迁入企业检查',
      name: '迁入企业抽查',
      participants: [],
      itemIds: [year.ids.items['scjg-lh']],
      criteria: { regionCodes: [OTHER_DISTRICT] },
      sampling: { count: 1 },
      window: { from: `${YEAR}-05-01`, to: `${YEAR}-06-30` },
    })
  ).id;
  year.count('tasksInitiated');
  await year.ok('POST', `/api/tasks/${taskId}/hand-overs/${moved}/answer`, year.as('scjg-lh', 'operator'), {
    taken: true,
    intoTaskId: year.ids.ownTaskId,
  });
  year.count('handedOver');
  const sent = await year.ok<{ items: { entityId: string; status: string; intoTaskId?: string }[] }>(
    'GET',
    '/api/hand-overs?direction=sent',
    year.as('scjg', 'operator'),
  );
  year.check(
    'hand-over tracked',
    sent.items.map((h) => [h.entityId, h.status, h.intoTaskId]),
    [[moved, 'taken', year.ids.ownTaskId]],
  );
}
