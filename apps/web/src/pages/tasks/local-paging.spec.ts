import { slicePage } from './local-paging';

describe('slicePage', () => {
  it('cuts a list into pages and keeps the page in range', () => {
    const rows = [1, 2, 3, 4, 5];
    expect(slicePage(rows, 0, 2)).toEqual({ rows: [1, 2], pages: 3, page: 0 });
    expect(slicePage(rows, 2, 2)).toEqual({ rows: [5], pages: 3, page: 2 });
    expect(slicePage(rows, 9, 2)).toEqual({ rows: [5], pages: 3, page: 2 });
    expect(slicePage([], 0, 2)).toEqual({ rows: [], pages: 1, page: 0 });
  });
});
