import type { Decider } from '../decider';
import type { DomainEvent } from '../domain-event';
import { DomainError } from '../domain-error';

/** What one export of an entity's case file (一对象一档案) gave out, as the accountability trail keeps it. */
export interface CaseFileExport {
  entityId: string;
  /** `all`: auditors and supervisors (every task's evidence); `department`: the caller's department's tasks' files only. */
  scope: 'all' | 'department';
  /** Entries of the case file the export lists. */
  entries: number;
  /** Evidence files put in the ZIP, and their bytes. */
  files: number;
  bytes: number;
  /** SHA-256 of the manifest.json in the ZIP, hex: the auditor checks the file given out against it. */
  manifestSha256: string;
}

export interface ExportCaseFile extends CaseFileExport {
  kind: 'ExportCaseFile';
}

export type CaseFileEvent = DomainEvent<'CaseFileExported', CaseFileExport>;

/** Exports so far: the stream's length (nothing else is decided from the past). */
export interface CaseFileState {
  exports: number;
}

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/**
 * The case-file stream `caseFile-<entityId>`: one event per export, appended before the ZIP is
 * sent, so every copy given out is on the record (who, when, what it held).
 */
export const caseFileDecider: Decider<ExportCaseFile, CaseFileEvent, CaseFileState> = {
  initialState: () => ({ exports: 0 }),
  evolve: (state) => ({ exports: state.exports + 1 }),
  decide(command) {
    const { kind: _kind, ...data } = command;
    if (!/^[0-9a-f]{64}$/.test(data.manifestSha256) || ![data.entries, data.files, data.bytes].every(isCount))
      throw new DomainError(
        'CASE_FILE_EXPORT_INVALID',
        'An export names its manifest’s SHA-256 and its counts',
      );
    return [{ type: 'CaseFileExported', data }];
  },
};
