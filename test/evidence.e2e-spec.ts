import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness, type Caller, type ErrorAnswer, staff } from './support/api-harness';
import {
  ELSEWHERE,
  LEAD,
  type LockedTask,
  enterResult,
  lockedTask,
  operatorOf,
} from './support/console-locked-task';
import { MiB, dropMidway, fileOf, filesUnder, keptBlobs, sha256 } from './support/evidence-files';

/**
 * Evidence (ADR 47): files uploaded streamed (whole or resumably), stored by their SHA-256 under
 * DATA_DIR/blobs, attached to a result, listed and downloaded by the task's departments and
 * oversight only. Every refusal leaves nothing in the store or the log.
 */
describe('evidence', () => {
  const api = new ApiHarness();
  let task: LockedTask;
  let entityId: string;
  let inspector: Caller;
  const blobs = (): string => join(api.dir, 'blobs');

  const put = (bytes: Buffer, as: Caller, headers: Record<string, string> = {}) =>
    api.call<{ hash: string; size: number; contentType: string } & ErrorAnswer>('POST', '/api/evidence', {
      as,
      rawBody: new Uint8Array(bytes),
      headers: { 'content-type': 'application/octet-stream', ...headers },
    });

  beforeAll(async () => {
    await api.start({ SIMULATED_CLOCK: 'true' });
    task = await lockedTask(api, '2026-05-11', '2026-05-29', 1);
    entityId = task.entities[0].id;
    inspector = task.inspectorOf(entityId);
    await enterResult(api, task, entityId, '2026-05-11');
  }, 60_000);

  afterAll(() => api.stop());

  it('takes a multi-MB photo streamed (past the 1 MiB JSON limit), keeps it under its hash', async () => {
    const photo = fileOf('jpeg', 6 * MiB);
    const answer = await api.call('POST', `/api/evidence?taskId=${task.taskId}`, {
      as: inspector,
      rawBody: new Uint8Array(photo),
      headers: { 'content-type': 'image/jpeg', 'x-content-sha256': sha256(photo) },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ hash: sha256(photo), size: photo.length, contentType: 'image/jpeg' });
    expect(keptBlobs(blobs())).toContain(`${sha256(photo).slice(0, 2)}/${sha256(photo)}`);
  });

  it('sniffs the type from the content, refuses a contradicted or unknown type or another department’s task, keeps nothing', async () => {
    const before = keptBlobs(blobs());
    const contradicted = await put(fileOf('jpeg', 4096), inspector, { 'content-type': 'application/pdf' });
    expect(contradicted.status).toBe(415);
    expect(contradicted.body.code).toBe('EVIDENCE_TYPE_CONTRADICTED');
    const unknown = await put(fileOf('text', 4096), inspector);
    expect(unknown.status).toBe(415);
    expect(unknown.body.code).toBe('EVIDENCE_TYPE_UNSUPPORTED');
    const empty = await put(Buffer.alloc(0), inspector);
    expect(empty.status).toBe(400);
    const foreign = await api.call<ErrorAnswer>('POST', `/api/evidence?taskId=${task.taskId}`, {
      as: { ...operatorOf(ELSEWHERE.id), roles: ['inspector'] },
      rawBody: new Uint8Array(fileOf('jpeg', 4096)),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect([foreign.status, foreign.body.code]).toEqual([403, 'DEPARTMENT_NOT_IN_TASK']);
    expect(keptBlobs(blobs())).toEqual(before);
  });

  it('refuses a photo over its type’s limit (413) and bytes that miss the announced hash (400)', async () => {
    const before = keptBlobs(blobs());
    const tooLarge = await put(fileOf('jpeg', 30 * MiB + 1), inspector);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('EVIDENCE_TOO_LARGE');
    const mismatch = await put(fileOf('pdf', 10_000), inspector, { 'x-content-sha256': 'f'.repeat(64) });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.code).toBe('EVIDENCE_HASH_MISMATCH');
    expect(keptBlobs(blobs())).toEqual(before);
    expect(filesUnder(join(blobs(), 'tmp'))).toEqual([]);
  });

  it('keeps nothing of an upload whose connection drops', async () => {
    const before = keptBlobs(blobs());
    const video = fileOf('mp4', 3 * MiB);
    await dropMidway(
      `${api.base}/api/evidence`,
      'POST',
      { authorization: `Bearer ${api.token(inspector)}`, 'content-type': 'video/mp4' },
      video.subarray(0, MiB),
      video.length,
      // The store is writing it: a temporary file exists before the connection drops.
      () => api.until(async () => filesUnder(join(blobs(), 'tmp')).length > 0),
    );
    expect(await api.until(async () => filesUnder(join(blobs(), 'tmp')).length === 0)).toBe(true);
    expect(keptBlobs(blobs())).toEqual(before);
  });

  it('resumes an upload across a dropped connection (tus-like), checks the offset, then completes', async () => {
    const video = fileOf('mp4', 5 * MiB);
    const begun = await api.call<{ id: string; offset: number }>('POST', '/api/evidence/uploads', {
      as: inspector,
      body: { size: video.length, sha256: sha256(video), contentType: 'video/mp4' },
    });
    expect(begun.status).toBe(201);
    // The store keeps appends whole in multiples of partSize (1 on the filesystem; S3: its part size).
    expect(begun.body).toMatchObject({ offset: 0, size: video.length, partSize: 1 });
    const path = `/api/evidence/uploads/${begun.body.id}`;
    const patch = (offset: number, bytes: Buffer) =>
      api.call<ErrorAnswer>('PATCH', path, {
        as: inspector,
        rawBody: new Uint8Array(bytes),
        headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': String(offset) },
      });
    const first = await patch(0, video.subarray(0, 2 * MiB));
    expect(first.status).toBe(204);
    expect(first.headers.get('upload-offset')).toBe(String(2 * MiB));
    await dropMidway(
      `${api.base}${path}`,
      'PATCH',
      {
        authorization: `Bearer ${api.token(inspector)}`,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': String(2 * MiB),
      },
      video.subarray(2 * MiB, 3 * MiB),
      3 * MiB,
    );
    const wrong = await patch(1, video.subarray(1));
    expect(wrong.status).toBe(409);
    expect(wrong.body.code).toBe('UPLOAD_OFFSET_MISMATCH');
    // As a client would: ask the offset, send from there (again if the dropped append was still landing).
    let offset = Number((await api.call('HEAD', path, { as: inspector })).headers.get('upload-offset'));
    expect(offset).toBeGreaterThanOrEqual(2 * MiB);
    for (let attempt = 0; offset < video.length && attempt < 3; attempt += 1) {
      const answer = await patch(offset, video.subarray(offset));
      offset =
        answer.status === 204
          ? Number(answer.headers.get('upload-offset'))
          : (answer.body.details as { offset: number }).offset;
    }
    expect(offset).toBe(video.length);
    const status = await api.call('GET', path, { as: inspector });
    expect(status.body).toEqual({ offset: video.length, size: video.length, partSize: 1 });
    const done = await api.call('POST', `${path}/complete`, { as: inspector });
    expect(done.status).toBe(201);
    expect(done.body).toEqual({ hash: sha256(video), size: video.length, contentType: 'video/mp4' });
  });

  it('refuses a resumable upload whose first bytes contradict the type announced, and drops it', async () => {
    const pdf = fileOf('pdf', 10_000);
    const begun = await api.call<{ id: string }>('POST', '/api/evidence/uploads', {
      as: inspector,
      body: { size: pdf.length, sha256: sha256(pdf), contentType: 'video/mp4' },
    });
    const path = `/api/evidence/uploads/${begun.body.id}`;
    const patched = await api.call<ErrorAnswer>('PATCH', path, {
      as: inspector,
      rawBody: new Uint8Array(pdf),
      headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
    });
    expect([patched.status, patched.body.code]).toEqual([415, 'EVIDENCE_TYPE_CONTRADICTED']);
    expect((await api.call('GET', path, { as: inspector })).status).toBe(404);
    expect(filesUnder(join(blobs(), 'uploads'))).toEqual([]);
  });

  it('keeps who began a resumable upload, and the type announced, across a restart of the api', async () => {
    const pdf = fileOf('pdf', 10_000);
    const begun = await api.call<{ id: string }>('POST', '/api/evidence/uploads', {
      as: inspector,
      body: { size: pdf.length, sha256: sha256(pdf), contentType: 'video/mp4' },
    });
    const path = `/api/evidence/uploads/${begun.body.id}`;
    await api.restart({ SIMULATED_CLOCK: 'true' });
    // Another user, even of the same department, is answered as if there were no such upload.
    const other = staff(inspector.department, ['inspector'], 'inspector-other');
    expect((await api.call<ErrorAnswer>('GET', path, { as: other })).body.code).toBe('UPLOAD_NOT_FOUND');
    expect((await api.call('GET', path, { as: inspector })).status).toBe(200);
    const patched = await api.call<ErrorAnswer>('PATCH', path, {
      as: inspector,
      rawBody: new Uint8Array(pdf),
      headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
    });
    expect([patched.status, patched.body.code]).toEqual([415, 'EVIDENCE_TYPE_CONTRADICTED']);
    expect(filesUnder(join(blobs(), 'uploads'))).toEqual([]);
  });

  it('refuses a resumable upload announced over its type’s limit, or of a type not kept', async () => {
    const big = await api.call<ErrorAnswer>('POST', '/api/evidence/uploads', {
      as: inspector,
      body: { size: 31 * MiB, sha256: 'a'.repeat(64), contentType: 'image/jpeg' },
    });
    expect([big.status, big.body.code]).toEqual([413, 'EVIDENCE_TOO_LARGE']);
    const exe = await api.call<ErrorAnswer>('POST', '/api/evidence/uploads', {
      as: inspector,
      body: { size: 100, sha256: 'a'.repeat(64), contentType: 'application/x-msdownload' },
    });
    expect([exe.status, exe.body.code]).toEqual([415, 'EVIDENCE_TYPE_UNSUPPORTED']);
  });

  describe('attached, listed and downloaded', () => {
    const photo = fileOf('jpeg', 200_000);
    const outsider = operatorOf(ELSEWHERE.id);
    const leadOperator = operatorOf(LEAD.id);
    const auditor = staff('audit', ['auditor']);
    const supervisor = staff('jw', ['supervisor']);
    const admin = staff('system', ['admin']);
    const result = () => ({ kind: 'result', entityId, departmentId: LEAD.id });

    beforeAll(async () => {
      expect((await put(photo, inspector)).status).toBe(201);
    });

    it('the team’s inspector attaches it to the result; its type and size are the store’s', async () => {
      const answer = await api.call('POST', `/api/tasks/${task.taskId}/evidence`, {
        as: inspector,
        body: { hash: sha256(photo), kind: 'photo', name: '现场照片 1.jpg', to: result() },
      });
      expect(answer.status).toBe(201);
      const events = await api.streamEvents(`inspectionTask-${task.taskId}`);
      const attached = events.filter((e) => e.type === 'EvidenceAttached');
      expect(attached.map((e) => e.data)).toEqual([
        {
          taskId: task.taskId,
          entityId,
          departmentId: LEAD.id,
          to: result(),
          evidence: {
            hash: sha256(photo),
            contentType: 'image/jpeg',
            size: photo.length,
            kind: 'photo',
            name: '现场照片 1.jpg',
          },
        },
      ]);
      expect(attached[0].metadata.actorId).toBe(inspector.sub);
    });

    it('refuses a file not uploaded (404), another department (403), a wrong kind (409), a second time (409)', async () => {
      const attach = (as: Caller, body: Record<string, unknown>) =>
        api.call<ErrorAnswer>('POST', `/api/tasks/${task.taskId}/evidence`, { as, body });
      const base = { hash: sha256(photo), kind: 'photo', to: result() };
      const missing = await attach(inspector, { ...base, hash: 'e'.repeat(64) });
      expect([missing.status, missing.body.code]).toEqual([404, 'EVIDENCE_BLOB_NOT_FOUND']);
      const foreign = await attach({ ...outsider, roles: ['inspector'] }, base);
      expect([foreign.status, foreign.body.code]).toEqual([403, 'NOT_IN_TEAM']);
      const video = await attach(inspector, { ...base, kind: 'video' });
      expect([video.status, video.body.code]).toEqual([409, 'EVIDENCE_KIND_MISMATCH']);
      const twice = await attach(inspector, base);
      expect([twice.status, twice.body.code]).toEqual([409, 'EVIDENCE_ALREADY_ATTACHED']);
      const badTarget = await attach(inspector, { ...base, to: { kind: 'objection' } });
      expect(badTarget.status).toBe(400);
    });

    it.each([
      ['the team’s inspector', 200, () => inspector],
      ['the lead’s operator', 200, () => leadOperator],
      ['an auditor', 200, () => auditor],
      ['a supervisor', 200, () => supervisor],
      ['a department with no part in the task', 403, () => outsider],
      ['an administrator', 403, () => admin],
    ])('lists the task’s evidence to %s: %i', async (_who, status, caller) => {
      const answer = await api.call<{ items: unknown[] } & ErrorAnswer>(
        'GET',
        `/api/tasks/${task.taskId}/evidence`,
        {
          as: caller(),
        },
      );
      expect(answer.status).toBe(status);
      if (status === 200) expect(answer.body.items).toHaveLength(1);
      else expect(answer.body.code).toBe('TASK_EVIDENCE_FORBIDDEN');
    });

    it.each([
      ['the lead’s operator', 200, () => leadOperator],
      ['an auditor', 200, () => auditor],
      ['a department with no part in the task', 404, () => outsider],
      ['an administrator', 404, () => admin],
    ])('downloads the file, streamed, to %s: %i', async (_who, status, caller) => {
      const answer = await api.download(`/api/evidence/${sha256(photo)}?taskId=${task.taskId}`, caller());
      expect(answer.status).toBe(status);
      if (status !== 200) return;
      expect(sha256(answer.bytes)).toBe(sha256(photo));
      expect(answer.headers.get('content-type')).toBe('image/jpeg');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename=.*filename\*=UTF-8''/);
    });

    it('answers 404 for a hash that is stored but not attached to the task (no probing)', async () => {
      const stored = sha256(fileOf('jpeg', 10)); // never uploaded
      const unattached = (await put(fileOf('pdf', 5000), inspector)).body.hash;
      for (const hash of [stored, unattached]) {
        const answer = await api.download(`/api/evidence/${hash}?taskId=${task.taskId}`, leadOperator);
        expect(answer.status).toBe(404);
      }
    });
  });

  it('answers 503 when the store cannot write, and the result is still entered without the file', async () => {
    // Running as root makes chmod ineffective: the store's working directory is made a file instead.
    const tmp = join(blobs(), 'tmp');
    rmSync(tmp, { recursive: true, force: true });
    writeFileSync(tmp, 'not a directory');
    try {
      const answer = await put(fileOf('jpeg', 50_000), inspector);
      expect([answer.status, (answer.body as ErrorAnswer).code]).toEqual([503, 'BLOB_STORE_UNAVAILABLE']);
      await enterResult(api, task, entityId, '2026-05-11');
    } finally {
      rmSync(tmp, { force: true });
      mkdirSync(tmp);
    }
  });
});
