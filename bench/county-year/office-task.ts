import { type CountyYear, DISTRICT, YEAR } from './context';
import { coordinator } from './plans';

/**
 * The joint office initiates a joint task of the filed plan itself (Gui'an 第39条), naming scjg,
 * an industry department, as its lead (第36条); the task is scjg's from then on (第41条). The
 * office then withdraws it before the draw, as it may (ADR 41): the year's other figures stay those
 * of the departments' own task.
 */
export async function officeInitiatesAndCancels(year: CountyYear): Promise<void> {
  const { items } = year.ids;
  await year.at(`${YEAR}-03-10`);
  const { id } = await year.ok<{ id: string }>('POST', '/api/joint-office/tasks', coordinator(year), {
    planId: year.ids.plans.joint,
    leadDepartmentId: 'scjg',
    name: `${YEAR}年联席办发起的联合抽查`,
    participants: [{ departmentId: 'xf', itemIds: [items.xf] }],
    itemIds: [items.scjg],
    criteria: { regionCodes: [DISTRICT] },
    sampling: { ratio: 0.5 },
    window: { from: `${YEAR}-05-01`, to: `${YEAR}-05-29` },
  });
  year.count('tasksInitiated');
  const task = await year.ok<{ leadDepartmentId: string; initiatedByOffice?: { officeId: string } }>(
    'GET',
    `/api/tasks/${id}`,
    year.admin,
  );
  year.check(
    'the office initiated it for its lead',
    [task.leadDepartmentId, task.initiatedByOffice?.officeId],
    ['scjg', 'lxb'],
  );
  await year.ok('POST', `/api/tasks/${id}/cancel`, coordinator(year), { reason: '与部门自行发起的任务重复' });
  year.count('tasksCancelled');
}
