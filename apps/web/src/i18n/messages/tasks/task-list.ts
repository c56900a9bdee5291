import { section } from '../../section';

/** Labels of the task list. */
export const taskList = section(
  {
    listTitle: '抽查任务',
    listCaption: '抽查任务列表（本页 {n} 项）',
    filters: '筛选抽查任务',
    filterDepartment: '部门（牵头或配合）',
    filterStatus: '任务状态',
    filterPlan: '所属计划',
    allDepartments: '全部部门',
    allStatuses: '全部状态',
    allPlans: '全部计划',
  },
  {
    listTitle: 'Inspection tasks',
    listCaption: 'Inspection tasks ({n} on this page)',
    filters: 'Filter tasks',
    filterDepartment: 'Department (leading or taking part)',
    filterStatus: 'Status',
    filterPlan: 'Plan',
    allDepartments: 'All departments',
    allStatuses: 'All statuses',
    allPlans: 'All plans',
  },
);
