import { toggled } from '../../components/toggled';
import { emptyDraft, fraction, initiateBody, splitCodes } from './task-form';

describe('the initiate-a-joint-task form', () => {
  it('splits code lists however they are typed', () => {
    expect(splitCodes(' 320102, 320104，320105、320106\n320111 ')).toEqual([
      '320102',
      '320104',
      '320105',
      '320106',
      '320111',
    ]);
    expect(splitCodes('  ')).toEqual([]);
  });

  it('reads percents as fractions', () => {
    expect(fraction('5')).toBe(0.05);
    expect(fraction('0.3')).toBe(0.003);
    expect(fraction('')).toBeUndefined();
    expect(fraction('abc')).toBeNaN();
  });

  it('sends an ad-hoc task with a count, leaving out empty criteria', () => {
    const body = initiateBody({
      ...emptyDraft,
      name: ' 餐饮联合抽查 ',
      basis: 'adhoc',
      planId: 'p1',
      adhocReason: '群众投诉',
      itemIds: ['i1'],
      participants: [{ departmentId: 'd2', itemIds: ['i2'] }],
      regionCodes: '320102',
      count: '20',
      from: '2026-03-01',
      to: '2026-03-31',
      beaconMode: 'without',
    });
    expect(body).toEqual({
      adhocReason: '群众投诉',
      name: '餐饮联合抽查',
      participants: [{ departmentId: 'd2', itemIds: ['i2'] }],
      itemIds: ['i1'],
      criteria: { regionCodes: ['320102'] },
      sampling: { count: 20 },
      window: { from: '2026-03-01', to: '2026-03-31' },
    });
  });

  it('sends ratios per credit-risk class with the ratio for the classes not given', () => {
    const body = initiateBody({
      ...emptyDraft,
      planId: 'p1',
      samplingMode: 'ratio',
      ratioPercent: '3',
      byCreditRisk: true,
      classPercents: { A: '', B: '5', C: '10', D: '30' },
    });
    expect(body.planId).toBe('p1');
    expect(body.sampling).toEqual({ ratio: 0.03, byCreditRisk: { B: 0.05, C: 0.1, D: 0.3 } });
  });

  it('leaves a blank count or ratio out, for the api to say that one is needed', () => {
    expect(initiateBody({ ...emptyDraft }).sampling).toEqual({});
    expect(initiateBody({ ...emptyDraft, samplingMode: 'ratio' }).sampling).toEqual({});
  });

  it("names the beacon round (with a daily source's date), or the reason for going without one", () => {
    const named = {
      ...emptyDraft,
      beaconSource: 'cwl-3d',
      beaconRound: ' 2026115 ',
      beaconDrawDate: '2026-05-01',
    };
    expect(initiateBody(named)).toMatchObject({
      beacon: { source: 'cwl-3d', round: '2026115', drawDate: '2026-05-01' },
    });
    const drand = initiateBody({ ...emptyDraft, beaconSource: 'drand-quicknet', beaconRound: '21000000' });
    expect((drand as { beacon?: unknown }).beacon).toEqual({ source: 'drand-quicknet', round: '21000000' });
    const without = initiateBody({ ...named, beaconMode: 'without', withoutBeaconReason: ' 突发事件 ' });
    expect(without).toMatchObject({ withoutBeaconReason: '突发事件' });
    expect(without).not.toHaveProperty('beacon');
    // Blank: an ad hoc task's reason serves (DRAW_WITHOUT_BEACON=urgent-adhoc).
    expect(initiateBody({ ...named, beaconMode: 'without' })).not.toHaveProperty('withoutBeaconReason');
  });

  it('ticks and unticks', () => {
    expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggled(['a'], 'a', true)).toEqual(['a']);
  });

  it('sends the beyond-plan reason of a task in a plan, and the lead a joint office names', () => {
    const inPlan = { ...emptyDraft, name: '超计划抽查', planId: 'p1', beyondPlanReason: ' 投诉集中 ' };
    expect(initiateBody(inPlan)).toMatchObject({ planId: 'p1', beyondPlanReason: '投诉集中' });
    expect(initiateBody({ ...inPlan, beyondPlanReason: '  ' })).not.toHaveProperty('beyondPlanReason');
    // An ad hoc task has no plan to go beyond.
    expect(initiateBody({ ...inPlan, basis: 'adhoc' })).not.toHaveProperty('beyondPlanReason');
    expect(initiateBody({ ...inPlan, leadDepartmentId: 'scjg' })).toMatchObject({ leadDepartmentId: 'scjg' });
    expect(initiateBody(inPlan)).not.toHaveProperty('leadDepartmentId');
  });
});
