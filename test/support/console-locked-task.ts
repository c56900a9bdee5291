import { sampleCreditCode, sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { type ApiHarness, type Caller, admin, staff } from './api-harness';
import { FOOD_LICENCE_CHECK, checkItemBody, enforcementCertificate } from './task-fixtures';

/** The departments of the console's after-the-draw scenarios: the lead, and that of another region. */
export const LEAD = { id: 'scjg', name: '市场监管局', regionCode: '320102' };
export const ELSEWHERE = { id: 'scjg-lh', name: '六合区市场监管局', regionCode: '320116' };

export const operatorOf = (d: string): Caller => ({
  ...staff(d, ['operator'], `op-${d}`),
  name: `${d}经办人`,
});
export const headOf = (d: string): Caller => ({ ...staff(d, ['head'], `head-${d}`), name: `${d}负责人` });

/** Answers 2xx or throws, naming the refusal. */
export async function ok<T = Record<string, unknown>>(
  api: ApiHarness,
  method: string,
  path: string,
  as: Caller,
  body?: unknown,
): Promise<T> {
  const answer = await api.call<T>(method, path, { as, body });
  if (answer.status >= 300)
    throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export interface LockedTask {
  taskId: string;
  itemId: string;
  /** The entities drawn, with their names. */
  entities: { id: string; name: string }[];
  /** An inspector of each entity's team, acting as itself. */
  inspectorOf: (entityId: string) => Caller;
}

/**
 * On the api's simulated clock at `day` (10:00 in Beijing): both departments with an item and two
 * certified inspectors each, `count` entities of the lead's region, and a task of the lead alone
 * over them, drawn, teamed and locked (announced), its window `day` to `to`.
 */
export async function lockedTask(api: ApiHarness, day: string, to: string, count = 2): Promise<LockedTask> {
  await ok(api, 'PUT', '/api/admin/clock', admin, { now: `${day}T02:00:00.000Z` });
  const items: Record<string, string> = {};
  for (const [n, d] of [LEAD, ELSEWHERE].entries()) {
    await ok(api, 'POST', '/api/departments', admin, d);
    items[d.id] = (
      await ok<{ id: string }>(
        api,
        'POST',
        '/api/check-items',
        operatorOf(d.id),
        checkItemBody(d.id, '食品经营许可情况检查', FOOD_LICENCE_CHECK),
      )
    ).id;
    for (let i = 0; i < 2; i += 1) {
      await ok(api, 'POST', '/api/inspectors', operatorOf(d.id), {
        departmentId: d.id,
        name: `${d.name}检查员${i + 1}`,
        idCardNumber: sampleIdCardNumber(200 + n * 10 + i),
        category: 'certified',
        ...enforcementCertificate(),
        regionCode: d.regionCode,
      });
    }
  }
  const names = new Map<string, string>();
  for (let n = 0; n < count; n += 1) {
    const name = `南京公示测试餐饮公司${n + 1}`;
    const { id } = await ok<{ id: string }>(api, 'POST', '/api/entities', operatorOf(LEAD.id), {
      code: sampleCreditCode(900 + n),
      name,
      kind: 'enterprise',
      address: '江苏省南京市玄武区示例路5号',
      regionCode: LEAD.regionCode,
      industryCode: 'H6210',
      creditRisk: 'B',
    });
    names.set(id, name);
  }
  const lead = operatorOf(LEAD.id);
  const { id: taskId } = await ok<{ id: string }>(api, 'POST', '/api/tasks', lead, {
    name: '食品经营许可专项抽查',
    adhocReason: '群众投诉集中',
    itemIds: [items[LEAD.id]],
    participants: [],
    criteria: { regionCodes: [LEAD.regionCode] },
    sampling: { count },
    window: { from: day, to },
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
    itemId: items[LEAD.id],
    entities: entityIds.map((id) => ({ id, name: names.get(id) ?? id })),
    inspectorOf: (entityId) => ({
      sub: teams[entityId].members[0].inspectorId,
      department: LEAD.id,
      roles: ['inspector'],
      name: '检查员',
    }),
  };
}

/** The lead's result for an entity, entered by its team's inspector (on site, nothing found). */
export async function enterResult(api: ApiHarness, task: LockedTask, entityId: string, inspectedOn: string) {
  await ok(api, 'POST', `/api/tasks/${task.taskId}/results`, task.inspectorOf(entityId), {
    entityId,
    category: 'no_issue_found',
    method: 'onsite',
    itemFindings: [{ itemId: task.itemId, finding: '未发现问题', compliant: true }],
    inspectedOn,
  });
}
