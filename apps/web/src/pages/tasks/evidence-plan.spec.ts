import {
  DEFAULT_PART,
  HASH_AT_ONCE,
  declaredType,
  evidenceKindOf,
  nextPart,
  sizeWords,
  uploadWay,
} from './evidence-plan';

const MiB = 1024 * 1024;

describe('planning an upload', () => {
  it('sends a file up to the bound whole (hashed at once), a larger one by the resumable upload', () => {
    expect(HASH_AT_ONCE).toBe(64 * MiB);
    expect(uploadWay(1)).toBe('whole');
    expect(uploadWay(HASH_AT_ONCE)).toBe('whole');
    expect(uploadWay(HASH_AT_ONCE + 1)).toBe('resumable');
  });

  it('cuts a resumable upload into parts of the server’s size, the last one short', () => {
    const size = 20 * MiB + 5;
    const parts = [];
    for (let p = nextPart(0, size, 8 * MiB); p; p = nextPart(p.end, size, 8 * MiB)) parts.push(p);
    expect(parts).toEqual([
      { start: 0, end: 8 * MiB },
      { start: 8 * MiB, end: 16 * MiB },
      { start: 16 * MiB, end: 20 * MiB + 5 },
    ]);
  });

  it('resumes from the offset the server kept, not from where the part began', () => {
    expect(nextPart(3 * MiB + 7, 20 * MiB, 8 * MiB)).toEqual({ start: 3 * MiB + 7, end: 11 * MiB + 7 });
    expect(nextPart(20 * MiB, 20 * MiB)).toBeUndefined();
  });

  it('uses its own part size when the server names none or an unusable one', () => {
    expect(nextPart(0, 100 * MiB)).toEqual({ start: 0, end: DEFAULT_PART });
    expect(nextPart(0, 100 * MiB, 0)).toEqual({ start: 0, end: DEFAULT_PART });
    expect(nextPart(0, 100 * MiB, Number.NaN)).toEqual({ start: 0, end: DEFAULT_PART });
  });

  it('names the kind of evidence by the file’s type, a scanned form as such', () => {
    expect(evidenceKindOf('image/jpeg', false)).toBe('photo');
    expect(evidenceKindOf('audio/mp4', false)).toBe('audio');
    expect(evidenceKindOf('video/mp4', false)).toBe('video');
    expect(evidenceKindOf('application/pdf', false)).toBe('document');
    expect(evidenceKindOf('', false)).toBe('document');
    expect(evidenceKindOf('image/jpeg', true)).toBe('scanned-form');
  });

  it('declares a type the api takes, else octet-stream (the api reads the content)', () => {
    expect(declaredType('image/jpeg')).toBe('image/jpeg');
    expect(declaredType('application/pdf')).toBe('application/pdf');
    expect(declaredType('')).toBe('application/octet-stream');
    expect(declaredType('text/plain')).toBe('application/octet-stream');
  });

  it('says sizes for people', () => {
    expect(sizeWords(980)).toBe('980 B');
    expect(sizeWords(12_600)).toBe('12.3 KB');
    expect(sizeWords(4.5 * MiB)).toBe('4.5 MB');
    expect(sizeWords(2048 * MiB)).toBe('2.0 GB');
  });
});
