import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import {
  RESULT,
  TASK_ID,
  cancelTask,
  enterResult,
  histories,
  initiateAdhocTask,
  initiated,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

/** The standard locked task, as if its window had been accepted before windows had a range. */
const lockedWithWindow = (window: { from: string; to: string }) => [
  initiated({ window }),
  ...histories.locked.slice(1),
];

describe('inspection task: dates within the range (2000-01-01 to 2100-12-31)', () => {
  describe('InitiateTask', () => {
    it.each([
      ['ends in year 9999', { from: '2026-12-01', to: '9999-12-31' }],
      ['ends after 2100', { from: '2100-12-01', to: '2101-01-31' }],
      ['starts before 2000', { from: '1999-12-01', to: '2000-01-31' }],
    ])('given nothing, when a window %s, then TASK_WINDOW_OUT_OF_RANGE', (_what, window) => {
      spec
        .given([])
        .when({ ...initiateAdhocTask('专项'), window })
        .thenRejects('TASK_WINDOW_OUT_OF_RANGE');
    });

    it('given nothing, when a window spans 367 days, then TASK_WINDOW_TOO_LONG', () => {
      spec
        .given([])
        .when({ ...initiateAdhocTask('专项'), window: { from: '2026-01-01', to: '2027-01-02' } })
        .thenRejects('TASK_WINDOW_TOO_LONG');
    });

    it('given nothing, when a window spans 366 days up to the range’s last day, then it is initiated', () => {
      const window = { from: '2099-12-31', to: '2100-12-31' };
      const events = inspectionTaskDecider.decide(
        { ...initiateAdhocTask('专项'), window },
        inspectionTaskDecider.initialState(),
      );
      expect(events).toEqual([expect.objectContaining({ type: 'InspectionTaskInitiated' })]);
    });
  });

  describe('EnterResult', () => {
    it('given a task whose window starts before 2000, when a result is dated 1999, then INSPECTION_DATE_OUT_OF_RANGE', () => {
      spec
        .given(lockedWithWindow({ from: '1999-12-01', to: '2026-11-30' }))
        .when(enterResult({ result: { ...RESULT, inspectedOn: '1999-12-31' } }))
        .thenRejects('INSPECTION_DATE_OUT_OF_RANGE');
    });
  });

  describe('CancelTask', () => {
    it('given a locked task with a window to 9999-12-31, when its lead cancels it, then InspectionTaskCancelled naming its entities', () => {
      spec
        .given(lockedWithWindow({ from: '2026-12-01', to: '9999-12-31' }))
        .when(cancelTask())
        .then([
          {
            type: 'InspectionTaskCancelled',
            data: { taskId: TASK_ID, reason: '专项行动取消', entityIds: ['e1', 'e2'] },
          },
        ]);
    });

    it('given a locked task within the range, when its lead cancels it, then TASK_LOCKED still', () => {
      spec.given(histories.locked).when(cancelTask()).thenRejects('TASK_LOCKED');
    });
  });
});
