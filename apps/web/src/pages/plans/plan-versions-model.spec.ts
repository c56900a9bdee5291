import type { Plan } from './plan-model';
import { publishedVersions } from './plan-versions-model';

const adjustment = (reason: string, version: number) => ({
  changes: { name: reason },
  previous: {},
  reason,
  at: '2027-06-10T02:00:00.000Z',
  actorId: 'u-1',
  version,
});

describe('a plan’s published versions', () => {
  const plan: Pick<Plan, 'publications' | 'adjustments' | 'filings'> = {
    publications: [
      { version: 1, at: '2027-01-20T02:00:00.000Z' },
      { version: 2, at: '2027-06-10T02:00:00.000Z' },
    ],
    adjustments: [adjustment('起草时修改', 1), adjustment('增设联合任务', 2), adjustment('待发布的调整', 3)],
    filings: [
      { version: 1, jointOfficeId: 'lxb', filedOn: '2027-01-20', deadline: '2027-01-31', late: false },
      { version: 2, jointOfficeId: 'lxb', filedOn: '2027-06-10', late: false },
    ],
  };

  it('lists each publication newest first, with the reasons of the adjustments it published and its filing', () => {
    expect(publishedVersions(plan)).toEqual([
      {
        version: 2,
        publishedAt: '2027-06-10T02:00:00.000Z',
        reasons: ['增设联合任务'],
        filing: { jointOfficeId: 'lxb', filedOn: '2027-06-10', late: false },
      },
      {
        version: 1,
        publishedAt: '2027-01-20T02:00:00.000Z',
        reasons: [],
        filing: { jointOfficeId: 'lxb', filedOn: '2027-01-20', late: false },
      },
    ]);
  });

  it('leaves out adjustments awaiting publication and drafting before the first, and a plan never filed', () => {
    const rows = publishedVersions({ ...plan, filings: undefined });
    expect(rows.flatMap((r) => r.reasons)).toEqual(['增设联合任务']);
    expect(rows.every((r) => r.filing === undefined)).toBe(true);
    expect(publishedVersions({ publications: [], adjustments: [], filings: [] })).toEqual([]);
  });
});
