import { deciderSpecification } from '../testing/decider-specification';
import { foldEvents } from '../decider';
import { inspectionTaskDecider } from './inspection-task';
import { personalTextSubject } from './personal-text';
import {
  RESULT,
  SEALED_DETAIL,
  SEALED_GROUNDS,
  SEALED_NOTES,
  TASK_ID,
  enterResult,
  erasePersonalText,
  fileObjection,
  histories,
  personalTextErased,
  recordFollowUp,
  requestCorrection,
  resultEntered,
  taskState,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

describe('inspection task: free text with personal data stays sealed', () => {
  it('one inspection (an entity of a task) is one key', () => {
    expect(personalTextSubject('t-1', 'e1')).toBe('inspection/t-1/e1');
    expect(personalTextSubject('t-1', 'e1')).not.toBe(personalTextSubject('t-1', 'e2'));
  });

  it('a result with its witness and notes sealed is entered: ResultEntered holds only the sealed bytes', () => {
    spec
      .given(histories.locked)
      .when(enterResult({ result: { ...RESULT, signatureRefused: true, sealed: SEALED_NOTES } }))
      .then([resultEntered({ result: { ...RESULT, signatureRefused: true, sealed: SEALED_NOTES } })]);
  });

  it.each([
    ['witness', { witness: '王五 13800138000' }],
    ['notes', { notes: '法定代表人身份证 320102198001010011' }],
    ['a withheld answer sent back', { withheld: 'not_allowed' as const }],
  ])('refuses a result with %s in clear: PERSONAL_TEXT_NOT_SEALED', (_, clear) => {
    spec
      .given(histories.locked)
      .when(enterResult({ result: { ...RESULT, ...clear } }))
      .thenRejects('PERSONAL_TEXT_NOT_SEALED');
    spec
      .given(histories.published)
      .when(requestCorrection({ corrected: { ...RESULT, ...clear } }))
      .thenRejects('PERSONAL_TEXT_NOT_SEALED');
  });

  describe('ErasePersonalText', () => {
    it('an administrator erases one inspection’s text, with a reason: PersonalTextErased', () => {
      spec.given(histories.published).when(erasePersonalText()).then([personalTextErased()]);
    });

    it('the state lists the erased inspections, and only once there is one (older states stay as they were)', () => {
      expect(taskState(histories.published)).not.toHaveProperty('personalTextErased');
      expect(taskState([...histories.published, personalTextErased()]).personalTextErased).toEqual(['e1']);
    });

    it('refuses an erasure twice: PERSONAL_TEXT_ALREADY_ERASED', () => {
      spec
        .given([...histories.published, personalTextErased()])
        .when(erasePersonalText())
        .thenRejects('PERSONAL_TEXT_ALREADY_ERASED');
    });

    it('refuses an entity not drawn for the task: ENTITY_NOT_IN_TASK', () => {
      spec
        .given(histories.locked)
        .when(erasePersonalText({ entityId: 'e9' }))
        .thenRejects('ENTITY_NOT_IN_TASK');
    });

    it('refuses an erasure without a reason: ERASURE_NEEDS_REASON', () => {
      spec
        .given(histories.locked)
        .when(erasePersonalText({ reason: ' ' }))
        .thenRejects('ERASURE_NEEDS_REASON');
    });

    it('refuses a task that does not exist: TASK_NOT_FOUND', () => {
      spec.given([]).when(erasePersonalText()).thenRejects('TASK_NOT_FOUND');
    });

    it('after erasure nothing more is sealed for that inspection: PERSONAL_TEXT_ERASED', () => {
      const erased = [...histories.published, personalTextErased()];
      spec
        .given(erased)
        .when(requestCorrection({ corrected: { ...RESULT, sealed: SEALED_NOTES } }))
        .thenRejects('PERSONAL_TEXT_ERASED');
      spec
        .given(erased)
        .when(fileObjection({ sealed: SEALED_GROUNDS }))
        .thenRejects('PERSONAL_TEXT_ERASED');
      spec
        .given(erased)
        .when(recordFollowUp({ sealed: SEALED_DETAIL }))
        .thenRejects('PERSONAL_TEXT_ERASED');
    });

    it('a result without personal text may still be corrected after erasure, and the task replays', () => {
      const erased = [...histories.published, personalTextErased()];
      spec
        .given(erased)
        .when(requestCorrection({ corrected: RESULT }))
        .then([
          {
            type: 'CorrectionRequested',
            data: {
              taskId: TASK_ID,
              requestId: 'r-c',
              entityId: 'e1',
              departmentId: 'scjg',
              corrected: RESULT,
              reason: '录入错误',
              requesterId: 'u-scjg',
            },
          },
        ]);
      expect(foldEvents(inspectionTaskDecider, erased)).toMatchObject({ status: 'locked' });
    });
  });
});
