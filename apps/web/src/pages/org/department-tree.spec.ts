import { possibleParents, treeRows } from './department-tree';

const unit = (id: string, parentId?: string) => ({
  id,
  name: id,
  regionCode: '320000',
  ...(parentId ? { parentId } : {}),
});

describe('the organisation tree', () => {
  const units = [
    unit('qh', 'nj'),
    unit('xw', 'nj'),
    unit('nj', 'js'),
    unit('js'),
    unit('sz', 'js'),
    unit('zj'),
  ];

  it('lists each unit under its parent, depth-first, siblings by code', () => {
    expect(treeRows(units).map((r) => `${r.depth}:${r.department.id}`)).toEqual([
      '0:js',
      '1:nj',
      '2:qh',
      '2:xw',
      '1:sz',
      '0:zj',
    ]);
  });

  it('names each unit’s parent and children', () => {
    const nj = treeRows(units).find((r) => r.department.id === 'nj');
    expect(nj?.parent?.id).toBe('js');
    expect(nj?.children.map((c) => c.id)).toEqual(['qh', 'xw']);
  });

  it('shows a unit whose parent is not listed at the top, and hides none in a cycle', () => {
    expect(treeRows([unit('a', 'gone')]).map((r) => r.depth)).toEqual([0]);
    expect(treeRows([unit('a', 'b'), unit('b', 'a')]).map((r) => r.department.id)).toEqual(['a', 'b']);
  });

  it('offers as parents every unit but the unit itself and those below it', () => {
    expect(possibleParents(units, 'nj').map((d) => d.id)).toEqual(['js', 'sz', 'zj']);
  });
});
