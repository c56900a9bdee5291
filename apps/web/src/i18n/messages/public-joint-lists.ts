import { section } from '../section';

/** Labels of the joint item lists (一业一单) on the public portal. */
export const publicJointLists = section(
  {
    'tab.jointLists': '一业一单',
    'jointLists.title': '联合抽查事项清单（一业一单）',
    'jointLists.intro':
      '同一行业涉及多个部门的抽查事项合并为一张清单，部门联合抽查按清单“进一次门、查多项事”。清单修订的，各版本及修订理由一并公示；已废止的清单不再用于新的抽查任务。',
    'jointLists.caption': '联合抽查事项清单',
    'jointLists.industry': '行业',
    'jointLists.lead': '牵头部门',
    'jointLists.departments': '涉及部门',
    'jointLists.items': '抽查事项',
    'jointLists.version': '版本',
    'jointLists.versionValue': '第 {version} 版',
    'jointLists.status': '状态',
    'jointLists.status.active': '在用',
    'jointLists.status.retired': '已废止：{reason}',
    'jointLists.updatedAt': '更新时间',
    'jointLists.history': '修订记录',
    'jointLists.historyEntry': '第 {version} 版（{date}）：{reason}',
    'jointLists.drawnUp': '制定',
  },
  {
    'tab.jointLists': 'Joint item lists',
    'jointLists.title': 'Joint item lists (one industry, one list)',
    'jointLists.intro':
      "One industry's items of several departments merged into one list, so that a joint inspection checks them in one visit. An amended list shows every version and why it changed; a retired list makes no new task.",
    'jointLists.caption': 'Joint item lists',
    'jointLists.industry': 'Industry',
    'jointLists.lead': 'Lead department',
    'jointLists.departments': 'Departments',
    'jointLists.items': 'Check items',
    'jointLists.version': 'Version',
    'jointLists.versionValue': 'version {version}',
    'jointLists.status': 'Status',
    'jointLists.status.active': 'In force',
    'jointLists.status.retired': 'Retired: {reason}',
    'jointLists.updatedAt': 'Updated',
    'jointLists.history': 'Versions',
    'jointLists.historyEntry': 'Version {version} ({date}): {reason}',
    'jointLists.drawnUp': 'drawn up',
  },
);
