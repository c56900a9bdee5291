import { METADATA } from './support/feed-events';
import { ApiHarness } from './support/api-harness';

/** A published result of task `taskId` as the log holds it (with what the public must not see). */
function published(taskId: string, entityId: string) {
  return {
    metadata: METADATA,
    type: 'ResultPublished',
    data: {
      taskId,
      entityId,
      departmentId: 'scjg',
      result: {
        category: 'compliant',
        inspectedOn: '2026-05-01',
        itemFindings: [{ itemId: 'item-1', compliant: true, findings: '秘密的检查记录' }],
        inspectorNotes: 'personal',
      },
      publishedOn: '2026-05-10',
      due: '2026-05-20',
      late: false,
    },
  };
}

describe('GET /api/feeds/public (the pull feed)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await new ApiHarness().start({ PUBLIC_RATE_LIMIT_PER_MINUTE: '100000' });
  });
  afterAll(() => api.stop());

  it('pages over the log: each item once, in log order, redacted as the public pages are', async () => {
    const start = await api.head();
    for (let task = 0; task < 5; task += 1) {
      await api.stores.events.appendToStream(
        `inspectionTask-feed-${task}`,
        Array.from({ length: 12 }, (_, i) => published(`feed-${task}`, `e-${task}-${i}`)),
        { expectedRevision: 'any' },
      );
      // Events the feed does not carry, between them.
      await api.stores.events.appendToStream(
        `inspectionTask-feed-${task}`,
        [
          {
            metadata: METADATA,
            type: 'InspectionTaskCancelled',
            data: { taskId: `feed-${task}`, reason: 'before the freeze' },
          },
        ],
        { expectedRevision: 'any' },
      );
    }
    const seen: { id: string; position: number; data: Record<string, unknown> }[] = [];
    let after = start;
    for (let pages = 0; pages < 100; pages += 1) {
      const page = await api.call<{ items: typeof seen; next: number }>(
        'GET',
        `/api/feeds/public?after=${after}&limit=7`,
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(7);
      if (page.body.next === after) break;
      seen.push(...page.body.items);
      after = page.body.next;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen.map((i) => i.id)).size).toBe(60);
    const positions = seen.map((i) => i.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(seen[0]).toMatchObject({
      kind: 'result.published',
      data: {
        resultId: 'feed-0|e-0-0|scjg',
        category: 'compliant',
        items: [{ itemId: 'item-1', compliant: true }],
      },
    });
    expect(JSON.stringify(seen)).not.toMatch(/秘密|personal|inspectorNotes|findings/);
  });

  it('answers an empty page after the head, and 400 to bad parameters', async () => {
    const head = await api.head();
    const beyond = await api.call<{ items: unknown[]; next: number }>(
      'GET',
      `/api/feeds/public?after=${head + 1000}`,
    );
    expect(beyond.status).toBe(200);
    expect(beyond.body).toEqual({ items: [], next: head + 1000 });
    for (const query of ['after=-1', 'after=x', 'limit=0', 'limit=1001', 'kinds=result.eaten']) {
      const bad = await api.call<{ code: string }>('GET', `/api/feeds/public?${query}`);
      expect([query, bad.status]).toEqual([query, 400]);
    }
    const kinds = await api.call<{ items: unknown[] }>('GET', '/api/feeds/public?kinds=plan.published');
    expect(kinds.body.items).toEqual([]);
  });
});
