import { ACT_REFUSALS, DOMAIN_REFUSALS, DomainError } from '@app/domain';
import { errorResponse } from './error-response';

/** Issue 19 §4: a refusal about who may act is a 403 and keeps its code; state conflicts stay 409. */
describe('the domain refusals about who may act', () => {
  it.each([...ACT_REFUSALS])('answers %s with 403 and its own code', (code) => {
    expect(errorResponse(new DomainError(code, 'refused'))).toMatchObject({ statusCode: 403, code });
  });

  it('has words for each, as every refusal does', () => {
    expect([...ACT_REFUSALS].filter((code) => !DOMAIN_REFUSALS[code])).toEqual([]);
  });

  it('leaves a state conflict a 409 and a missing thing a 404', () => {
    expect(errorResponse(new DomainError('TASK_LOCKED', 'locked'))).toMatchObject({ statusCode: 409 });
    expect(errorResponse(new DomainError('TASK_NOT_FOUND', 'none'))).toMatchObject({ statusCode: 404 });
  });
});
