import { toCsv } from './csv';

describe('toCsv', () => {
  const columns = [
    { heading: '部门', value: (r: { name: string; n: number }) => r.name },
    { heading: 'count', value: (r: { name: string; n: number }) => r.n },
  ];

  it('writes a heading line and a line per row, with a byte-order mark for Excel', () => {
    expect(toCsv(columns, [{ name: '市场监管局', n: 3 }])).toBe('\uFEFF部门,count\r\n市场监管局,3\r\n');
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(toCsv(columns, [{ name: 'a,"b"\nc', n: 1 }])).toContain('"a,""b""\nc",1');
    expect(toCsv(columns, [{ name: '=SUM(A1)', n: -1 }])).toContain("'=SUM(A1),-1");
  });

  it.each(['=', '+', '-', '@', '\t', '\t=', '\r=', '\n='])('defuses text led by %j', (lead) => {
    const line = toCsv(columns, [{ name: `${lead}cmd|' /C calc'!A0`, n: 1 }]).split('\r\n')[1];
    expect(line.replace(/^"/, '')).toMatch(/^'/);
  });
});
