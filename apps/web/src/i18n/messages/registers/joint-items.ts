import { section } from '../../section';

/** Labels of the joint check item list. */
export const jointItemList = section(
  {
    'joint.title': '联合抽查事项清单',
    'joint.intro': '同一行业涉及多个部门的抽查事项合并为一张清单（一业一单），由牵头部门制定。',
    'joint.caption': '联合抽查事项清单（一业一单）',
    'joint.add': '制定联合抽查事项清单',
    'joint.industry': '行业',
    'joint.industryHint': '行业名称或 GB/T 4754 行业代码，如 餐饮、H62',
    'joint.lead': '牵头部门',
    'joint.departments': '涉及部门',
    'joint.items': '抽查事项',
    'joint.drawnUpAt': '制定时间',
    'joint.chooseItems': '选择抽查事项（至少两项，可跨部门）',
    'joint.chosen': '已选 {n} 项',
    'joint.itemOf': '{name}（{department}）',
    'joint.submit': '提交清单',
    'joint.added': '已制定联合抽查事项清单。',
    'joint.itemsMore': '还有更多在用的抽查事项未列出，请先缩小范围。',
    'joint.filterItems': '按部门筛选事项',
    'joint.pick': '按联合抽查事项清单（一业一单）填入',
    'joint.pickHint':
      '选定清单后，自动带入清单现行版本涉及的部门及各部门的抽查事项，任务记录所依据的清单及版本；改动部门或事项后不再记为按清单创建。',
    'joint.pickNone': '不使用清单',
    'joint.option': '{industry}（牵头部门：{lead}）',
  },
  {
    'joint.title': 'Joint item lists',
    'joint.intro':
      "One industry's items from several departments, merged into one list (one industry, one list), drawn up by the lead department.",
    'joint.caption': 'Joint item lists (one industry, one list)',
    'joint.add': 'Draw up a joint item list',
    'joint.industry': 'Industry',
    'joint.industryHint': 'A name or a GB/T 4754 code, e.g. catering, H62',
    'joint.lead': 'Lead department',
    'joint.departments': 'Departments',
    'joint.items': 'Check items',
    'joint.drawnUpAt': 'Drawn up',
    'joint.chooseItems': 'Choose check items (two or more, any department)',
    'joint.chosen': '{n} chosen',
    'joint.itemOf': '{name} ({department})',
    'joint.submit': 'Submit the list',
    'joint.added': 'The joint item list was drawn up.',
    'joint.itemsMore': 'More items in force are not listed; narrow the choice first.',
    'joint.filterItems': 'Show items of department',
    'joint.pick': 'Fill from a joint item list (one list per industry)',
    'joint.pickHint':
      'Choosing a list fills in the departments and items of its current version, and the task records the list and version; changed by hand, the task is no longer recorded as made from it.',
    'joint.pickNone': 'No list',
    'joint.option': '{industry} (lead: {lead})',
  },
);
