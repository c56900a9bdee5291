import { DrawRun, checkPublicDrawBundle, commitmentOf, quotaBound, registerStreams } from '@app/domain';
import { type RecordedEvent, RecordedLog } from '@app/event-store';
import { testMetadata } from '@app/event-store/testing/event-store.contract';
import { publicDrawFacts } from './public-draw-facts';
import { publicDrawLines } from './public-draw-lines';

/*
 * An old v1 task (a seed and a public value, no beacon), as its events stand in the log: its public
 * facts and bundle, and the bundle verified by the portal's check.
 */
let position = 0;
const recorded = (
  stream: string,
  revision: number,
  type: string,
  data: Record<string, unknown>,
): RecordedEvent => {
  position += 1;
  return {
    id: `e${position}`,
    type,
    data: data as RecordedEvent['data'],
    metadata: testMetadata({ occurredAt: '2026-03-02T02:00:00.000Z' }),
    stream,
    revision,
    position,
    recordedAt: new Date(Date.UTC(2026, 2, 2, 2, 0, position)),
  };
};

const entity = (n: number) => `91320102MA0000${String(n).padStart(4, '0')}`;

function v1Log(): { log: RecordedLog; taskId: string; drawn: string[] } {
  const events: RecordedEvent[] = [];
  for (let n = 1; n <= 15; n += 1) {
    events.push(
      recorded(registerStreams.entity(entity(n)), 0, 'EntityRegistered', {
        entityId: entity(n),
        code: entity(n),
        name: `某公司${n}`,
        kind: 'enterprise',
        address: '南京市',
        legalRepresentative: '李四',
        regionCode: n % 2 ? '320102' : '320104',
        industryCode: 'H6210',
        tags: [],
        creditRisk: n % 3 ? 'A' : 'B',
        abnormalList: false,
        seriousViolationList: false,
        complaintsThisYear: 0,
      }),
    );
  }
  const taskId = 'old-task';
  const stream = registerStreams.inspectionTask(taskId);
  const seed = '5a'.repeat(32);
  const task = { criteria: { regionCodes: ['320102'] }, sampling: { ratio: 0.3, byCreditRisk: { B: 1 } } };
  events.push(
    recorded(stream, 0, 'InspectionTaskInitiated', {
      name: '旧任务',
      leadDepartmentId: 'scjg',
      participants: [],
      itemIds: ['i1'],
      ...task,
      window: { from: '2026-03-02', to: '2026-03-31' },
      seedCommitment: commitmentOf(seed),
      responseDue: '2026-03-05',
    }),
  );
  const inputs = {
    seed,
    publicRandom: '3D 2026054: 7 1 9',
    year: 2026,
    cap: 2,
    keyItems: false,
    specialActionReason: null,
    position,
  };
  const run = new DrawRun(task, inputs, quotaBound(task, 100));
  for (let n = 1; n <= 15; n += 1) {
    if (n % 2)
      run.add(
        entity(n),
        {
          kind: 'enterprise',
          regionCode: '320102',
          industryCode: 'H6210',
          tags: [],
          creditRisk: n % 3 ? 'A' : 'B',
          abnormalList: false,
          seriousViolationList: false,
          complaintsThisYear: 0,
        },
        true,
        0,
      );
  }
  const { record, outcome } = run.finish();
  const drawn = Object.values(outcome.selected).flat();
  events.push(recorded(stream, 1, 'EntitiesDrawn', { entityIds: drawn, draw: record }));
  return { log: new RecordedLog(events), taskId, drawn };
}

describe('the public draw of an old (v1) task', () => {
  it('answers its seed, public value and record, the draw itself standing for the freeze', async () => {
    const { log, taskId } = v1Log();
    const facts = await publicDrawFacts(log, taskId);
    expect(facts?.answer).toMatchObject({
      algorithm: 'ssj-stratified-sha256-v1',
      beacon: null,
      operatorTrusted: null,
      commitments: [{ kind: 'lead', departmentId: 'scjg', revealed: '5a'.repeat(32), position: 16 }],
      frozen: { poolPosition: 16, position: 17 },
      draw: { record: { publicRandom: '3D 2026054: 7 1 9', poolSize: 8 }, position: 17 },
      inspectorDraws: [],
    });
    expect(await publicDrawFacts(log, 'no-such-task')).toBeUndefined();
  });

  it('writes a bundle of the regions’ entities only, without names, that the portal’s check verifies', async () => {
    const { log, taskId, drawn } = v1Log();
    const facts = (await publicDrawFacts(log, taskId))!;
    let text = '';
    for await (const chunk of publicDrawLines(log, facts.header)) text += chunk;
    expect(text.trimEnd().split('\n')).toHaveLength(8 + 2);
    expect(text).not.toMatch(/某公司|南京市|李四/);
    const verdict = checkPublicDrawBundle(text);
    expect(verdict).toMatchObject({ verified: true, differences: [], poolSize: 8 });
    expect(verdict.selected).toEqual(drawn);
  });
});
