import type { RecordedEvent } from '@app/event-store';
import type { Stores } from '@app/runtime';
import { type Answer, ApiHarness, type Caller, staff } from './api-harness';
import { expectChainsHold } from './multi-instance-log';
import { type DrawnTask, drawnAndLockedTask, resultBody } from './multi-instance-locked-task';

interface Suite {
  bases: string[];
  stores: Stores;
  items: Record<string, string>;
}

const head: Caller = staff('scjg', ['head'], 'head-scjg');

/**
 * Commands on one locked task sent to both api instances at once (issue 21): results for different
 * entities, the same result twice, the same publication twice. Each is applied once, or refused
 * 409 with the rule's code; the task's stream holds exactly what was acknowledged. Registered in
 * multi-instance.e2e-spec.ts, on its processes.
 */
export function taskCommandsOnTwoInstances(suite: () => Suite): void {
  describe('commands on one locked task', taskCommands(suite));
}

const taskCommands = (suite: () => Suite) => (): void => {
  let task: DrawnTask;
  const on = (base: string) => Object.assign(new ApiHarness(), { base });
  const enter = (base: string, entityId: string, key?: string) =>
    on(base).call('POST', `/api/tasks/${task.taskId}/results`, {
      as: task.inspectorOf(entityId),
      body: resultBody(task, entityId),
      headers: key ? { 'idempotency-key': key } : {},
    });
  const publish = (base: string, entityId: string) =>
    on(base).call('POST', `/api/tasks/${task.taskId}/publications`, { as: head, body: { entityId } });
  /** The task's events of `type`, in log order. */
  async function logged(type: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of suite().stores.auditLog.readStream(`inspectionTask-${task.taskId}`))
      if (event.type === type) events.push(event);
    return events;
  }
  const entitiesOf = (events: RecordedEvent[]) => events.map((e) => e.data.entityId as string).sort();
  /** Answers of the pairs sent to both instances at once, each pair's statuses in order. */
  const statuses = (pairs: Answer[][]) => pairs.map((pair) => pair.map((a) => a.status).sort());

  /** Entities 0–7: results of different entities; 8–12: the same result twice; 13–17: without a key. */
  const share = (from: number, to: number) => task.entityIds.slice(from, to);

  beforeAll(async () => {
    const { bases, items } = suite();
    task = await drawnAndLockedTask(on(bases[0]), items.scjg, 18, 700);
  }, 180_000);

  it('applies results for different entities of one task, entered at once on both instances, each once', async () => {
    const { bases } = suite();
    const entities = share(0, 8);
    const answers = await Promise.all(entities.map((id, n) => enter(bases[n % 2], id)));
    expect(answers.map((a) => a.status)).toEqual(entities.map(() => 201));
    const entered = await logged('ResultEntered');
    expect(entitiesOf(entered)).toEqual([...entities].sort());
    expect(entered.map((e) => e.data.entry)).toEqual(entities.map(() => 1));
    // The task is folded from the log on each read: entered on A, B shows it at once.
    const onB = (await on(bases[1]).call('GET', `/api/tasks/${task.taskId}`, { as: head })).body as {
      entered: Record<string, unknown>;
    };
    for (const id of entities) expect(onB.entered[`${id}|scjg`]).toBeDefined();
  }, 180_000);

  it('applies the same result sent to both instances at once with one Idempotency-Key once', async () => {
    const { bases } = suite();
    const entities = share(8, 13);
    const pairs = await Promise.all(
      entities.map((id) => Promise.all(bases.map((base) => enter(base, id, `multi-result-${id}`)))),
    );
    // One runs; the other is its replay (201, Idempotency-Replayed) or meets it running (409).
    for (const pair of pairs) {
      expect(pair.filter((a) => a.status === 201 && !a.headers.get('idempotency-replayed'))).toHaveLength(1);
      const other = pair.find((a) => a.status !== 201 || a.headers.get('idempotency-replayed'))!;
      if (other.status === 409) expect((other.body as { code: string }).code).toBe('IDEMPOTENCY_KEY_IN_USE');
      else expect([other.status, other.headers.get('idempotency-replayed')]).toEqual([201, 'true']);
    }
    const entered = (await logged('ResultEntered')).filter((e) =>
      entities.includes(e.data.entityId as string),
    );
    expect(entitiesOf(entered)).toEqual([...entities].sort());
  }, 180_000);

  it('applies the same result sent to both instances at once without a key twice, as entries 1 and 2', async () => {
    // Re-entry before publication is an amendment (docs/api.md): both are applied, one after the
    // other, never both as the same entry (a lost update).
    const { bases } = suite();
    const entities = share(13, 18);
    const pairs = await Promise.all(entities.map((id) => Promise.all(bases.map((base) => enter(base, id)))));
    expect(statuses(pairs)).toEqual(entities.map(() => [201, 201]));
    const entered = (await logged('ResultEntered')).filter((e) =>
      entities.includes(e.data.entityId as string),
    );
    for (const id of entities)
      expect(entered.filter((e) => e.data.entityId === id).map((e) => e.data.entry)).toEqual([1, 2]);
  }, 180_000);

  it('publishes a result published on both instances at once once, the other refused 409 RESULT_ALREADY_PUBLISHED', async () => {
    const { bases } = suite();
    const entities = share(0, 8);
    const pairs = await Promise.all(
      entities.map((id) => Promise.all(bases.map((base) => publish(base, id)))),
    );
    expect(statuses(pairs)).toEqual(entities.map(() => [201, 409]));
    for (const pair of pairs)
      expect((pair.find((a) => a.status === 409)!.body as { code: string }).code).toBe(
        'RESULT_ALREADY_PUBLISHED',
      );
    expect(entitiesOf(await logged('ResultPublished'))).toEqual([...entities].sort());
    // A published result changes only through a correction: a re-entry on either is refused.
    for (const base of bases) expect([(await enter(base, entities[0])).status]).toEqual([409]);
    // The task's stream, appended to from both processes at once, is one unbroken chain.
    await expectChainsHold(suite().stores.auditLog);
  }, 180_000);
};
