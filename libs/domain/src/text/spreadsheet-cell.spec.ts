import { defuseFormula } from './spreadsheet-cell';

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
