import { departmentCellReader } from './department-cell';

describe('a sheet department cell', () => {
  const read = departmentCellReader([
    { id: 'scjg-320102', name: '玄武区市场监督管理局' },
    { id: 'xf-320102', name: '玄武区消防救援大队' },
    { id: 'wj-a', name: '卫生健康委员会' },
    { id: 'wj-b', name: '卫生健康委员会' },
  ]);
  const reasonOf = (cell: string) => {
    const read_ = read(cell);
    return 'reason' in read_ ? read_.reason : undefined;
  };

  it('reads a registered code as it is', () => {
    expect(read('scjg-320102')).toEqual({ id: 'scjg-320102' });
  });

  it('reads a registered name as its department, spaces around it ignored', () => {
    expect(read(' 玄武区消防救援大队 ')).toEqual({ id: 'xf-320102' });
  });

  it('refuses a name several departments share, naming their codes', () => {
    expect(reasonOf('卫生健康委员会')).toMatch(/several.*wj-a, wj-b/);
  });

  it('refuses a name no department has', () => {
    expect(reasonOf('鼓楼区市场监督管理局')).toMatch(/no department/);
  });

  it('leaves an unregistered code for the rules that follow', () => {
    expect(read('dept-unknown')).toEqual({ id: 'dept-unknown' });
  });
});
