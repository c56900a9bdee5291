import { cellText, checkCellTexts, dateText, numberText } from './cell-text';

describe('numberText', () => {
  it('writes numbers without exponent', () => {
    expect(numberText(42)).toBe('42');
    expect(numberText(-3.5)).toBe('-3.5');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1.5e-7)).toBe('0.00000015');
  });

  it('keeps integers beyond 15 digits as stored', () => {
    // What exceljs reads for 110101199001011234: the last digits are already gone.
    expect(numberText(Number('110101199001011234'))).toBe('110101199001011230');
    expect(numberText(1.10101199001011e17)).toBe('110101199001011000');
  });

  it('rounds fractions to the 15 digits Excel shows', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(123.456)).toBe('123.456');
  });
});

describe('dateText', () => {
  it('writes dates as YYYY-MM-DD, adding the time only when there is one', () => {
    expect(dateText(new Date(Date.UTC(2024, 2, 1)))).toBe('2024-03-01');
    expect(dateText(new Date(Date.UTC(2024, 2, 1) - 1))).toBe('2024-03-01');
    expect(dateText(new Date(Date.UTC(2024, 2, 1, 14, 30)))).toBe('2024-03-01 14:30:00');
    expect(dateText(new Date(Number.NaN))).toBe('');
  });
});

describe('cellText', () => {
  it('turns each kind of cell value into text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('南京')).toBe('南京');
    expect(cellText(7)).toBe('7');
    expect(cellText(true)).toBe('true');
    expect(cellText(false)).toBe('false');
    expect(cellText(new Date(Date.UTC(2023, 11, 31)))).toBe('2023-12-31');
    expect(cellText({ richText: [{ text: '南京' }, { text: '公司', font: { bold: true } }] })).toBe(
      '南京公司',
    );
    expect(cellText({ formula: 'A1+1', result: 8 })).toBe('8');
    expect(cellText({ formula: 'A1', result: undefined })).toBe('');
    expect(cellText({ sharedFormula: 'B2', result: 'x' })).toBe('x');
    expect(cellText({ text: '官网', hyperlink: 'https://example.cn' })).toBe('官网');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
});

describe('checkCellTexts', () => {
  it('normalises cells to NFC', () => {
    expect(checkCellTexts({ name: 'Cafe\u0301' })).toEqual({ values: { name: 'Caf\u00e9' }, problems: [] });
  });

  it('reports cells with controls, bidi overrides or lone surrogates by field, as the JSON api does', () => {
    const { problems } = checkCellTexts({
      name: '南京\u0000公司',
      address: '\u202Eevil',
      legalRepresentative: '\ud800x',
      tags: '餐饮\n学校周边',
    });
    expect(problems.map((p) => p.field)).toEqual(['name', 'address', 'legalRepresentative']);
    expect(problems[0].reason).toMatch(/U\+0000/);
    expect(problems[1].reason).toMatch(/U\+202E/);
    expect(problems[2].reason).toMatch(/surrogate/);
  });
});
