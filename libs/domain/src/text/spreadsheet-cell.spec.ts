import { csvCell, csvText, defuseFormula } from './spreadsheet-cell';

describe('defuseFormula', () => {
  it.each(['=', '+', '-', '@', '\t', '\r', '\n', '\t=', '\r='])(
    'prefixes text led by %j with an apostrophe',
    (lead) => {
      expect(defuseFormula(`${lead}HYPERLINK("http://x")`)).toBe(`'${lead}HYPERLINK("http://x")`);
    },
  );

  it('leaves other text as it is, leading quotes and spaces included', () => {
    for (const text of ['南京', 'A=1', ' =1', "'=1", '', '１']) expect(defuseFormula(text)).toBe(text);
  });
});

describe('csvCell and csvText (one rule for every CSV the platform writes)', () => {
  it('quotes quotes, commas, line breaks and white space at either end', () => {
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell(' 南京')).toBe('" 南京"');
    expect(csvCell('南京 ')).toBe('"南京 "');
    expect(csvCell('南京 市')).toBe('南京 市');
  });

  it('defuses text that could be a formula, quoting what still needs it, and writes numbers as numbers', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes lines with CRLF ends and a byte-order mark', () => {
    expect(
      csvText([
        ['部门', 'n'],
        ['市场监管局', 3],
      ]),
    ).toBe('\uFEFF部门,n\r\n市场监管局,3\r\n');
  });
});
