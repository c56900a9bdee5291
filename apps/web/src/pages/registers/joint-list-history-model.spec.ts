import { listHistory } from './joint-list-history-model';

const version = (n: number, industry: string, itemIds: string[], reason?: string) => ({
  version: n,
  industry,
  leadDepartmentId: 'scjg',
  itemIds,
  departmentIds: ['scjg', 'xf'],
  at: `2026-0${n}-01T02:00:00.000Z`,
  ...(reason ? { reason } : {}),
});

describe('a joint item list’s history', () => {
  it('lists the versions newest first, each with the parts it changed and its reason', () => {
    const history = listHistory({
      versions: [
        version(1, '餐饮', ['i1', 'i2']),
        version(3, '餐饮服务', ['i1', 'i2', 'i3'], '增设事项并更名'),
        version(2, '餐饮', ['i1', 'i2', 'i3'], '增设消防事项'),
      ],
    });
    expect(history.map((h) => [h.version, h.changed, h.reason])).toEqual([
      [3, ['industry'], '增设事项并更名'],
      [2, ['itemIds'], '增设消防事项'],
      [1, [], undefined],
    ]);
  });
});
