import type { TargetCriteria } from '../plans/plan';
import { deciderSpecification } from '../testing/decider-specification';
import { assertEntitiesMayBeDrawn } from './teams';
import { inspectionTaskDecider } from './inspection-task';
import {
  CORRECTED_RESULT,
  RESULT,
  TASK_ID,
  drawEntities,
  enterResult,
  histories,
  initiateTask,
  initiated,
  requestCorrection,
  responded,
  taskState,
} from './testing/task-fixtures';

const spec = deciderSpecification(inspectionTaskDecider);

/** What a task stored before the api checked list fields may hold. */
const STRING_CRITERIA = { kinds: 'enterprise', regionCodes: '320102' } as unknown as TargetCriteria;

describe('inspection task: input of the wrong shape', () => {
  it('refuses to initiate a task whose criteria are not lists: TASK_CRITERIA_MALFORMED', () => {
    spec
      .given([])
      .when(initiateTask({ criteria: STRING_CRITERIA }))
      .thenRejects('TASK_CRITERIA_MALFORMED');
  });

  it('refuses, with a code, to draw a stored task whose criteria are strings: TASK_CRITERIA_MALFORMED', () => {
    const history = [initiated({ criteria: STRING_CRITERIA }), responded('xf'), responded('ws')];
    spec.given(history).when(drawEntities()).thenRejects('TASK_CRITERIA_MALFORMED');
    // The draw service asks the same question before reading the pool.
    let refusal: unknown;
    try {
      assertEntitiesMayBeDrawn(taskState(history), TASK_ID, 'scjg');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      code: 'TASK_CRITERIA_MALFORMED',
      details: { fields: ['kinds', 'regionCodes'] },
    });
  });

  it('refuses a result listing one item twice: FINDING_ITEM_TWICE', () => {
    const [first] = RESULT.itemFindings;
    const twice = {
      ...RESULT,
      itemFindings: [first, { ...first, finding: '未公示', compliant: false }],
    };
    spec
      .given(histories.locked)
      .when(enterResult({ result: twice }))
      .thenRejects('FINDING_ITEM_TWICE');
  });

  it('refuses a correction listing one item twice: FINDING_ITEM_TWICE', () => {
    const [first] = CORRECTED_RESULT.itemFindings;
    const twice = { ...CORRECTED_RESULT, itemFindings: [first, { ...first, compliant: !first.compliant }] };
    spec
      .given(histories.published)
      .when(requestCorrection({ corrected: twice }))
      .thenRejects('FINDING_ITEM_TWICE');
  });
});
