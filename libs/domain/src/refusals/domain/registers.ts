import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about the registers. */
export const REGISTER_REFUSALS: Record<string, Bilingual> = {
  DEPARTMENT_ALREADY_REGISTERED: {
    zh: '该部门编码已登记为其他信息。',
    en: 'This department is already registered with other details.',
  },
  DEPARTMENT_NOT_FOUND: { zh: '未找到该部门。', en: 'No such department.' },
  PARENT_DEPARTMENT_NOT_FOUND: {
    zh: '未找到上级部门[（{parentId}）]。',
    en: 'No such parent department[ ({parentId})].',
  },
  DEPARTMENT_HIERARCHY_CYCLE: {
    zh: '上级部门不能是本部门或其下级部门[（{parentId}）]。',
    en: 'A department is not its own parent, nor below itself[ ({parentId})].',
  },
  REGION_OUTSIDE_PARENT: {
    zh: '本部门的行政区划[（{regionCode}）]须在上级部门的行政区划[（{parentRegionCode}）]之内。',
    en: "A department's region[ ({regionCode})] lies within its parent's[ ({parentRegionCode})].",
  },
  CHECK_ITEM_EXISTS: { zh: '该抽查事项已存在。', en: 'This check item exists already.' },
  CHECK_ITEM_NOT_FOUND: { zh: '未找到该抽查事项。', en: 'No such check item.' },
  ITEM_RATIO_ABOVE_CLASS_LIMIT: {
    zh: '[{itemClass} 类]抽查事项的年度抽查比例[（{ratio}）]超出本类的上限[（须 {bound}）]。',
    en: "The item's yearly ratio[ ({ratio})] is above its class's limit[: a class {itemClass} item's is {bound}].",
  },
  ITEM_RATIO_BELOW_CLASS_LIMIT: {
    zh: '[{itemClass} 类]抽查事项的年度抽查比例[（{ratio}）]低于本类的下限[（须 {bound}）]。',
    en: "The item's yearly ratio[ ({ratio})] is below its class's limit[: a class {itemClass} item's is {bound}].",
  },
  JOINT_ITEM_LIST_EXISTS: { zh: '该联合抽查事项清单已存在。', en: 'This joint item list exists already.' },
  JOINT_LIST_LEAD_HAS_NO_ITEM: {
    zh: '牵头部门[{departmentId}]在清单中没有事项。',
    en: 'The lead department[ {departmentId}] has no item on the list.',
  },
  JOINT_ITEM_LIST_NOT_FOUND: { zh: '未找到该联合抽查事项清单。', en: 'No such joint item list.' },
  JOINT_ITEM_LIST_RETIRED: {
    zh: '该联合抽查事项清单已废止，不能再修订或用于新的任务。',
    en: 'This joint item list is retired: it is neither amended nor used for new tasks.',
  },
  JOINT_LIST_CHANGE_NEEDS_REASON: {
    zh: '修订或废止联合抽查事项清单须说明理由。',
    en: 'Amending or retiring a joint item list needs a reason.',
  },
  JOINT_LIST_AMENDMENT_CHANGES_NOTHING: {
    zh: '本次修订未改变清单的任何内容。',
    en: 'The amendment changes nothing on the list.',
  },
  JOINT_LIST_WITHOUT_LEAD: {
    zh: '发起部门[{departmentId}]在该联合抽查事项清单中没有事项。',
    en: 'The initiating department[ {departmentId}] has no item on this joint item list.',
  },
  JOINT_LIST_CONTRADICTED: {
    zh: '所填部门和事项与联合抽查事项清单[（第 {version} 版）]不一致；留空即按清单填入。',
    en: 'The departments and items given differ from the joint item list[ (version {version})]; leave them empty to fill them from it.',
  },
  JOINT_LIST_NEEDS_SEVERAL_DEPARTMENTS: {
    zh: '联合抽查事项清单须包含至少两个部门的事项。',
    en: 'A joint item list merges the items of at least two departments.',
  },
  ENTITY_ALREADY_REGISTERED: {
    zh: '该市场主体已登记为其他信息，请修改原记录。',
    en: 'This entity is already registered with other details; update it instead.',
  },
  ENTITY_CODE_INVALID: {
    zh: '统一社会信用代码无效，应为 18 位且校验位正确。',
    en: 'Not a valid 18-character unified social credit code.',
  },
  ENTITY_CONTACT_ALREADY_ERASED: {
    zh: '该市场主体的登记联系电话已删除。',
    en: "This entity's registered contact was erased already.",
  },
  ENTITY_DEREGISTERED: {
    zh: '该市场主体已注销，不能再修改。',
    en: 'This entity is deregistered and cannot change.',
  },
  ENTITY_KIND_MISMATCH: {
    zh: '市场主体类型与已登记的不一致。',
    en: 'The kind of entity differs from the registered one.',
  },
  ENTITY_NAME_REQUIRED: { zh: '市场主体须有名称。', en: 'An entity in the directory has a name.' },
  ENTITY_NOT_DEREGISTERED: { zh: '该市场主体未注销。', en: 'This entity is not deregistered.' },
  ENTITY_NOT_FOUND: { zh: '未找到该市场主体。', en: 'No such entity.' },
  INSPECTOR_ALREADY_REGISTERED: {
    zh: '该身份证号已登记为其他信息，请修改原执法检查人员记录。',
    en: 'This ID-card number is already registered with other details; update the inspector instead.',
  },
  INSPECTOR_NOT_FOUND: { zh: '未找到该执法检查人员。', en: 'No such inspector.' },
  INSPECTOR_ERASED: {
    zh: '该执法检查人员的个人信息已删除。',
    en: "This inspector's personal data was erased.",
  },
  INSPECTOR_NOT_LEFT: {
    zh: '只有已离岗人员的个人信息才能删除。',
    en: 'Only the personal data of an inspector who has left is erased.',
  },
  CONFLICT_ALREADY_DECLARED: {
    zh: '已申报过与该市场主体的利害关系。',
    en: 'This conflict of interest was declared already.',
  },
  NOT_YOUR_DECLARATION: {
    zh: '执法检查人员只能为本人申报利害关系。',
    en: 'An inspector declares conflicts of interest for themselves only.',
  },
};
