import {
  type BundleAnchor,
  type DrawnTask,
  type SavedCheckpoints,
  type TaskBundle,
  drawFromLog,
  inputsOfRecord,
  loadAggregate,
  verifyTaskBundle,
} from '@app/audit';
import { type EntityDrawRecord, commitmentOf, inspectionTaskDecider, registerStreams } from '@app/domain';
import { type EventMetadata, type RecordedEvent, RecordedLog, eventHash } from '@app/event-store';
import { MemoryMerkleTree, checkpointKey, eventLeafHash, signCheckpoint } from '@app/audit';
import { TRANSPARENCY_KEY_STREAM, loadSigningKey } from '@app/transparency-log';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ApiHarness, TEST_SECRET } from './support/api-harness';
import { creditCode, initiateTask, leadOperator, setUpDepartments } from './support/task-fixtures';
import { cliArgs } from './support/cli-process';

/** Tests here start the cli as a process: seconds each on a loaded machine (a bound on a hang). */
const CLI_TEST_TIMEOUT = 180_000;
jest.setTimeout(CLI_TEST_TIMEOUT);

const run = promisify(execFile);
const auditor = { sub: 'audit-1', department: 'jjjc', roles: ['auditor'] };

/**
 * The forgery of issue 18 (a bundle re-sealed with a new seed, commitment and selection) passes
 * the hash chain and the draw check, and fails against checkpoints the auditor saved earlier.
 */
describe('transparency log: checkpoints, proofs, and bundles anchored in them', () => {
  const api = new ApiHarness();
  let taskId = '';
  let saved: SavedCheckpoints;
  let bundle: TaskBundle;

  const catchUp = async () => {
    await api.stores.transparency.caughtUp(await api.stores.auditLog.headPosition());
    return api.stores.transparency.checkpoint();
  };
  const cli = (...args: string[]) =>
    run(process.execPath, cliArgs(...args), {
      cwd: join(__dirname, '..'),
      env: { ...process.env, DATA_DIR: api.dir, AUTH_SECRET: TEST_SECRET },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code, stdout: error.stdout ?? '' }),
    );

  beforeAll(async () => {
    await api.start({ TRANSPARENCY_CHECKPOINT_EVERY: '1000000' });
    const items = await setUpDepartments(api);
    for (let n = 1; n <= 12; n += 1) {
      await api.call('POST', '/api/entities', {
        as: leadOperator,
        body: {
          code: creditCode(n),
          name: `企业${n}`,
          kind: 'enterprise',
          address: '江苏省南京市',
          regionCode: '320102',
          industryCode: 'H6210',
          creditRisk: 'ABCD'[n % 4],
        },
      });
    }
    taskId = await initiateTask(api, items, {
      criteria: { regionCodes: ['320102'] },
      sampling: { ratio: 0.5 },
    });
    expect(
      (await api.call('POST', `/api/tasks/${taskId}/draws/entities`, { as: leadOperator, body: {} })).status,
    ).toBe(201);
    await catchUp();
    // The auditor saves the public checkpoints now, before anyone could rewrite the draw.
    saved = (await api.call<SavedCheckpoints>('GET', '/api/public/checkpoints')).body;
    // More history after the save: the bundle's checkpoint is a later one.
    await api.call('POST', '/api/entities', {
      as: leadOperator,
      body: {
        code: creditCode(13),
        name: '企业13',
        kind: 'enterprise',
        address: '江苏省南京市',
        regionCode: '320102',
        industryCode: 'H6210',
        creditRisk: 'A',
      },
    });
    await catchUp();
    const from = saved.items[0].size;
    bundle = (
      await api.call<TaskBundle>('GET', `/api/tasks/${taskId}/bundle?consistencyFrom=${from}`, {
        as: auditor,
      })
    ).body;
  }, CLI_TEST_TIMEOUT);
  afterAll(() => api.stop());

  it('publishes signed checkpoints without sign-in, with the key that the log itself records', async () => {
    const answer = await api.call<SavedCheckpoints & { nextBeforeSize?: number }>(
      'GET',
      '/api/public/checkpoints?limit=1',
    );
    expect(answer.status).toBe(200);
    expect(answer.body.items).toHaveLength(1);
    expect(answer.body.nextBeforeSize).toBe(answer.body.items[0].size);
    const [checkpoint] = answer.body.items;
    expect(checkpoint.note).toMatch(
      /^shuangsuiji\/transparency-log\n\d+\n[A-Za-z0-9+/]{43}=\ntime \S+\n\n— /,
    );
    expect(answer.body.keys).toEqual([
      expect.objectContaining({ keyId: checkpoint.keyId, algorithm: 'Ed25519' }),
    ]);
    const keyEvents = [];
    for await (const e of api.stores.auditLog.readStream(TRANSPARENCY_KEY_STREAM)) keyEvents.push(e);
    expect(keyEvents.map((e) => [e.type, e.data.keyId])).toEqual([
      ['TransparencyKeyIntroduced', checkpoint.keyId],
    ]);
    expect((await api.call('GET', '/api/public/checkpoints?limit=101')).status).toBe(400);
  });

  it('verifies the bundle as exported against the saved checkpoints', async () => {
    const result = await verifyTaskBundle(bundle, { saved });
    expect(result.problems).toEqual([]);
    expect(result.anchor).toMatchObject({ verified: true, eventsIncluded: bundle.events.length });
  });

  it('fails the re-sealed forgery: new seed, commitment and selection pass the chain and the draw, not the checkpoints', async () => {
    const forged = await forge(bundle);
    const unanchored = await verifyTaskBundle(forged);
    expect(unanchored).toMatchObject({ verified: true, draws: { verified: true } });
    expect(unanchored.chain.brokenLink).toBeUndefined();
    const anchored = await verifyTaskBundle(forged, { saved });
    expect(anchored.verified).toBe(false);
    expect(anchored.anchor?.problems.map((p) => p.kind)).toContain('not-included');

    // The operator holds the key: a whole new tree of the forged history, signed, is still caught.
    const key = loadSigningKey(join(api.dir, 'transparency-ed25519.pem'), false);
    const described = checkpointKey('shuangsuiji/transparency-log', key.publicKey);
    const tree = new MemoryMerkleTree(forged.events.map((e) => eventLeafHash(e.metadata.hash!)));
    const checkpoint = signCheckpoint(
      {
        origin: described.name,
        size: tree.size,
        rootHash: tree.root().toString('base64'),
        time: new Date().toISOString(),
      },
      key.privateKey,
      described,
    );
    const rebuilt: BundleAnchor = {
      checkpoint,
      keys: [described],
      inclusion: forged.events.map((e, i) => ({
        eventId: e.id,
        leafIndex: i,
        proof: tree.inclusionProof(i).map((h) => h.toString('base64')),
      })),
      consistency: [],
    };
    const resigned = await verifyTaskBundle({ ...forged, transparency: rebuilt }, { saved });
    expect(resigned.verified).toBe(false);
    expect(resigned.anchor?.problems.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['missing-consistency-proof', 'not-covered']),
    );
  });

  it('reports an unknown key, a failing signature and a proof beyond the tree as what they are', async () => {
    const foreign = checkpointKey(
      'shuangsuiji/transparency-log',
      loadSigningKey(join(api.dir, 'other.pem'), true).publicKey,
    );
    expect(
      (await verifyTaskBundle(bundle, { saved: { ...saved, keys: [foreign] } })).anchor?.problems[0].kind,
    ).toBe('unknown-key');
    const note = bundle.transparency!.checkpoint.note.replace(
      /\n\d+\n/,
      (m) => `\n${Number(m.trim()) + 1}\n`,
    );
    const badSignature = {
      ...bundle,
      transparency: { ...bundle.transparency!, checkpoint: { ...bundle.transparency!.checkpoint, note } },
    };
    expect((await verifyTaskBundle(badSignature, { saved })).anchor?.problems[0].kind).toBe('bad-signature');
    const beyond = structuredClone(bundle);
    beyond.transparency!.inclusion[0].leafIndex = bundle.transparency!.checkpoint.size + 5;
    expect((await verifyTaskBundle(beyond, { saved })).anchor?.problems.map((p) => p.kind)).toContain(
      'beyond-tree',
    );
    const wrongProof = structuredClone(bundle);
    wrongProof.transparency!.consistency[0].proof.reverse();
    const inconsistent = await verifyTaskBundle(wrongProof, { saved });
    expect(inconsistent.anchor?.problems.map((p) => p.kind)).toContain('inconsistent-checkpoint');
  });

  it('serves inclusion and consistency proofs to auditors, bounded, and refuses what is beyond the tree', async () => {
    const event = bundle.events[0];
    const latest = bundle.transparency!.checkpoint;
    const inclusion = await api.call('GET', `/api/audit/proofs?position=${event.position}`, { as: auditor });
    expect(inclusion).toMatchObject({
      status: 200,
      body: { kind: 'inclusion', eventId: event.id, treeSize: latest.size },
    });
    const byId = await api.call(
      'GET',
      `/api/audit/proofs?eventId=${event.id}&treeSize=${saved.items[0].size}`,
      { as: auditor },
    );
    expect(byId).toMatchObject({ status: 200, body: { treeSize: saved.items[0].size } });
    const consistency = await api.call('GET', `/api/audit/proofs?fromSize=${saved.items[0].size}`, {
      as: auditor,
    });
    expect(consistency.body).toMatchObject({
      kind: 'consistency',
      toSize: latest.size,
      proof: bundle.transparency!.consistency[0].proof,
    });
    expect(
      (await api.call('GET', `/api/audit/proofs?fromSize=${latest.size + 1}`, { as: auditor })).status,
    ).toBe(400);
    expect(
      (await api.call('GET', `/api/audit/proofs?position=${event.position}&treeSize=3`, { as: auditor }))
        .body,
    ).toMatchObject({
      code: 'CHECKPOINT_NOT_FOUND',
    });
    expect(
      (await api.call('GET', '/api/audit/proofs?position=99999999', { as: auditor })).body,
    ).toMatchObject({
      code: 'EVENT_NOT_IN_TREE',
    });
    expect((await api.call('GET', '/api/audit/proofs?position=1&fromSize=2', { as: auditor })).status).toBe(
      400,
    );
    expect((await api.call('GET', '/api/audit/proofs?position=1', { as: leadOperator })).status).toBe(403);
  });

  it(
    'the cli verifies the bundle against saved checkpoints, and two saved checkpoints offline',
    async () => {
      const files = {
        bundle: join(api.dir, 'b.json'),
        saved: join(api.dir, 's.json'),
        forged: join(api.dir, 'f.json'),
      };
      writeFileSync(files.bundle, JSON.stringify(bundle));
      writeFileSync(files.saved, JSON.stringify(saved));
      writeFileSync(files.forged, JSON.stringify(await forge(bundle)));
      expect((await cli('verify-bundle', files.bundle, '--checkpoints', files.saved)).code).toBe(0);
      expect((await cli('verify-bundle', files.forged)).code).toBe(0);
      expect((await cli('verify-bundle', files.forged, '--checkpoints', files.saved)).code).toBe(1);
      const newer = join(api.dir, 'n.json');
      const proof = join(api.dir, 'p.json');
      writeFileSync(newer, (await cli('audit', 'checkpoints')).stdout);
      const consistency = await cli('audit', 'consistency', String(saved.items[0].size));
      expect(consistency.code).toBe(0);
      writeFileSync(proof, consistency.stdout);
      expect(
        JSON.parse((await cli('audit', 'check-consistency', files.saved, newer, proof)).stdout),
      ).toMatchObject({
        verified: true,
      });
    },
    CLI_TEST_TIMEOUT,
  );

  it('resumes after a restart from its stored head, with the same roots', async () => {
    const before = await api.stores.transparency.status();
    const root = await api.stores.transparency.reader.root(before.size);
    await api.restart({ TRANSPARENCY_CHECKPOINT_EVERY: '1000000' });
    await catchUp();
    const after = await api.stores.transparency.status();
    expect(after.size).toBeGreaterThanOrEqual(before.size);
    expect(await api.stores.transparency.reader.root(before.size)).toEqual(root);
  });
});

/** The forger's work: a new seed, its commitment, the selection it gives, every chain re-sealed. */
async function forge(original: TaskBundle): Promise<TaskBundle> {
  // The forger keeps the anchor the exporter gave: its proofs are of the real events' hashes.
  const bundle = structuredClone(original);
  const events = bundle.events.map((e) => ({ ...e, recordedAt: new Date(e.recordedAt) })) as RecordedEvent[];
  const stream = registerStreams.inspectionTask(bundle.taskId);
  const own = events.filter((e) => e.stream === stream);
  const initiated = own.find((e) => e.type === 'InspectionTaskInitiated')!;
  const drawn = own.find((e) => e.type === 'EntitiesDrawn')!;
  const seed = randomBytes(32).toString('hex');
  initiated.data.seedCommitment = commitmentOf(seed);
  const recorded = drawn.data.draw as unknown as EntityDrawRecord;
  const { state } = await loadAggregate(new RecordedLog(events), stream, inspectionTaskDecider);
  const again = await drawFromLog(
    new RecordedLog(events),
    state as DrawnTask,
    forgedInputs(recorded, seed),
    recorded.poolSize,
  );
  drawn.data.draw = again.record as unknown as RecordedEvent['data'];
  drawn.data.entityIds = Object.values(again.outcome.selected).flat();
  let previous = '0'.repeat(64);
  for (const event of own) {
    const { hash: _, ...rest } = event.metadata;
    const metadata: Omit<EventMetadata, 'hash'> = { ...rest, previousHash: previous };
    const hash = eventHash({
      id: event.id,
      stream,
      revision: event.revision,
      type: event.type,
      data: event.data,
      metadata,
    });
    event.metadata = { ...metadata, hash };
    previous = hash;
  }
  bundle.events = events;
  bundle.state = (await loadAggregate(new RecordedLog(events), stream, inspectionTaskDecider)).state;
  return bundle;
}

/** The record's inputs with the lead's seed replaced (in a v2 record, among its revealed seeds too). */
function forgedInputs(recorded: EntityDrawRecord, seed: string) {
  const inputs = inputsOfRecord(recorded);
  return inputs.v2
    ? { ...inputs, seed, v2: { ...inputs.v2, seeds: { ...inputs.v2.seeds, lead: seed } } }
    : { ...inputs, seed };
}
