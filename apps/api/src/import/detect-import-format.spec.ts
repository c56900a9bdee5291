import { detectImportFormat } from './detect-import-format';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('detectImportFormat', () => {
  it('goes by the file extension, in any case', () => {
    expect(detectImportFormat('企业名录.csv', undefined)).toBe('csv');
    expect(detectImportFormat('REGISTER.XLSX', 'application/octet-stream')).toBe('xlsx');
    expect(detectImportFormat('a.b.Csv', XLSX_MIME)).toBe('csv');
  });

  it('goes by the MIME type when the name has no known extension', () => {
    expect(detectImportFormat(undefined, 'text/csv; charset=utf-8')).toBe('csv');
    expect(detectImportFormat('upload', XLSX_MIME)).toBe('xlsx');
  });

  it('takes application/vnd.ms-excel as CSV only with a .csv name', () => {
    expect(detectImportFormat('list.csv', 'application/vnd.ms-excel')).toBe('csv');
    expect(detectImportFormat('list', 'application/vnd.ms-excel')).toBeUndefined();
  });

  it('does not support old binary Excel or unknown files', () => {
    expect(detectImportFormat('list.xls', 'application/vnd.ms-excel')).toBeUndefined();
    expect(detectImportFormat('list.xls', XLSX_MIME)).toBeUndefined();
    expect(detectImportFormat('list.pdf', 'application/pdf')).toBeUndefined();
    expect(detectImportFormat(undefined, undefined)).toBeUndefined();
  });
});
