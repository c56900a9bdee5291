import { deciderSpecification } from '../testing/decider-specification';
import { inspectionTaskDecider } from './inspection-task';
import {
  decideRequest,
  fact,
  histories,
  replacementRequested,
  requestReplacement,
} from './testing/task-fixtures';

/**
 * A replacement brings in someone who counts toward the team's two, as the one replaced did
 * (Yiyuan 十九、二十): checked when asked and again when approved.
 */
describe('inspection task: a replacement counts toward the two', () => {
  const spec = deciderSpecification(inspectionTaskDecider);
  const expert = { ...fact('p-scjg-4'), category: 'expert' as const };
  const uncertified = { ...fact('p-scjg-4'), enforcementValidUntil: undefined };
  const expiring = { ...fact('p-scjg-4'), enforcementValidUntil: '2026-01-01' };
  const certified = { ...fact('p-scjg-4'), enforcementValidUntil: '2030-12-31' };
  const asked = [...histories.locked, replacementRequested()];

  it('given a locked team, when an expert is asked in: AUXILIARY_NOT_COUNTED', () => {
    spec
      .given(histories.locked)
      .when(requestReplacement({ incoming: expert }))
      .thenRejects('AUXILIARY_NOT_COUNTED');
  });

  it('given the rule on, when someone without 执法资格 is asked in: ENFORCEMENT_CERTIFICATE_MISSING', () => {
    spec
      .given(histories.locked)
      .when(requestReplacement({ incoming: uncertified, enforcementRequired: true }))
      .thenRejects('ENFORCEMENT_CERTIFICATE_MISSING');
  });

  it('given the rule on, when 执法资格 ends before the window: ENFORCEMENT_CERTIFICATE_EXPIRED at the approval', () => {
    spec
      .given(asked)
      .when(decideRequest({ incoming: expiring, enforcementRequired: true }))
      .thenRejects('ENFORCEMENT_CERTIFICATE_EXPIRED');
  });

  it('given the rule on, when the newcomer is certified through the window: the replacement is asked', () => {
    spec
      .given(histories.locked)
      .when(requestReplacement({ incoming: certified, enforcementRequired: true }))
      .then([replacementRequested()]);
  });
});
