import { fileNameFrom } from './files';

describe('fileNameFrom', () => {
  it('reads the name the api gives', () => {
    expect(fileNameFrom('attachment; filename="entities-template.xlsx"', 'x')).toBe('entities-template.xlsx');
    expect(fileNameFrom('attachment; filename=task-1-bundle.json', 'x')).toBe('task-1-bundle.json');
  });

  it('prefers the encoded name, and falls back when there is none', () => {
    expect(fileNameFrom('attachment; filename="a.csv"; filename*=UTF-8\'\'%E6%A8%A1%E6%9D%BF.csv', 'x')).toBe(
      '模板.csv',
    );
    expect(fileNameFrom(null, 'fallback.json')).toBe('fallback.json');
    expect(fileNameFrom('attachment', 'fallback.json')).toBe('fallback.json');
  });
});
