import { isRate, percentValue, statisticFigures } from './statistics-model';

const statistics = {
  year: 2026,
  departmentId: null,
  asOf: '2026-11-26',
  directory: { registered: 3000 },
  tasks: { initiated: 40, cancelled: 4, cancelledAfterDraw: 1, locked: 36, completed: 36, executionRate: 1 },
  cancelledAfterDrawByLead: [{ departmentId: 'scjg', tasks: 1 }],
  joint: { tasks: 31, share: 0.8611 },
  entitiesChecked: 174,
  results: {
    due: 335,
    enteredOnTime: 335,
    publishedOnTime: 250,
    enteredOnTimeRate: 1,
    publishedOnTimeRate: 0.7463,
    published: 335,
    problemsFound: 257,
    problemDiscoveryRate: 0.7672,
  },
  followUps: { recorded: 18 },
  referrals: {
    sent: 5,
    byState: { sent: 1, accepted: 1, returned: 1, caseFiled: 1, decided: 1 },
    overdue: 2,
  },
  tasksWithoutDeadlines: [],
};

describe('the year’s statistics', () => {
  it('lays the api’s figures out flat', () => {
    expect(statisticFigures(statistics)).toMatchObject({
      registered: 3000,
      tasksCompleted: 36,
      tasksCancelledAfterDraw: 1,
      jointShare: 0.8611,
      publishedOnTimeRate: 0.7463,
      followUps: 18,
      referralsSent: 5,
      referralsOverdue: 2,
    });
  });

  it('knows the rates, and draws them as percentages', () => {
    expect(isRate('jointShare')).toBe(true);
    expect(isRate('jointTasks')).toBe(false);
    expect(percentValue(0.7463)).toBe(74.6);
    expect(percentValue(null)).toBeNull();
  });
});
