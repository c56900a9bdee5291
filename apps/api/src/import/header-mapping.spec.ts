import { mapHeaders, normalizeHeader, rowValues } from './header-mapping';
import { ImportFileError } from './import-file.error';
import { ENTITY_COLUMNS } from './testing/import-fixtures';

function fileError(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

describe('normalizeHeader', () => {
  it('drops whitespace (full-width too), required markers and case, and folds full-width forms', () => {
    expect(normalizeHeader('　名　称 ')).toBe('名称');
    expect(normalizeHeader('*Legal Representative')).toBe('legalrepresentative');
    expect(normalizeHeader('名称（ＮＡＭＥ）')).toBe('名称(name)');
  });
});

describe('mapHeaders', () => {
  it('matches Chinese, English, combined and alias headers', () => {
    const mapping = mapHeaders(
      ['统一社会信用代码', 'NAME', '类型(type)', '地址（address）', '负责人'],
      ENTITY_COLUMNS,
    );
    expect(mapping.columns).toEqual([
      { index: 0, field: 'code' },
      { index: 1, field: 'name' },
      { index: 2, field: 'type' },
      { index: 3, field: 'address' },
      { index: 4, field: 'legalRepresentative' },
    ]);
    expect(mapping.unknownHeaders).toEqual([]);
  });

  it('accepts a combined header when one part is reworded', () => {
    const mapping = mapHeaders(['企业名称（name）', '信用代码（统一代码）'], ENTITY_COLUMNS);
    expect(mapping.columns.map((column) => column.field)).toEqual(['name', 'code']);
  });

  it('reports unknown headers and ignores blank ones', () => {
    const mapping = mapHeaders([' code ', '名称', '', '备注', '类型（name）'], ENTITY_COLUMNS);
    expect(mapping.headers).toEqual(['code', '名称', '', '备注', '类型（name）']);
    expect(mapping.unknownHeaders).toEqual(['备注', '类型（name）']);
    expect(mapping.columns).toEqual([
      { index: 0, field: 'code' },
      { index: 1, field: 'name' },
    ]);
  });

  it('lists the missing required columns', () => {
    const error = fileError(() => mapHeaders(['名称', '地址'], ENTITY_COLUMNS));
    expect(error.code).toBe('IMPORT_FILE_INVALID');
    expect(error.message).toContain('统一社会信用代码（code）');
    expect(error.details).toEqual({
      missingColumns: [{ field: 'code', zh: '统一社会信用代码', en: 'code' }],
    });
  });

  it('rejects a column given twice', () => {
    const error = fileError(() => mapHeaders(['code', '名称', '统一社会信用代码'], ENTITY_COLUMNS));
    expect(error.details).toEqual({
      duplicateColumns: [
        { field: 'code', zh: '统一社会信用代码', en: 'code', headers: ['code', '统一社会信用代码'] },
      ],
    });
  });

  it('rejects a header row that names no column at all', () => {
    const error = fileError(() => mapHeaders(['a', 'b'], [{ field: 'x', zh: '甲', en: 'x' }]));
    expect(error.details).toEqual({ unknownHeaders: ['a', 'b'] });
  });

  it('refuses column definitions that share a header', () => {
    expect(() =>
      mapHeaders(
        ['名称'],
        [
          { field: 'a', zh: '名称', en: 'a' },
          { field: 'b', zh: '其他', en: 'b', aliases: ['名称'] },
        ],
      ),
    ).toThrow('both accept the header');
  });
});

describe('rowValues', () => {
  it('trims values and leaves empty cells out', () => {
    const mapping = mapHeaders(['code', 'name', 'address'], ENTITY_COLUMNS);
    const cells = [' 91X ', '　', undefined];
    expect(rowValues(mapping, (index) => cells[index])).toEqual({ code: '91X' });
    expect(rowValues(mapping, () => ' ')).toBeUndefined();
  });
});
