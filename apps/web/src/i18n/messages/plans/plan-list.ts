import { section } from '../../section';

/** Labels of the plan list. */
export const planList = section(
  {
    listTitle: '年度抽查工作计划',
    listHeading: '计划列表',
    listCaption: '年度抽查工作计划列表',
    listCsv: '年度抽查工作计划',
    newPlan: '制定抽查计划',
    newTitle: '制定年度抽查工作计划',
    detailTitle: '抽查计划',
    backToList: '返回计划列表',
    filters: '筛选计划',
    everyYear: '全部年度',
    everyDepartment: '全部部门',
    everyStatus: '全部状态',
  },
  {
    listTitle: 'Annual inspection plans',
    listHeading: 'Plans',
    listCaption: 'Annual random-inspection plans',
    listCsv: 'annual-inspection-plans',
    newPlan: 'Draw up a plan',
    newTitle: 'Draw up an annual inspection plan',
    detailTitle: 'Inspection plan',
    backToList: 'Back to the plans',
    filters: 'Filter plans',
    everyYear: 'Every year',
    everyDepartment: 'Every department',
    everyStatus: 'Every status',
  },
);
