import type { CaseFileEntry } from '@app/contract';
import { ApiError } from '../common/api-error';
import { exportable } from './case-file-bounds';

const evidence = (hash: string, size: number, withheld = false): CaseFileEntry => ({
  id: hash,
  kind: 'evidence',
  taskId: 't1',
  at: '2026-05-11T02:00:00.000Z',
  position: 1,
  by: 'i1',
  detail: { hash, size, contentType: 'image/jpeg', kind: 'photo' },
  ...(withheld ? { withheld: true as const } : {}),
});
const limits = { maxEntries: 10, maxFiles: 2, maxBytes: 1000 };

function refusal(act: () => unknown): [number, string] {
  try {
    act();
  } catch (error) {
    if (error instanceof ApiError) return [error.statusCode, error.code];
  }
  return [0, 'none'];
}

describe('what one case-file export may hold (ADR 49)', () => {
  it('lists each visible file once, withheld ones left out', () => {
    const { files } = exportable(
      [evidence('a'.repeat(64), 10), evidence('a'.repeat(64), 10), evidence('b'.repeat(64), 20, true)],
      limits,
    );
    expect(files.map((f) => [f.path, f.size])).toEqual([[`evidence/${'a'.repeat(64)}`, 10]]);
  });

  it('refuses 413 CASE_FILE_TOO_LARGE past the entries, files or bytes allowed', () => {
    expect(refusal(() => exportable(undefined, limits))).toEqual([413, 'CASE_FILE_TOO_LARGE']);
    const three = ['a', 'b', 'c'].map((c) => evidence(c.repeat(64), 10));
    expect(refusal(() => exportable(three, limits))).toEqual([413, 'CASE_FILE_TOO_LARGE']);
    expect(refusal(() => exportable([evidence('d'.repeat(64), 1001)], limits))).toEqual([
      413,
      'CASE_FILE_TOO_LARGE',
    ]);
    expect(exportable([evidence('d'.repeat(64), 1000)], limits).files).toHaveLength(1);
  });
});
