import { slicePage } from './paging';

describe('slicePage', () => {
  const rows = Array.from({ length: 45 }, (_, i) => i);

  it('gives the page asked for, how many there are, and whether others come before and after', () => {
    expect(slicePage(rows, 0, 20)).toMatchObject({ page: 0, pages: 3, hasPrevious: false, hasNext: true });
    expect(slicePage(rows, 2, 20)).toEqual({
      rows: [40, 41, 42, 43, 44],
      page: 2,
      pages: 3,
      hasPrevious: true,
      hasNext: false,
    });
  });

  it('keeps to the last page when the list got shorter, and to the first when empty', () => {
    expect(slicePage(rows, 9, 20).page).toBe(2);
    expect(slicePage([], 3, 20)).toEqual({ rows: [], page: 0, pages: 1, hasPrevious: false, hasNext: false });
  });
});
