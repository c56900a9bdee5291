import { slicePage } from './slice-page';

describe('slicePage', () => {
  const rows = Array.from({ length: 250 }, (_, i) => i);

  it('cuts a page and says whether others come before or after', () => {
    expect(slicePage(rows, 0, 100)).toMatchObject({ page: 0, hasPrevious: false, hasNext: true });
    const last = slicePage(rows, 2, 100);
    expect(last.rows).toHaveLength(50);
    expect(last).toMatchObject({ hasPrevious: true, hasNext: false });
  });

  it('keeps the page within the list', () => {
    expect(slicePage(rows, 9, 100).page).toBe(2);
    expect(slicePage([], 3, 100)).toEqual({ rows: [], page: 0, hasPrevious: false, hasNext: false });
  });
});
