import type { Bilingual } from './message-template';

/**
 * The words for each rule a field can break (a 400's `details[].rule`), said beside the field's own
 * control, so without its name: the console puts the form's label before it when it lists the
 * problem elsewhere. So the English is a predicate that reads after the label, lower-case: "Name:
 * is required.", "Ratio: must be from 0% to 100%.". `{min}`, `{max}`, `{character}` … come from the
 * problem's `params`.
 *
 * The rules are class-validator's constraint names as the api's DTOs use them, the api's own
 * validators (isCalendarDate, uniqueItems …), and the api's refinements of them: `required` for an
 * empty or missing value, `ratio` and `range` for a number's bounds, and the formats that
 * `matches` checks (code, regionCode, tag …).
 */
export const FIELD_RULES = {
  required: { zh: '请填写此项。', en: 'is required.' },
  notNull: { zh: '不能为空值；不修改时请不要提交此项。', en: 'must not be null; leave it out instead.' },
  whitelistValidation: { zh: '不是本表单的填写项。', en: 'is not a field of this form.' },
  givenOnce: { zh: '只能填写一次。', en: 'is given more than once; give it once.' },
  moreProblems: {
    zh: '另有 {count} 处问题未列出，请先改正以上各项。',
    en: '{count} more problems are not listed; correct those above first.',
  },
  departmentNameShared: {
    zh: '有多个部门名为“{name}”，请填写部门编号。',
    en: 'is the name of several departments ("{name}"): give the code instead.',
  },
  departmentUnknown: {
    zh: '没有名称或编号为“{name}”的部门。',
    en: 'is not the name or code of any department ("{name}").',
  },
  isNotBlank: { zh: '不能只填写空格。', en: 'must not be spaces alone.' },
  arrayTooLong: { zh: '所列项目过多，最多 {max} 项。', en: 'lists too many items: at most {max}.' },
  text: {
    zh: '含有不可见字符或控制字符[（{character}）]，请删除后重新填写。',
    en: 'holds an invisible or control character[ ({character})]; delete it and type again.',
  },
  // Types
  isString: { zh: '须为文字。', en: 'must be text.' },
  isNumber: { zh: '须为数字。', en: 'must be a number.' },
  isInt: { zh: '须为整数。', en: 'must be a whole number.' },
  isBoolean: { zh: '须选择“是”或“否”。', en: 'must be yes or no.' },
  isArray: { zh: '须为列表。', en: 'must be a list.' },
  isObject: { zh: '填写不完整。', en: 'is incomplete.' },
  nestedValidation: { zh: '填写不完整。', en: 'is incomplete.' },
  isNotEmpty: { zh: '请填写此项。', en: 'is required.' },
  // Bounds
  isLength: { zh: '须为 {min} 至 {max} 个字。', en: 'must be {min}–{max} characters.' },
  maxLength: { zh: '不能超过 {max} 个字。', en: 'must be at most {max} characters.' },
  minLength: { zh: '至少须有 {min} 个字。', en: 'must be at least {min} characters.' },
  min: { zh: '不能小于 {min}。', en: 'must be at least {min}.' },
  max: { zh: '不能大于 {max}。', en: 'must be at most {max}.' },
  range: { zh: '须在 {min} 至 {max} 之间。', en: 'must be from {min} to {max}.' },
  ratio: { zh: '须在 0% 至 100% 之间。', en: 'must be from 0% to 100%.' },
  arrayMinSize: { zh: '至少选择 {min} 项。', en: 'must have at least {min} chosen.' },
  arrayMaxSize: { zh: '最多选择 {max} 项。', en: 'must have at most {max} chosen.' },
  uniqueItems: { zh: '不能重复选择同一项。', en: 'names an item more than once.' },
  isIn: { zh: '请从所列选项中选择。', en: 'must be one of the options offered.' },
  // Formats
  matches: { zh: '格式不正确。', en: 'is not in the expected form.' },
  isUrl: { zh: '须为 http 或 https 网址。', en: 'must be an http or https address.' },
  code: {
    zh: '须为 1 至 64 位英文字母、数字或“. _ - /”。',
    en: 'must be 1–64 ASCII letters, digits, ".", "_", "-" or "/".',
  },
  departmentCode: {
    zh: '须为 1 至 64 位英文字母、数字、“-”或“_”。',
    en: 'must be 1–64 letters, digits, "-" or "_".',
  },
  singleLine: { zh: '只能填写一行（不能含换行或制表符）。', en: 'must be one line (no tab or line break).' },
  regionCode: {
    zh: '须为 6 位行政区划代码，如 320102。',
    en: 'must be a 6-digit region code such as 320102.',
  },
  industryCode: {
    zh: '须为国民经济行业分类代码，如 H6210。',
    en: 'must be a GB/T 4754 industry code such as H6210.',
  },
  tag: {
    zh: '每项须为 1 至 50 个汉字、字母或数字（中间可有空格、“-”“_”“·”）。',
    en: 'each must be 1–50 Chinese characters, letters or digits (inner " ", "-", "_", "·").',
  },
  mobile: { zh: '须为 11 位手机号码。', en: 'must be an 11-digit mobile number.' },
  phone: { zh: '须为 11 位手机号码或固定电话号码。', en: 'must be a mobile (11 digits) or landline number.' },
  cursor: {
    zh: '翻页参数无效，请回到第一页。',
    en: 'is not the cursor of a page; go back to the first page.',
  },
  idempotencyKey: {
    zh: '重复提交校验码无效，请刷新页面后重试。',
    en: 'is not a valid Idempotency-Key; reload and retry.',
  },
  isCodeValidForKind: {
    zh: '须为有效的 18 位统一社会信用代码（含校验位）。',
    en: 'must be a valid 18-character unified social credit code (check character included).',
  },
  isIdCardNumber: {
    zh: '须为有效的 18 位居民身份证号码（含校验位）。',
    en: 'must be a valid 18-digit ID-card number (check character included).',
  },
  // Dates and times
  isCalendarDate: {
    zh: '须为 2000-01-01 至 2100-12-31 之间的有效日期。',
    en: 'must be a real day from 2000-01-01 to 2100-12-31.',
  },
  isIso8601: { zh: '须为有效的日期时间。', en: 'must be an ISO 8601 date or time.' },
  isMomentInRange: {
    zh: '须为 2000-01-01 至 2100-12-31 之间的有效时间。',
    en: 'must be a time from 2000-01-01 to 2100-12-31.',
  },
  year: { zh: '须为 {min} 至 {max} 年之间的年份。', en: 'must be a year from {min} to {max}.' },
  dateSpan: { zh: '结束日期不能晚于开始日期后十年。', en: 'must be at most ten years after the start.' },
  periodSpan: {
    zh: '结束日期不能早于开始日期，期间最长 {max} 天。',
    en: 'must not be before the start; the period spans at most {max} days.',
  },
  revisionOrTime: { zh: '须为版本号或时间。', en: 'must be a revision number or an ISO 8601 time.' },
  // Requests of one route
  notWithCount: {
    zh: '按数量抽取时不能设定分类比例；请改为按比例抽取，或删去分类比例。',
    en: 'is not taken when sampling by a count: sample by ratio, or leave it out.',
  },
  proofQuery: {
    zh: '请填写事件编号或日志位置（包含证明），或填写起始树规模（一致性证明），只能选择一种。',
    en: 'give eventId or position (inclusion), or fromSize (consistency): exactly one.',
  },
  replacedByBeacon: {
    zh: '本任务的随机性来自公共随机源和各部门的种子，不再另填公共随机数。',
    en: "is not taken: this task's randomness is its beacon and every department's seed.",
  },
  beaconRoundFormat: {
    zh: '期号格式不符，应如 {example}。',
    en: 'must be written as the source writes its rounds, e.g. {example}.',
  },
  beaconValueFormat: {
    zh: '须符合本任务所指定公共随机源的开奖值格式（如 {example}）。',
    en: "must be in the format of the task's beacon (e.g. {example}).",
  },
  codeOrName: {
    zh: '请填写统一社会信用代码或名称开头。',
    en: 'must be an entity code or the start of a name.',
  },
  passwordPolicy: {
    zh: '密码须为 12 至 128 位，并含小写字母、大写字母、数字、其他符号中的至少三类，且不能与原密码相同。',
    en: 'must be 12 to 128 characters mixing three of: lower-case letters, capitals, digits, other characters, and differ from the current password.',
  },
  fileMissing: { zh: '请选择要上传的文件。', en: 'is required: choose a file to upload.' },
  fileFormat: {
    zh: '只能导入 CSV 或 XLSX 文件（旧版 .xls 请另存为 .xlsx）。',
    en: 'must be a CSV or XLSX file (save old .xls sheets as .xlsx).',
  },
} satisfies Record<string, Bilingual>;

export type FieldRule = keyof typeof FIELD_RULES;

export function isFieldRule(rule: string): rule is FieldRule {
  return Object.prototype.hasOwnProperty.call(FIELD_RULES, rule);
}
