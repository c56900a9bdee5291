import { sampleCreditCode, sampleIdCardNumber } from '../../libs/domain/src/testing/sample-codes';
import type { Entry } from './result-entries';

type Call = <T>(method: string, path: string, as: string, body?: unknown) => Promise<T>;

/**
 * Sets up over HTTP a directory of entities, inspectors, and locked tasks drawn from it; returns each
 * drawn entity with a token of an inspector of its team.
 */
export async function setUp(
  call: Call,
  operator: string,
  inspectorToken: (inspectorId: string) => string,
  size: { entities: number; inspectors: number; tasks: number; today: string },
  itemId: string,
): Promise<Entry[]> {
  const { today } = size;
  for (let n = 0; n < size.entities; n += 1) {
    await call('POST', '/api/entities', operator, {
      code: sampleCreditCode(n),
      name: `企业${n}`,
      kind: 'enterprise',
      address: '江苏省南京市',
      regionCode: '320102',
      industryCode: 'F5100',
      creditRisk: 'ABCD'[n % 4],
    });
  }
  for (let n = 0; n < size.inspectors; n += 1) {
    await call('POST', '/api/inspectors', operator, {
      departmentId: 'scjg',
      name: `检查员${n}`,
      idCardNumber: sampleIdCardNumber(n),
      category: 'certified',
      certificateNo: `ZF${String(n).padStart(6, '0')}`,
      enforcementValidUntil: '2099-12-31',
      regionCode: '320102',
    });
  }
  const entries: Entry[] = [];
  for (let t = 0; t < size.tasks; t += 1) {
    const { id } = await call<{ id: string }>('POST', '/api/tasks', operator, {
      adhocReason: '压力测试',
      name: `任务${t}`,
      participants: [],
      itemIds: [itemId],
      criteria: {},
      sampling: { count: Math.floor(size.entities / size.tasks) },
      window: { from: today, to: today },
    });
    await call('POST', `/api/tasks/${id}/draws/entities`, operator, {});
    await call('POST', `/api/tasks/${id}/draws/inspectors`, operator, {});
    await call('POST', `/api/tasks/${id}/lock`, operator, {});
    const task = await call<{ teams: Record<string, { members: { inspectorId: string }[] }> }>(
      'GET',
      `/api/tasks/${id}`,
      operator,
    );
    for (const [entityId, team] of Object.entries(task.teams)) {
      const inspectorId = team.members[0].inspectorId;
      entries.push({ taskId: id, entityId, token: inspectorToken(inspectorId) });
    }
  }
  return entries;
}
