import { sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type ApiHarness, type Caller, staff } from './api-harness';
import { ok } from './console-locked-task';
import { beijingToday, enforcementCertificate } from './task-fixtures';

export interface DrawnTask {
  taskId: string;
  itemId: string;
  entityIds: string[];
  /** The first member of the entity's team, acting as itself. */
  inspectorOf: (entityId: string) => Caller;
}

/**
 * On the real clock (two processes cannot share a simulated one): two certified inspectors of scjg,
 * and a task of scjg alone over `count` entities of 320102 drawn from those already registered,
 * teamed and locked, its window today.
 */
export async function drawnAndLockedTask(
  api: ApiHarness,
  itemId: string,
  count: number,
  idCards: number,
): Promise<DrawnTask> {
  const lead = staff('scjg', ['operator'], 'op-scjg');
  for (let i = 0; i < 2; i += 1)
    await ok(api, 'POST', '/api/inspectors', lead, {
      departmentId: 'scjg',
      name: `多实例检查员${i + 1}`,
      idCardNumber: sampleIdCardNumber(idCards + i),
      category: 'certified',
      ...enforcementCertificate(),
      regionCode: '320102',
    });
  const { id: taskId } = await ok<{ id: string }>(api, 'POST', '/api/tasks', lead, {
    name: '多实例结果录入抽查',
    adhocReason: '专项检查',
    itemIds: [itemId],
    participants: [],
    criteria: { regionCodes: ['320102'] },
    sampling: { count },
    window: { from: beijingToday(), to: beijingToday() },
  });
  const { entityIds } = await ok<{ entityIds: string[] }>(
    api,
    'POST',
    `/api/tasks/${taskId}/draws/entities`,
    lead,
    {},
  );
  await ok(api, 'POST', `/api/tasks/${taskId}/draws/inspectors`, lead, {});
  const { teams } = await ok<{ teams: Record<string, { members: { inspectorId: string }[] }> }>(
    api,
    'POST',
    `/api/tasks/${taskId}/lock`,
    lead,
  );
  return {
    taskId,
    itemId,
    entityIds,
    inspectorOf: (entityId) => ({
      sub: teams[entityId].members[0].inspectorId,
      department: 'scjg',
      roles: ['inspector'],
    }),
  };
}

/** scjg's result for an entity, as its team's inspector enters it today (on site, nothing found). */
export const resultBody = (task: DrawnTask, entityId: string) => ({
  entityId,
  category: 'no_issue_found',
  method: 'onsite',
  itemFindings: [{ itemId: task.itemId, finding: '未发现问题', compliant: true }],
  inspectedOn: beijingToday(),
});
