import { BEACON_SOURCES, commitmentOf } from '@app/domain';
import { beaconStep, publicationOf, seedChecks, withoutBeaconAllowed } from './beacon-view';
import { aTask } from './task-fixture';
import type { EntityDrawRecord } from './task-types';

const operator = (departmentId: string, userId = `op-${departmentId}`) => ({
  userId,
  departmentId,
  roles: ['operator'],
});
const beacon = {
  source: 'cwl-3d',
  round: '2026115',
  drawDate: '2026-05-01',
  publishedAt: '2026-05-01T13:15:00.000Z',
};

describe('the beacon on the console', () => {
  it('offers going without a beacon only where the deployment allows it for the task', () => {
    expect(withoutBeaconAllowed({ withoutBeacon: 'never' }, 'adhoc')).toBe(false);
    expect(withoutBeaconAllowed({ withoutBeacon: 'urgent-adhoc' }, 'adhoc')).toBe(true);
    expect(withoutBeaconAllowed({ withoutBeacon: 'urgent-adhoc' }, 'plan')).toBe(false);
    expect(withoutBeaconAllowed({ withoutBeacon: 'any' }, 'plan')).toBe(true);
    expect(withoutBeaconAllowed(undefined, 'adhoc')).toBe(false);
  });

  it('tells when a round is published, once it is written as its source writes it', () => {
    const lottery = BEACON_SOURCES['cwl-3d'];
    expect(publicationOf(lottery, '2026115', '2026-05-01')).toBe('2026-05-01T13:15:00.000Z');
    expect(publicationOf(lottery, '2026115', '')).toBeUndefined();
    expect(publicationOf(lottery, '115', '2026-05-01')).toBeUndefined();
    const drand = BEACON_SOURCES['drand-quicknet'];
    expect(publicationOf(drand, ' 2 ', '')).toBe(new Date((1692803367 + 3) * 1000).toISOString());
  });

  it("walks the lead's freeze, one department's entry and another's confirmation", () => {
    const task = aTask({ beacon });
    expect(beaconStep(task, operator('lead'))).toBe('freeze');
    expect(beaconStep(task, operator('p1'))).toBe('awaitFreeze');
    const frozen = aTask({
      beacon,
      responses: {
        p1: { accepted: true, itemIds: ['i-p1'], late: false },
        p2: { accepted: true, itemIds: ['i-p2'], late: false },
      },
      poolFrozen: { position: 7, frozenAt: '2026-05-01T10:00:00Z' },
    });
    expect(beaconStep(frozen, operator('p1'))).toBe('enter');
    expect(beaconStep(frozen, { ...operator('other'), roles: ['operator'] })).toBe('awaitEntry');
    const entered = aTask({
      ...frozen,
      beaconValue: { value: '528', enteredBy: 'op-lead', departmentId: 'lead', confirmed: false },
    });
    expect(beaconStep(entered, operator('lead'))).toBe('reenter');
    expect(beaconStep(entered, { ...operator('lead', 'head-lead'), roles: ['head'] })).toBe('reenter');
    expect(beaconStep(entered, operator('p2'))).toBe('confirm');
    expect(beaconStep(entered, { ...operator('p2'), roles: ['inspector'] })).toBe('awaitConfirmation');
    const confirmed = aTask({ ...entered, beaconValue: { ...entered.beaconValue!, confirmed: true } });
    expect(beaconStep(confirmed, operator('p2'))).toBe('confirmed');
  });

  it('checks every revealed seed of a v2 draw against its commitment, and finds one that differs', () => {
    const seed = (c: string) => c.repeat(64);
    const task = aTask({
      seedCommitment: commitmentOf(seed('1')),
      contributionCommitments: { p1: commitmentOf(seed('2')) },
      inspectorSeedCommitments: { lead: commitmentOf(seed('3')), p1: commitmentOf(seed('4')) },
    });
    const record = {
      seed: seed('1'),
      seeds: {
        lead: seed('1'),
        contributions: { p1: seed('2') },
        inspectors: { lead: seed('3'), p1: seed('5') },
      },
    } as unknown as EntityDrawRecord;
    expect(seedChecks(task, record).map((c) => [c.kind, c.departmentId, c.matches])).toEqual([
      ['lead', 'lead', true],
      ['contribution', 'p1', true],
      ['inspectors', 'lead', true],
      ['inspectors', 'p1', false],
    ]);
    const v1 = { seed: seed('1') } as unknown as EntityDrawRecord;
    expect(seedChecks(task, v1)).toEqual([expect.objectContaining({ kind: 'lead', matches: true })]);
  });
});
