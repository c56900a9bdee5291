import * as domain from '../../../../../libs/domain/src/tasks/task-vocabulary';
import * as registers from '../../../../../libs/domain/src/registers/vocabulary';
import * as web from './vocabulary';

describe('the web console speaks the domain’s words', () => {
  it('has the same result categories, reasons and follow-up kinds as libs/domain', () => {
    expect(web.RESULT_CATEGORIES).toEqual(domain.RESULT_CATEGORIES);
    expect(web.REPLACEMENT_REASONS).toEqual(domain.REPLACEMENT_REASONS);
    expect(web.WITHDRAWAL_REASONS).toEqual(domain.ENTITY_WITHDRAWAL_REASONS);
    expect(web.FOLLOW_UP_KINDS).toEqual(domain.FOLLOW_UP_KINDS);
  });

  it('has the same entity kinds and credit-risk classes as the registers', () => {
    expect(web.ENTITY_KINDS).toEqual(registers.ENTITY_KINDS);
    expect(web.CREDIT_RISK_CLASSES).toEqual(registers.CREDIT_RISK_CLASSES);
  });
});
