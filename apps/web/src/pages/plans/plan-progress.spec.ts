import { percent } from './format';
import { planActs } from './plan-model';
import { progressFigures, progressRates } from './plan-progress';

const progress = {
  tasks: { initiated: 5, locked: 3, cancelled: 1 },
  entitiesDrawn: 40,
  results: { owed: 60, entered: 45, published: 30, publishedOnTime: 27, publishedLate: 3 },
};

describe('plan progress', () => {
  it('lays the progress out as figures', () => {
    expect(progressFigures(progress)).toMatchObject({ tasksInitiated: 5, resultsOwed: 60, publishedLate: 3 });
  });

  it('rates entry and publication of the results owed, and timeliness of those published', () => {
    const rates = progressRates(progress);
    expect(percent(rates.entered)).toBe('75.0%');
    expect(percent(rates.published)).toBe('50.0%');
    expect(percent(rates.onTime)).toBe('90.0%');
  });

  it('has no rate while nothing is owed', () => {
    const none = { ...progress, results: { ...progress.results, owed: 0, published: 0 } };
    expect(percent(progressRates(none).published)).toBe('—');
    expect(percent(progressRates(none).onTime)).toBe('—');
  });
});

describe('who may act on a plan', () => {
  const plan = {
    leadDepartmentId: 'd00',
    status: 'draft' as const,
    everPublished: false,
    unpublishedChanges: true,
  };

  it('lets the lead department’s operator publish, adjust and close it, and its head only publish', () => {
    expect(planActs({ departmentId: 'd00', roles: ['operator'] }, plan)).toEqual({
      publish: true,
      adjust: true,
      close: true,
    });
    expect(planActs({ departmentId: 'd00', roles: ['head'] }, plan)).toEqual({
      publish: true,
      adjust: false,
      close: false,
    });
  });

  it('lets another department, or anyone on a closed plan, do nothing', () => {
    expect(Object.values(planActs({ departmentId: 'd01', roles: ['operator'] }, plan))).toEqual([
      false,
      false,
      false,
    ]);
    const closed = { ...plan, status: 'closed' as const };
    expect(Object.values(planActs({ departmentId: 'x', roles: ['admin'] }, closed))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('offers publishing only while there is something new to publish', () => {
    const published = {
      ...plan,
      status: 'published' as const,
      everPublished: true,
      unpublishedChanges: false,
    };
    expect(planActs({ departmentId: 'd00', roles: ['operator'] }, published).publish).toBe(false);
  });
});
