import { RESULT_CATEGORIES } from '@app/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ResultDto } from './result.dto';

/** The fields of a result a validator refuses, for a body with the category given. */
function refusedFields(category: unknown): string[] {
  const body = { category, method: 'onsite', itemFindings: [], inspectedOn: '2026-04-10', entityId: 'e1' };
  return validateSync(plainToInstance(ResultDto, body)).map((e) => e.property);
}

describe('result categories (the Anhui standard: 公示抽查检查结果)', () => {
  it.each(RESULT_CATEGORIES)('takes %s', (category) => {
    expect(refusedFields(category)).not.toContain('category');
  });

  it.each(['bogus', '', 'NO_ISSUE_FOUND', 7, null])('refuses %p, naming the field', (category) => {
    expect(refusedFields(category)).toContain('category');
  });

  it("lists the Standard's nine types in its order, 合格/不合格 as two", () => {
    expect(RESULT_CATEGORIES).toEqual([
      'no_issue_found',
      'info_not_publicized',
      'unreachable_at_registered_address',
      'seriously_uncooperative',
      'no_relevant_business',
      'ordered_to_correct',
      'pending_investigation',
      'compliant',
      'non_compliant',
      'other',
    ]);
  });
});
