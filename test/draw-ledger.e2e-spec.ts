import { describePostgres } from '@app/event-store/testing/postgres-test-database';
import { DrawLedger } from '../apps/api/src/draws/draw-ledger';
import { EntityDrawRecorder } from '../apps/api/src/draws/entity-draw-recorder';
import { ApiHarness, staff } from './support/api-harness';
import { drawOn, ledgerElsewhere, ledgerMismatch, register } from './support/draw-ledger-fixtures';
import { creditCode, initiateTask, leadOperator, setUpDepartments } from './support/task-fixtures';

/*
 * Two api instances on one store (ADR 0044): draws of different tasks made at the same moment on
 * both never take an entity past the yearly cap, and every draw verifies. Cap 1, and before each
 * round one new entity: the only one not at the cap. Both draws want it; only the cap (and so
 * the ledger) keeps the second from taking it too (without the ledger both take it: checked).
 */
const ROUNDS = 8;

drawLedgerSuite('draws on two api instances, one embedded store (SQLite)', 'embedded-sqlite', () => ({}));
describePostgres('draws on two api instances, one PostgreSQL database', (database) =>
  drawLedgerSuite('both on DATABASE_URL', 'postgresql', () => ({ DATABASE_URL: database().url })),
);

/** The suite on the store `store()` selects (no setting: the embedded one in the harness's directory). */
function drawLedgerSuite(title: string, kind: string, store: () => Record<string, string>): void {
  describe(title, () => {
    const first = new ApiHarness();
    const second = new ApiHarness();
    let items: Record<string, string>;

    beforeAll(async () => {
      const env = { DRAW_YEARLY_CAP: '1', ...store() };
      await first.start(env);
      // The first also projects (as apps/projector would); the second only reads the read models.
      await second.startOn(first.dir, { ...env, RUN_PROJECTIONS: 'false' });
      items = await setUpDepartments(first);
    });
    afterAll(async () => {
      await second.app.close();
      await first.stop();
    });

    it('runs both instances on the one store', async () => {
      for (const api of [first, second]) expect(await api.stores.events.status()).toMatchObject({ kind });
    });

    it('never draws an entity past the cap, and every draw verifies', async () => {
      const drawn: string[] = [];
      const taskIds: string[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        await register(first, round);
        const tasks = [
          await initiateTask(first, items, { sampling: { count: 1 } }),
          await initiateTask(first, items, { sampling: { count: 1 } }),
        ];
        const answers = await Promise.all(
          [first, second].map((api, i) =>
            api.call<{ entityIds: string[]; code?: string }>(
              'POST',
              `/api/tasks/${tasks[i]}/draws/entities`,
              {
                as: leadOperator,
                body: {},
              },
            ),
          ),
        );
        // One draw takes the round's entity; the other finds the pool at the cap.
        expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
        for (const [i, answer] of answers.entries()) {
          if (answer.status === 201) {
            drawn.push(...answer.body.entityIds);
            taskIds.push(tasks[i]);
          } else {
            expect(answer.body).toMatchObject({ code: 'DRAW_POOL_EMPTY' });
          }
        }
      }
      expect(drawn).toEqual(Array.from({ length: ROUNDS }, (_, n) => creditCode(n)));
      for (const [i, taskId] of taskIds.entries()) {
        const api = i % 2 === 0 ? first : second;
        const verify = await api.call('GET', `/api/tasks/${taskId}/draws/verify`, {
          as: staff('xf', ['auditor']),
        });
        expect(verify.body).toMatchObject({ verified: true, mismatches: [] });
      }
      // ROUNDS rounds of four commands and two draws: a minute or more on a loaded machine.
    }, 180_000);

    const verified = async (taskId: string) =>
      (await first.call('GET', `/api/tasks/${taskId}/draws/verify`, { as: staff('xf', ['auditor']) })).body;

    it('a draw computed while another instance ledgered one is computed again (DRAW_LEDGER_MOVED)', async () => {
      await register(first, 100);
      const [late, early] = [
        await initiateTask(first, items, { sampling: { count: 1 } }),
        await initiateTask(first, items, { sampling: { count: 1 } }),
      ];
      // The first instance has computed its draw (the one entity not at the cap); before it ledgers
      // it, the second instance draws another task in full.
      const ledger = first.app.get(DrawLedger);
      const append = ledger.append.bind(ledger);
      let meanwhile: Awaited<ReturnType<typeof drawOn>> | undefined;
      const spy = jest.spyOn(ledger, 'append').mockImplementation(async (...args) => {
        meanwhile ??= await drawOn(second, early);
        return append(...args);
      });
      try {
        const answer = await drawOn(first, late);
        expect(meanwhile).toMatchObject({ status: 201, body: { entityIds: [creditCode(100)] } });
        // Computed again against a pool that now holds the other draw: the entity is at the cap.
        expect(answer).toMatchObject({ status: 409, body: { code: 'DRAW_POOL_EMPTY' } });
        // Its ledger entry was refused; the draw computed again ended before ledgering anything.
        expect(spy).toHaveBeenCalledTimes(1);
        expect((await ledger.head()).last?.entry.taskId).toBe(early);
      } finally {
        spy.mockRestore();
      }
      expect(await verified(early)).toMatchObject({ verified: true });
    });

    it('a draw on the other instance while a draw is being recorded counts it: never both take the entity', async () => {
      await register(first, 103);
      const [recording, other] = [
        await initiateTask(first, items, { sampling: { count: 1 } }),
        await initiateTask(first, items, { sampling: { count: 1 } }),
      ];
      // The first instance has computed its draw; before its task records it, the second draws.
      const recorder = first.app.get(EntityDrawRecorder);
      const record = recorder.record.bind(recorder);
      let meanwhile: Awaited<ReturnType<typeof drawOn>> | undefined;
      const spy = jest.spyOn(recorder, 'record').mockImplementation(async (...args) => {
        meanwhile ??= await drawOn(second, other);
        return record(...args);
      });
      try {
        const answer = await drawOn(first, recording);
        expect(answer).toMatchObject({ status: 201, body: { entityIds: [creditCode(103)] } });
        expect(meanwhile).toMatchObject({ status: 409, body: { code: 'DRAW_POOL_EMPTY' } });
      } finally {
        spy.mockRestore();
      }
      expect(await verified(recording)).toMatchObject({ verified: true, mismatches: [] });
    });

    it('a draw ledgered by a request that stopped before its task recorded it is finished by the next draw', async () => {
      await register(first, 101);
      const [stopped, next] = [
        await initiateTask(first, items, { sampling: { count: 1 } }),
        await initiateTask(first, items, { sampling: { count: 1 } }),
      ];
      // The first instance ledgers its draw and stops before its task records it.
      const recorder = first.app.get(EntityDrawRecorder);
      const spy = jest.spyOn(recorder, 'record').mockRejectedValueOnce(new Error('process killed'));
      try {
        expect(await drawOn(first, stopped)).toMatchObject({ status: 500 });
      } finally {
        spy.mockRestore();
      }
      // The next draw, on the other instance, records it first, and so finds its entity at the cap.
      expect(await drawOn(second, next)).toMatchObject({ status: 409, body: { code: 'DRAW_POOL_EMPTY' } });
      const task = await first.call<{ entityIds: string[] }>('GET', `/api/tasks/${stopped}`, {
        as: leadOperator,
      });
      expect(task.body.entityIds).toEqual([creditCode(101)]);
      expect(await verified(stopped)).toMatchObject({ verified: true, mismatches: [] });
      expect(await drawOn(first, stopped)).toMatchObject({
        status: 409,
        body: { code: 'ENTITIES_ALREADY_DRAWN' },
      });
    });

    it("a draw ledgered by a request that stopped is resumed by the task's next draw request", async () => {
      await register(first, 102);
      const stopped = await initiateTask(first, items, { sampling: { count: 1 } });
      const spy = jest
        .spyOn(first.app.get(EntityDrawRecorder), 'record')
        .mockRejectedValueOnce(new Error('process killed'));
      try {
        expect(await drawOn(first, stopped)).toMatchObject({ status: 500 });
      } finally {
        spy.mockRestore();
      }
      expect(await drawOn(second, stopped)).toMatchObject({
        status: 201,
        body: { entityIds: [creditCode(102)] },
      });
      expect(await verified(stopped)).toMatchObject({ verified: true, mismatches: [] });
    });

    it('a draw that loses the ledger to other draws 5 times is refused: 409 DRAW_LEDGER_MOVED', async () => {
      await register(first, 104);
      const taskId = await initiateTask(first, items, { sampling: { count: 1 } });
      const ledger = first.app.get(DrawLedger);
      const append = ledger.append.bind(ledger);
      let others = 0;
      const spy = jest.spyOn(ledger, 'append').mockImplementation(async (...args) => {
        others += 1;
        await ledgerElsewhere(first, others);
        return append(...args);
      });
      try {
        expect(await drawOn(first, taskId)).toMatchObject({
          status: 409,
          body: { code: 'DRAW_LEDGER_MOVED' },
        });
        expect(others).toBe(5);
      } finally {
        spy.mockRestore();
      }
      // Nothing was drawn; the next attempt draws.
      expect(await drawOn(first, taskId)).toMatchObject({
        status: 201,
        body: { entityIds: [creditCode(104)] },
      });
    });

    // Last: from here on every draw of this store stops on the entry (test/draw-ledger-voids.e2e-spec.ts clears it).
    it('a ledgered draw that does not recompute stops the next draw: 500 DRAW_LEDGER_MISMATCH', async () => {
      await register(first, 105);
      const [ledgered, next] = [
        await initiateTask(first, items, { sampling: { count: 1 } }),
        await initiateTask(first, items, { sampling: { count: 1 } }),
      ];
      await ledgerMismatch(first, ledgered);
      expect(await drawOn(second, next)).toMatchObject({
        status: 500,
        body: { code: 'DRAW_LEDGER_MISMATCH' },
      });
    });
  });
}
