import { createHash } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { eventually } from '@app/event-store/testing/eventually';
import { join } from 'node:path';
import type { CaseFileAnswer, CaseFileEntry } from '@app/contract';
import { ApiHarness, type Caller, type ErrorAnswer, admin, staff } from './support/api-harness';
import {
  ELSEWHERE,
  LEAD,
  type LockedTask,
  enterResult,
  headOf,
  lockedTask,
  ok,
  operatorOf,
} from './support/console-locked-task';
import { fileOf } from './support/evidence-files';
import { enforcementCertificate } from './support/task-fixtures';
import { sampleIdCardNumber } from '@app/domain/testing/sample-codes';
import { pdfText } from './support/pdf';
import { readZip } from './support/zip-reader';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The case file of a business (一对象一档案, ADR 49): one entity drawn by two tasks (2026 by the
 * lead alone, 2027 jointly with another department), with a result, its publication, an objection,
 * a correction, a follow-up and evidence; listed in time order, exported as a ZIP an auditor can
 * check, each export on the accountability trail.
 */
describe('the case file of a business', () => {
  const api = new ApiHarness();
  const auditor = staff('audit', ['auditor'], 'auditor-1');
  const stranger = staff('swj', ['operator'], 'op-swj');
  const principal = staff(LEAD.id, ['principal'], 'pr-scjg');
  let first: LockedTask;
  let entityId: string;
  let secondTaskId: string;
  const photos = [fileOf('jpeg', 300_000), fileOf('jpeg', 310_000)];
  const scan = fileOf('pdf', 40_000);

  const clock = (day: string) => ok(api, 'PUT', '/api/admin/clock', admin, { now: `${day}T02:00:00.000Z` });
  const upload = async (bytes: Buffer, as: Caller) => {
    const answer = await api.call('POST', '/api/evidence', {
      as,
      rawBody: new Uint8Array(bytes),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(answer.status).toBe(201);
  };
  const attach = async (
    taskId: string,
    bytes: Buffer,
    as: Caller,
    kind: string,
    to: Record<string, string>,
  ) => {
    await upload(bytes, as);
    await ok(api, 'POST', `/api/tasks/${taskId}/evidence`, as, { hash: sha256(bytes), kind, to });
  };
  const caseFile = (as: Caller, query = '') =>
    api.call<CaseFileAnswer & ErrorAnswer>('GET', `/api/entities/${entityId}/case-file${query}`, { as });

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    first = await lockedTask(api, '2026-05-11', '2026-05-29', 1);
    entityId = first.entities[0].id;
    const inspector = first.inspectorOf(entityId);
    await enterResult(api, first, entityId, '2026-05-11');
    await attach(first.taskId, photos[0], inspector, 'photo', {
      kind: 'result',
      entityId,
      departmentId: LEAD.id,
    });
    await ok(api, 'POST', `/api/tasks/${first.taskId}/publications`, headOf(LEAD.id), { entityId });
    await clock('2026-05-18');
    const { objectionId } = await ok<{ objectionId: string }>(
      api,
      'POST',
      `/api/tasks/${first.taskId}/objections`,
      operatorOf(LEAD.id),
      { entityId, departmentId: LEAD.id, grounds: '检查当日负责人不在场' },
    );
    const { requestId } = await ok<{ requestId: string }>(
      api,
      'POST',
      `/api/tasks/${first.taskId}/correction-requests`,
      operatorOf(LEAD.id),
      {
        entityId,
        objectionId,
        reason: '异议成立，更正检查结果',
        corrected: {
          category: 'no_issue_found',
          method: 'onsite',
          itemFindings: [{ itemId: first.itemId, finding: '经复查未发现问题', compliant: true }],
          inspectedOn: '2026-05-11',
        },
      },
    );
    await ok(
      api,
      'POST',
      `/api/tasks/${first.taskId}/correction-requests/${requestId}/approve`,
      principal,
      {},
    );
    await ok(api, 'POST', `/api/tasks/${first.taskId}/objections/${objectionId}/review`, headOf(LEAD.id), {
      upheld: true,
      reply: '经复查，异议成立',
    });
    const { followUpId } = await ok<{ followUpId: string }>(
      api,
      'POST',
      `/api/tasks/${first.taskId}/follow-ups`,
      operatorOf(LEAD.id),
      { entityId, kind: 'abnormal_listing', detail: '列入经营异常名录' },
    );
    await attach(first.taskId, scan, operatorOf(LEAD.id), 'document', { kind: 'followUp', followUpId });

    // 2027: the lead and ELSEWHERE draw the same business (the only one of the region).
    await clock('2027-03-01');
    await ok(api, 'POST', '/api/inspectors', operatorOf(ELSEWHERE.id), {
      departmentId: ELSEWHERE.id,
      name: '六合区派驻检查员',
      idCardNumber: sampleIdCardNumber(260),
      category: 'certified',
      ...enforcementCertificate(),
      regionCode: LEAD.regionCode,
    });
    const items = await api.call<{ items: { id: string; departmentId: string }[] }>(
      'GET',
      '/api/check-items',
      {
        as: admin,
      },
    );
    const itemOf = (d: string) => items.body.items.find((i) => i.departmentId === d)!.id;
    secondTaskId = (
      await ok<{ id: string }>(api, 'POST', '/api/tasks', operatorOf(LEAD.id), {
        name: '餐饮联合抽查',
        adhocReason: '专项整治',
        itemIds: [itemOf(LEAD.id)],
        participants: [{ departmentId: ELSEWHERE.id, itemIds: [itemOf(ELSEWHERE.id)] }],
        criteria: { regionCodes: [LEAD.regionCode] },
        sampling: { count: 1 },
        window: { from: '2027-03-01', to: '2027-03-31' },
      })
    ).id;
    await ok(api, 'POST', `/api/tasks/${secondTaskId}/responses`, operatorOf(ELSEWHERE.id), {
      accepted: true,
      itemIds: [itemOf(ELSEWHERE.id)],
    });
    await ok(api, 'POST', `/api/tasks/${secondTaskId}/draws/entities`, operatorOf(LEAD.id), {});
    await ok(api, 'POST', `/api/tasks/${secondTaskId}/draws/inspectors`, operatorOf(LEAD.id), {});
    await ok(api, 'POST', `/api/tasks/${secondTaskId}/draws/inspectors`, operatorOf(ELSEWHERE.id), {});
    const { teams } = await ok<{
      teams: Record<string, { members: { inspectorId: string; departmentId: string }[] }>;
    }>(api, 'POST', `/api/tasks/${secondTaskId}/lock`, operatorOf(LEAD.id));
    const member = teams[entityId].members.find((m) => m.departmentId === ELSEWHERE.id)!;
    const elsewhereInspector: Caller = {
      sub: member.inspectorId,
      department: ELSEWHERE.id,
      roles: ['inspector'],
    };
    await ok(api, 'POST', `/api/tasks/${secondTaskId}/results`, elsewhereInspector, {
      entityId,
      category: 'no_issue_found',
      method: 'onsite',
      itemFindings: [{ itemId: itemOf(ELSEWHERE.id), finding: '未发现问题', compliant: true }],
      inspectedOn: '2027-03-01',
    });
    await attach(secondTaskId, photos[1], elsewhereInspector, 'photo', {
      kind: 'result',
      entityId,
      departmentId: ELSEWHERE.id,
    });
    await api.stores.projections.waitFor(await api.head(), 20_000);
  }, 120_000);

  afterAll(() => api.stop());

  const kinds = (entries: CaseFileEntry[]) =>
    entries.map((e) => `${e.taskId === first.taskId ? 1 : 2}:${e.kind}`);

  it('lists every task, the yearly checks and every act in time order', async () => {
    const answer = await caseFile(auditor);
    expect(answer.status).toBe(200);
    const { body } = answer;
    expect(body.scope).toBe('all');
    expect(body.entity).toMatchObject({ id: entityId, name: first.entities[0].name });
    expect(body.tasks.map((t) => [t.taskId, t.type, t.joint, t.departmentIds])).toEqual([
      [first.taskId, 'adhoc', false, [LEAD.id]],
      [secondTaskId, 'adhoc', true, [LEAD.id, ELSEWHERE.id]],
    ]);
    expect(body.tasks[0].window).toEqual({ from: '2026-05-11', to: '2026-05-29' });
    expect(body.yearlyChecks.map((y) => [y.year, y.count, y.taskIds])).toEqual([
      [2026, 1, [first.taskId]],
      [2027, 1, [secondTaskId]],
    ]);
    expect(kinds(body.entries)).toEqual([
      '1:drawn',
      '1:result',
      '1:evidence',
      '1:publication',
      '1:objection',
      '1:correction',
      '1:followUp',
      '1:evidence',
      '2:drawn',
      '2:result',
      '2:evidence',
    ]);
    const positions = body.entries.map((e) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const objection = body.entries.find((e) => e.kind === 'objection')!;
    expect(objection.steps?.map((s) => [s.act, s.detail.upheld])).toEqual([['ObjectionReviewed', true]]);
    const correction = body.entries.find((e) => e.kind === 'correction')!;
    expect(correction.steps?.map((s) => s.act)).toEqual(['ResultCorrected']);
    const evidence = body.entries.filter((e) => e.kind === 'evidence');
    expect(evidence.map((e) => [e.detail.hash, e.detail.size, e.detail.to])).toEqual([
      [sha256(photos[0]), photos[0].length, 'result'],
      [sha256(scan), scan.length, 'followUp'],
      [sha256(photos[1]), photos[1].length, 'result'],
    ]);
    // No free text of the record: the grounds and the follow-up's detail stay sealed with the task.
    expect(JSON.stringify(body)).not.toMatch(/负责人不在场|经营异常名录/);
  });

  it('pages the entries, oldest first, the pages adding up to the whole', async () => {
    const whole = (await caseFile(auditor)).body.entries;
    const seen: CaseFileEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await caseFile(
        auditor,
        `?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.body.entries.length).toBeLessThanOrEqual(4);
      seen.push(...page.body.entries);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(whole);
    expect((await caseFile(auditor, '?limit=5000')).status).toBe(400);
  });

  it('shows a department every entry, but the files of its own tasks only', async () => {
    const answer = await caseFile(operatorOf(ELSEWHERE.id));
    expect(answer.status).toBe(200);
    expect(answer.body.scope).toBe('department');
    expect(answer.body.tasks.map((t) => t.own)).toEqual([false, true]);
    const evidence = answer.body.entries.filter((e) => e.kind === 'evidence');
    expect(evidence.map((e) => [e.withheld ?? false, e.detail.hash ?? null])).toEqual([
      [true, null],
      [true, null],
      [false, sha256(photos[1])],
    ]);
    expect(evidence[0].detail).toMatchObject({ kind: 'photo', size: photos[0].length });
  });

  it('refuses others: a department with no task of it (403), admin (403), an unknown entity (404)', async () => {
    const none = await caseFile(stranger);
    expect([none.status, none.body.code]).toEqual([403, 'CASE_FILE_FORBIDDEN']);
    const byAdmin = await caseFile(admin);
    expect([byAdmin.status, byAdmin.body.code]).toEqual([403, 'ROLE_NOT_ALLOWED']);
    const zip = await api.download(`/api/entities/${entityId}/case-file.zip`, stranger);
    expect(zip.status).toBe(403);
    const unknown = await api.call<ErrorAnswer>('GET', '/api/entities/no-such-entity/case-file', {
      as: auditor,
    });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'ENTITY_NOT_FOUND']);
    const exports = (await api.streamEvents(`caseFile-${entityId}`)).filter(
      (e) => e.metadata.actorId === 'op-swj',
    );
    expect(exports).toEqual([]);
  });

  it('exports a ZIP an auditor can check: manifest hashes match the files, the summary names the business', async () => {
    const answer = await api.download(`/api/entities/${entityId}/case-file.zip`, auditor);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/zip');
    const files = new Map(readZip(answer.bytes).map((f) => [f.name, f.bytes]));
    const manifestBytes = files.get('manifest.json')!;
    expect(answer.headers.get('x-manifest-sha256')).toBe(sha256(manifestBytes));
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as {
      scope: string;
      summary: { path: string; sha256: string; size: number };
      files: { path: string; sha256: string; size: number }[];
      missing: string[];
      entries: CaseFileEntry[];
    };
    expect(manifest.scope).toBe('all');
    expect(manifest.missing).toEqual([]);
    expect(manifest.files.map((f) => f.sha256).sort()).toEqual(
      [photos[0], scan, photos[1]].map(sha256).sort(),
    );
    for (const file of manifest.files) {
      const bytes = files.get(file.path)!;
      expect(file.path).toBe(`evidence/${file.sha256}`);
      expect([sha256(bytes), bytes.length]).toEqual([file.sha256, file.size]);
    }
    const pdf = files.get('summary.pdf')!;
    expect([sha256(pdf), pdf.length]).toEqual([manifest.summary.sha256, manifest.summary.size]);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('市场主体抽查档案');
    expect(text).toContain(first.entities[0].name);
    expect(text).toContain('收到异议');
    expect(manifest.entries.map((e) => e.kind)).toContain('followUp');
    expect([...files.keys()].sort()).toEqual(
      ['manifest.json', 'summary.pdf', ...manifest.files.map((f) => f.path)].sort(),
    );
  });

  it('gives a department only its own tasks’ files, and records every export on the accountability trail', async () => {
    const answer = await api.download(`/api/entities/${entityId}/case-file.zip`, operatorOf(ELSEWHERE.id));
    expect(answer.status).toBe(200);
    const names = readZip(answer.bytes).map((f) => f.name);
    expect(names.filter((n) => n.startsWith('evidence/'))).toEqual([`evidence/${sha256(photos[1])}`]);
    await api.stores.projections.waitFor(await api.head(), 20_000);
    const trail = await api.call<{
      items: { act: string; actorId: string; entityId?: string; departmentId: string }[];
    }>('GET', `/api/accountability?entityId=${entityId}`, { as: auditor });
    const exports = trail.body.items.filter((row) => row.act === 'CaseFileExported');
    expect(exports.map((row) => [row.actorId, row.departmentId])).toEqual(
      expect.arrayContaining([
        ['auditor-1', 'audit'],
        [`op-${ELSEWHERE.id}`, ELSEWHERE.id],
      ]),
    );
    const recorded = await api.streamEvents(`caseFile-${entityId}`);
    expect(recorded.map((e) => [e.data.scope, e.data.files])).toEqual([
      ['all', 3],
      ['department', 1],
    ]);
    const listed = (await caseFile(auditor)).body.entries.filter((e) => e.kind === 'exported');
    expect(listed.map((e) => e.detail.files)).toEqual([3, 1]);
  });

  it('lists a file the store lost under missing, and leaves it out of the ZIP', async () => {
    const lost = sha256(scan);
    rmSync(join(api.dir, 'blobs', lost.slice(0, 2), lost));
    const answer = await api.download(`/api/entities/${entityId}/case-file.zip`, auditor);
    expect(answer.status).toBe(200);
    const files = new Map(readZip(answer.bytes).map((f) => [f.name, f.bytes]));
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as {
      files: { sha256: string }[];
      missing: string[];
    };
    expect(manifest.missing).toEqual([lost]);
    expect(manifest.files.map((f) => f.sha256)).not.toContain(lost);
    expect(files.has(`evidence/${lost}`)).toBe(false);
  });

  it('answers 503 BLOB_STORE_UNAVAILABLE when the store cannot be read, and records no export', async () => {
    const shard = join(api.dir, 'blobs', sha256(photos[0]).slice(0, 2));
    const exportsBefore = (await api.streamEvents(`caseFile-${entityId}`)).length;
    // The directory that holds the file becomes a file: reading it fails (ENOTDIR) as a broken volume would.
    renameSync(shard, `${shard}.away`);
    writeFileSync(shard, 'not a directory');
    try {
      const answer = await api.download(`/api/entities/${entityId}/case-file.zip`, auditor);
      expect(answer.status).toBe(503);
      expect((JSON.parse(Buffer.from(answer.bytes).toString('utf8')) as ErrorAnswer).code).toBe(
        'BLOB_STORE_UNAVAILABLE',
      );
    } finally {
      rmSync(shard);
      renameSync(`${shard}.away`, shard);
    }
    expect(await api.streamEvents(`caseFile-${entityId}`)).toHaveLength(exportsBefore);
  });

  it('is a read model like any: rebuilt from the log, it lists the same case file', async () => {
    const before = (await caseFile(auditor)).body;
    const rebuild = await api.call('POST', '/api/projections/caseFile/rebuild', { as: admin });
    expect(rebuild.status).toBe(202);
    const rebuilt = async () => {
      const status = await api.call<{ projections: { name: string; generation: number; lag: number }[] }>(
        'GET',
        '/api/projections',
        {
          as: admin,
        },
      );
      const caseFileStatus = status.body.projections.find((p) => p.name === 'caseFile');
      return caseFileStatus?.generation === 2 && caseFileStatus.lag === 0;
    };
    await eventually(rebuilt, 'the rebuilt caseFile read model');
    expect((await caseFile(auditor)).body).toEqual(before);
  });
});
