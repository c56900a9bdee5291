import { idCardCheckCharacter } from '@app/domain';
import { ApiHarness, type Caller, type ErrorAnswer, staff } from './support/api-harness';
import {
  beijingToday,
  creditCode,
  initiateTask,
  leadOperator,
  setUpDepartments,
  enforcementCertificate,
} from './support/task-fixtures';

/**
 * "In the team" is decided by the inspector the actor is (`inspectorIdOf`): a signed-in user's
 * linked inspector, or the subject of a service token minted for the inspector. This covers the
 * service token, as before accounts; the signed-in user is covered with sign-in.
 */
describe('team rules through the inspector the actor is: service tokens for an inspector', () => {
  const api = new ApiHarness();
  const entityId = creditCode(1);
  const inspectors: string[] = [];
  const inspectorToken = (id: string): Caller => ({ sub: id, department: 'scjg', roles: ['inspector'] });
  let items: Record<string, string> = {};
  let taskId = '';
  let member = '';
  let outsider = '';

  const ok = async <T = Record<string, unknown>>(
    method: string,
    path: string,
    as: Caller,
    body?: unknown,
  ) => {
    const answer = await api.call<T>(method, path, { as, body });
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const result = () => ({
    entityId,
    category: 'no_issue_found',
    method: 'onsite',
    itemFindings: [{ itemId: items.scjg, finding: '合格', compliant: true }],
    inspectedOn: beijingToday(),
  });

  beforeAll(async () => {
    await api.start();
    items = await setUpDepartments(api);
    for (const [d, n] of [
      ['scjg', 0],
      ['scjg', 1],
      ['xf', 0],
    ] as const) {
      const first17 = `3201021985041${d === 'scjg' ? 0 : 1}${n}11`;
      const person = await ok<{ id: string }>('POST', '/api/inspectors', staff(d, ['operator']), {
        departmentId: d,
        name: `${d}检查员${n}`,
        idCardNumber: first17 + idCardCheckCharacter(first17),
        category: 'certified',
        ...enforcementCertificate(),
        regionCode: '320102',
      });
      if (d === 'scjg') inspectors.push(person.id);
    }
    await ok('POST', '/api/entities', leadOperator, {
      code: entityId,
      name: '南京某公司',
      kind: 'enterprise',
      address: '南京',
      regionCode: '320102',
      industryCode: 'H6210',
      creditRisk: 'B',
    });
    taskId = await initiateTask(api, items, {
      criteria: { regionCodes: ['320102'] },
      sampling: { count: 1 },
    });
    await ok('POST', `/api/tasks/${taskId}/responses`, staff('xf', ['operator']), {
      accepted: true,
      itemIds: [items.xf],
    });
    await ok('POST', `/api/tasks/${taskId}/draws/entities`, leadOperator, {});
    // One of scjg's two inspectors is drawn, the other stays outside the team.
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, leadOperator, { perEntity: 1 });
    await ok('POST', `/api/tasks/${taskId}/draws/inspectors`, staff('xf', ['operator']), {});
    const locked = await ok<{
      teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
    }>('POST', `/api/tasks/${taskId}/lock`, leadOperator);
    const scjgMembers = locked.teams[entityId].members.filter((m) => m.departmentId === 'scjg');
    member = scjgMembers[0].inspectorId;
    outsider = inspectors.find((id) => !scjgMembers.some((m) => m.inspectorId === id)) ?? '';
  });

  afterAll(() => api.stop());

  it('the inspector drawn into the team enters the result; the event names the inspector', async () => {
    const answer = await api.call('POST', `/api/tasks/${taskId}/results`, {
      as: inspectorToken(member),
      body: result(),
    });
    expect(answer.status).toBe(201);
    const entered = (await api.streamEvents(`inspectionTask-${taskId}`)).find(
      (e) => e.type === 'ResultEntered',
    )!;
    expect(entered.data).toMatchObject({ inspectorId: member, departmentId: 'scjg' });
    expect(entered.metadata.actorId).toBe(member);
  });

  it("an inspector of the department who is not in the entity's team is refused: 403 NOT_IN_TEAM", async () => {
    expect(outsider).not.toBe('');
    const answer = await api.call<ErrorAnswer>('POST', `/api/tasks/${taskId}/results`, {
      as: inspectorToken(outsider),
      body: result(),
    });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('NOT_IN_TEAM');
  });

  it('an inspector declares their own conflict of interest, and no one else’s', async () => {
    const own = await api.call('POST', `/api/inspectors/${outsider}/conflicts`, {
      as: inspectorToken(outsider),
      body: { entityId: creditCode(1), reason: '亲属任职' },
    });
    expect(own.status).toBe(201);
    const other = await api.call<ErrorAnswer>('POST', `/api/inspectors/${member}/conflicts`, {
      as: inspectorToken(outsider),
      body: { entityId: creditCode(1), reason: '亲属任职' },
    });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('NOT_YOUR_DECLARATION');
  });
});
