import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { ApiHarness, staff } from './support/api-harness';
import { creditCode, initiateTask, leadOperator, setUpDepartments } from './support/task-fixtures';

/*
 * Two api instances on one store (ADR 0044): draws of different tasks made at the same moment on
 * both never take an entity past the yearly cap, and every draw verifies. The pool is as large as
 * the draws together: only the cap keeps two draws from taking the same entity.
 */
const ENTITIES = 12;
const ROUNDS = ENTITIES / 2;
const env = { DRAW_YEARLY_CAP: '1' };

describe('draws on two api instances, one store', () => {
  const first = new ApiHarness();
  const second = new ApiHarness();
  let items: Record<string, string>;

  beforeAll(async () => {
    await first.start(env);
    await second.startOn(first.dir, env);
    items = await setUpDepartments(first);
    for (let n = 0; n < ENTITIES; n += 1) {
      const entityId = creditCode(n);
      await first.stores.events.appendToStream(
        `entity-${entityId}`,
        [
          {
            type: 'EntityRegistered',
            data: {
              entityId,
              code: entityId,
              name: `企业${n}`,
              kind: 'enterprise',
              address: '南京',
              regionCode: '320102',
              industryCode: 'H6210',
              tags: [],
              creditRisk: 'A',
              abnormalList: false,
              seriousViolationList: false,
              complaintsThisYear: 0,
            },
            metadata: testMetadata(),
          },
        ],
        { expectedRevision: 'no_stream' },
      );
    }
  });
  afterAll(async () => {
    await second.app.close();
    await first.stop();
  });

  it('never draws an entity past the cap, and every draw verifies', async () => {
    const drawn: string[] = [];
    const taskIds: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const tasks = [
        await initiateTask(first, items, { sampling: { count: 1 } }),
        await initiateTask(first, items, { sampling: { count: 1 } }),
      ];
      const answers = await Promise.all(
        [first, second].map((api, i) =>
          api.call<{ entityIds: string[] }>('POST', `/api/tasks/${tasks[i]}/draws/entities`, {
            as: leadOperator,
            body: {},
          }),
        ),
      );
      for (const answer of answers) {
        expect(answer).toMatchObject({ status: 201 });
        drawn.push(...answer.body.entityIds);
      }
      taskIds.push(...tasks);
    }
    // Cap 1: each of the pool's entities is drawn once, by one draw.
    expect(drawn).toHaveLength(ENTITIES);
    expect(new Set(drawn).size).toBe(ENTITIES);
    for (const [i, taskId] of taskIds.entries()) {
      const api = i % 2 === 0 ? first : second;
      const verify = await api.call('GET', `/api/tasks/${taskId}/draws/verify`, {
        as: staff('xf', ['auditor']),
      });
      expect(verify.body).toMatchObject({ verified: true, mismatches: [] });
    }
    // The pool is spent: a further draw finds every entity at the cap.
    const more = await initiateTask(first, items, { sampling: { count: 1 } });
    const refused = await second.call('POST', `/api/tasks/${more}/draws/entities`, {
      as: leadOperator,
      body: {},
    });
    expect(refused).toMatchObject({ status: 409, body: { code: 'DRAW_POOL_EMPTY' } });
  });
});
