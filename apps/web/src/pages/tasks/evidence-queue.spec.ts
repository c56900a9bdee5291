import {
  type Captured,
  afterAttachFailure,
  afterFailure,
  attachmentOf,
  nextStep,
  retried,
  unfinished,
} from './evidence-queue';

const file = (patch: Partial<Captured> = {}): Captured => ({
  id: 'f1',
  name: '门头.jpg',
  size: 1000,
  type: 'image/jpeg',
  evidenceKind: 'photo',
  attachKey: 'evidence-0123456789abcdef',
  state: { kind: 'waiting' },
  ...patch,
});
const HASH = 'a'.repeat(64);

describe('the files of a result entry', () => {
  it('uploads a chosen file at once, but attaches it only once the result is saved', () => {
    expect(nextStep(file(), false)).toBe('upload');
    expect(nextStep(file({ hash: HASH, state: { kind: 'uploaded' } }), false)).toBe('none');
    expect(nextStep(file({ hash: HASH, state: { kind: 'uploaded' } }), true)).toBe('attach');
  });

  it('does nothing with a file being sent, attached or refused', () => {
    for (const state of [
      { kind: 'uploading', sent: 5 },
      { kind: 'attaching' },
      { kind: 'attached' },
      { kind: 'failed', status: 413, code: 'EVIDENCE_TOO_LARGE', retry: false },
    ] as const)
      expect(nextStep(file({ hash: HASH, state }), true)).toBe('none');
  });

  it('keeps a file waiting when the api is not reached, and attaches it (not uploads again) once back', () => {
    const uploaded = file({ hash: HASH, state: { kind: 'attaching' } });
    const waiting = afterFailure(uploaded, { status: 0, code: 'NETWORK' });
    expect(waiting.state).toEqual({ kind: 'waiting' });
    expect(nextStep(waiting, true)).toBe('attach');
    expect(waiting.attachKey).toBe(uploaded.attachKey);
  });

  it('lets the user try again when the store is down, not when the file is refused', () => {
    const down = afterFailure(file(), { status: 503, code: 'BLOB_STORE_UNAVAILABLE' });
    expect(down.state).toMatchObject({ kind: 'failed', retry: true });
    expect(retried(down).state).toEqual({ kind: 'waiting' });
    const large = afterFailure(file(), { status: 413, code: 'EVIDENCE_TOO_LARGE', details: { maxBytes: 1 } });
    expect(large.state).toMatchObject({ kind: 'failed', retry: false, details: { maxBytes: 1 } });
    expect(retried(large)).toBe(large);
    expect(afterFailure(file(), { status: 415, code: 'EVIDENCE_TYPE_UNSUPPORTED' }).state).toMatchObject({
      retry: false,
    });
  });

  it('counts a file found on the record already as attached', () => {
    const sent = file({ hash: HASH, state: { kind: 'attaching' } });
    expect(afterAttachFailure(sent, { status: 409, code: 'EVIDENCE_ALREADY_ATTACHED' }).state).toEqual({
      kind: 'attached',
    });
  });

  it('attaches to the result by the file’s hash, kind and name', () => {
    expect(attachmentOf({ ...file(), hash: HASH }, { entityId: 'e1', departmentId: 'scjg' })).toEqual({
      hash: HASH,
      kind: 'photo',
      name: '门头.jpg',
      to: { kind: 'result', entityId: 'e1', departmentId: 'scjg' },
    });
    expect(
      attachmentOf({ ...file({ name: '' }), hash: HASH }, { entityId: 'e', departmentId: 'd' }).name,
    ).toBe(undefined);
  });

  it('is unfinished while any file has a step to go', () => {
    expect(unfinished([file({ state: { kind: 'attached' } })])).toBe(false);
    expect(unfinished([file({ state: { kind: 'attached' } }), file({ state: { kind: 'uploaded' } })])).toBe(
      true,
    );
  });
});
