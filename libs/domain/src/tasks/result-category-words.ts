import type { ResultCategory } from './task-vocabulary';

/**
 * The result categories in the words of the national credit publicity system (the Standard's
 * list), as printed on the result notice; the console and the yearly workbook use the same words.
 */
export const RESULT_CATEGORY_WORDS: Readonly<Record<ResultCategory, string>> = {
  no_issue_found: '未发现问题',
  info_not_publicized: '未按规定公示应当公示的信息',
  unreachable_at_registered_address: '通过登记的住所（经营场所）无法联系',
  seriously_uncooperative: '不配合检查情节严重',
  no_relevant_business: '未发现开展本次抽查涉及的经营活动',
  ordered_to_correct: '发现问题，依法责令立即改正或者限期改正',
  pending_investigation: '发现问题，待后续调查处理',
  compliant: '合格',
  non_compliant: '不合格',
  other: '其他情况',
};
