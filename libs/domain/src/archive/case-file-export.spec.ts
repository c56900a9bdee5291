import { deciderSpecification } from '../testing/decider-specification';
import { type CaseFileExport, caseFileDecider } from './case-file-export';

const spec = deciderSpecification(caseFileDecider);

const exported: CaseFileExport = {
  entityId: 'e1',
  scope: 'all',
  entries: 12,
  files: 3,
  bytes: 6_000_000,
  manifestSha256: 'a'.repeat(64),
};

describe('the case-file export record (一对象一档案)', () => {
  it('given any exports before, when a case file is exported, then CaseFileExported with what it held', () => {
    const before = { type: 'CaseFileExported' as const, data: { ...exported, files: 0, bytes: 0 } };
    spec
      .given([before])
      .when({ kind: 'ExportCaseFile', ...exported })
      .then([{ type: 'CaseFileExported', data: exported }]);
  });

  it('when the manifest hash is not a SHA-256, then CASE_FILE_EXPORT_INVALID', () => {
    spec
      .given([])
      .when({ kind: 'ExportCaseFile', ...exported, manifestSha256: 'xyz' })
      .thenRejects('CASE_FILE_EXPORT_INVALID');
  });

  it('when a count is negative or not whole, then CASE_FILE_EXPORT_INVALID', () => {
    spec
      .given([])
      .when({ kind: 'ExportCaseFile', ...exported, bytes: -1 })
      .thenRejects('CASE_FILE_EXPORT_INVALID');
    spec
      .given([])
      .when({ kind: 'ExportCaseFile', ...exported, files: 1.5 })
      .thenRejects('CASE_FILE_EXPORT_INVALID');
  });
});
