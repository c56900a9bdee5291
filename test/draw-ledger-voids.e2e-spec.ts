import type { DrawLedgerEntryView, Page } from '@app/contract';
import { EntityDrawRecorder } from '../apps/api/src/draws/entity-draw-recorder';
import { ApiHarness, admin, staff } from './support/api-harness';
import { drawOn, ledgerMismatch, register } from './support/draw-ledger-fixtures';
import { creditCode, initiateTask, leadOperator, setUpDepartments } from './support/task-fixtures';

/*
 * Voiding the draw ledger entry that stops every draw (ADR 44): only an administrator, only the
 * last entry, only when it does not recompute and its task did not record it. Two api instances
 * on one embedded store; the cap is 1 and each test registers the entities it draws.
 */
describe('voiding a draw ledger entry that does not recompute (two api instances, SQLite)', () => {
  const first = new ApiHarness();
  const second = new ApiHarness();
  const auditor = staff('xf', ['auditor']);
  let items: Record<string, string>;

  beforeAll(async () => {
    await first.start({ DRAW_YEARLY_CAP: '1' });
    await second.startOn(first.dir, { DRAW_YEARLY_CAP: '1', RUN_PROJECTIONS: 'false' });
    items = await setUpDepartments(first);
  });
  afterAll(async () => {
    await second.app.close();
    await first.stop();
  });

  const task = () => initiateTask(first, items, { sampling: { count: 1 } });
  const voidEntry = (body: Record<string, unknown>, as = admin) =>
    first.call<Record<string, unknown>>('POST', '/api/draw-ledger/voids', { as, body });
  const ledger = async (query = '') =>
    (await first.call<Page<DrawLedgerEntryView>>('GET', `/api/draw-ledger${query}`, { as: auditor })).body;
  const verified = async (taskId: string) =>
    (await first.call('GET', `/api/tasks/${taskId}/draws/verify`, { as: auditor })).body;
  const reason = '种子保管记录损坏，经核查该登记无法重算';

  it('refuses to void an entry that recomputes (its next draw records it): 409 DRAW_LEDGER_ENTRY_RECOMPUTES', async () => {
    await register(first, 200);
    const stopped = await task();
    const spy = jest
      .spyOn(first.app.get(EntityDrawRecorder), 'record')
      .mockRejectedValueOnce(new Error('process killed'));
    try {
      expect(await drawOn(first, stopped)).toMatchObject({ status: 500 });
    } finally {
      spy.mockRestore();
    }
    const [pending] = (await ledger()).items;
    expect(pending).toMatchObject({ taskId: stopped, state: 'pending' });
    expect(await voidEntry({ sequence: pending.sequence, reason })).toMatchObject({
      status: 409,
      body: { code: 'DRAW_LEDGER_ENTRY_RECOMPUTES' },
    });
    // Not voided: the next draw records it, and its entity is then at the cap.
    expect(await drawOn(second, await task())).toMatchObject({
      status: 409,
      body: { code: 'DRAW_POOL_EMPTY' },
    });
    expect((await ledger()).items[0]).toMatchObject({ sequence: pending.sequence, state: 'recorded' });
    expect(await verified(stopped)).toMatchObject({ verified: true });
  });

  it('refuses to void an entry its task recorded, or one that is not the last', async () => {
    await register(first, 201);
    const [earlier, later] = [await task(), await task()];
    expect(await drawOn(first, earlier)).toMatchObject({ status: 201 });
    const [recorded] = (await ledger()).items;
    expect(recorded).toMatchObject({ taskId: earlier, state: 'recorded' });
    expect(await voidEntry({ sequence: recorded.sequence, reason })).toMatchObject({
      status: 409,
      body: { code: 'DRAW_LEDGER_ENTRY_RECORDED' },
    });
    await register(first, 202);
    expect(await drawOn(second, later)).toMatchObject({ status: 201 });
    expect(await voidEntry({ sequence: recorded.sequence, reason })).toMatchObject({
      status: 409,
      body: { code: 'DRAW_LEDGER_ENTRY_NOT_LAST' },
    });
    expect(await voidEntry({ taskId: earlier, drawId: 'AAAA', reason })).toMatchObject({
      status: 409,
      body: { code: 'DRAW_LEDGER_ENTRY_NOT_LAST' },
    });
    expect(await voidEntry({ sequence: 1_000_000, reason })).toMatchObject({
      status: 404,
      body: { code: 'DRAW_LEDGER_ENTRY_NOT_FOUND' },
    });
  });

  it('pages the ledger newest first, each entry once', async () => {
    const all = (await ledger('?limit=100')).items;
    const paged: DrawLedgerEntryView[] = [];
    let cursor: string | undefined;
    do {
      const page = await ledger(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    expect(all.map((e) => e.sequence)).toEqual([...all.map((e) => e.sequence)].sort((a, b) => b - a));
    expect((await first.call('GET', '/api/draw-ledger?limit=101', { as: auditor })).body).toMatchObject({
      details: [{ field: 'limit' }],
    });
    expect(await first.call('GET', '/api/draw-ledger', { as: leadOperator })).toMatchObject({ status: 403 });
  });

  it('a mismatch stops draws (500); an administrator voids it; draws go on, its task draws again', async () => {
    await register(first, 203);
    const [stuck, next] = [await task(), await task()];
    await ledgerMismatch(first, stuck);
    expect(await drawOn(second, next)).toMatchObject({ status: 500, body: { code: 'DRAW_LEDGER_MISMATCH' } });
    const [pending] = (await ledger()).items;
    expect(pending).toMatchObject({ taskId: stuck, state: 'pending' });

    // Only an administrator voids, and only with a reason and a named entry.
    for (const who of [leadOperator, staff('jjjc', ['supervisor']), auditor]) {
      expect(await voidEntry({ sequence: pending.sequence, reason }, who)).toMatchObject({
        status: 403,
        body: { code: 'ROLE_NOT_ALLOWED' },
      });
    }
    const invalid: [Record<string, unknown>, string][] = [
      [{ sequence: pending.sequence, reason: '   ' }, 'reason'],
      [{ sequence: pending.sequence }, 'reason'],
      [{ sequence: pending.sequence, reason: '因'.repeat(1001) }, 'reason'],
      [{ sequence: -1, reason }, 'sequence'],
      [{ sequence: 'last', reason }, 'sequence'],
      [{ taskId: stuck, reason }, 'drawId'],
      [{ drawId: pending.drawId, reason }, 'taskId'],
    ];
    for (const [body, field] of invalid) {
      const answer = await voidEntry(body);
      expect(answer).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
      expect(answer.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }

    const voided = await voidEntry({ taskId: stuck, drawId: pending.drawId, reason: `  ${reason}\n` });
    expect(voided).toMatchObject({
      status: 201,
      body: { sequence: pending.sequence, taskId: stuck, reason },
    });
    expect(voided.body.recomputedDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(await voidEntry({ sequence: pending.sequence, reason })).toMatchObject({
      status: 409,
      body: { code: 'DRAW_LEDGER_ENTRY_VOID' },
    });

    // Draws go on, on the other instance too, and verify.
    const drawn = await drawOn(second, next);
    expect(drawn).toMatchObject({ status: 201, body: { entityIds: [creditCode(203)] } });
    expect(await verified(next)).toMatchObject({ verified: true, mismatches: [] });
    // The voided entry's task drew nothing: it draws again, a new entry verifiable as any.
    await register(first, 204);
    expect(await drawOn(first, stuck)).toMatchObject({ status: 201, body: { entityIds: [creditCode(204)] } });
    expect(await verified(stuck)).toMatchObject({ verified: true, mismatches: [] });
    const [again, ofNext, old] = (await ledger()).items;
    expect(again).toMatchObject({ taskId: stuck, state: 'recorded' });
    expect(ofNext).toMatchObject({ taskId: next, state: 'recorded' });
    expect(old).toMatchObject({
      sequence: pending.sequence,
      state: 'void',
      voided: { reason, actorId: admin.sub, recomputedDigest: voided.body.recomputedDigest },
    });

    // The void is an act of the log: auditors see who voided which task's draw, and why.
    const acts = await first.call<{ items: { act: string; actorId: string; reason?: string }[] }>(
      'GET',
      `/api/accountability?taskId=${stuck}`,
      { as: auditor },
    );
    expect(acts.body.items.filter((row) => row.act === 'DrawLedgerEntryVoided')).toEqual([
      expect.objectContaining({ actorId: admin.sub, reason }),
    ]);
  });
});
