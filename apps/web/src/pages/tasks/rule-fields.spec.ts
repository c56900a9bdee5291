import { ApiFailure } from '../../api/client';
import { RULE_FIELDS, byField } from './rule-fields';

describe('byField', () => {
  it('puts a broken rule beside the fields it concerns', () => {
    const refused = new ApiFailure(
      409,
      'ITEM_NOT_IN_PLAN',
      'Items outside the plan need an ad hoc reason',
      {},
    );
    // With its code and details, so that the console words it from the refusal catalogue.
    expect(byField(refused, RULE_FIELDS.initiate)?.problemFor('adhocReason')).toEqual({
      field: 'adhocReason',
      reason: 'Items outside the plan need an ad hoc reason',
      code: 'ITEM_NOT_IN_PLAN',
      details: {},
    });
  });

  it('keeps a 400 as the api gave it, and leaves other refusals to the action', () => {
    const invalid = new ApiFailure(400, 'VALIDATION_FAILED', 'Invalid', [{ field: 'name', reason: 'empty' }]);
    expect(byField(invalid, RULE_FIELDS.initiate)).toBe(invalid);
    expect(byField(new ApiFailure(403, 'ROLE_NOT_ALLOWED', 'no'), RULE_FIELDS.initiate)).toBeUndefined();
    expect(byField(undefined, RULE_FIELDS.initiate)).toBeUndefined();
  });
});
