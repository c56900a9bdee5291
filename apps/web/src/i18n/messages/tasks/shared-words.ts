import { section } from '../../section';

/** Words shared by the tasks pages. */
export const taskWords = section(
  {
    name: '任务名称',
    leadDepartment: '牵头部门',
    participants: '配合部门',
    window: '检查时间',
    windowRange: '{from} 至 {to}',
    windowFrom: '检查开始日期',
    windowTo: '检查结束日期',
    entityCount: '检查对象数',
    initiatedAt: '发起日期',
    entity: '检查对象',
    entityCode: '统一社会信用代码（编码）',
    creditRisk: '信用风险分类',
    region: '行政区划',
    untitled: '抽查任务',
    pageOf: '第 {page} / {pages} 页',
    deadlineUncounted: '工作日未能计算',
    historyLink: '全过程记录',
    historyUnavailable: '未能读取任务的全过程记录（{message}），抽取记录和申请说明暂不显示。',
    historyTooLarge:
      '本任务有 {n} 户检查对象，全过程记录较大，未在此页读取；抽取记录请用“验证本次抽取”或在全过程记录中查看。',
  },
  {
    name: 'Task',
    leadDepartment: 'Lead department',
    participants: 'Participating departments',
    window: 'Inspection window',
    windowRange: '{from} to {to}',
    windowFrom: 'Window starts',
    windowTo: 'Window ends',
    entityCount: 'Entities',
    initiatedAt: 'Initiated on',
    entity: 'Entity',
    entityCode: 'Credit code (code)',
    creditRisk: 'Credit-risk class',
    region: 'Region',
    untitled: 'Inspection task',
    pageOf: 'Page {page} of {pages}',
    deadlineUncounted: 'working days not counted',
    historyLink: 'Full history',
    historyUnavailable:
      'The task’s history could not be read ({message}); draw records and request notes are not shown.',
    historyTooLarge:
      'This task has {n} entities; its full history is large and is not read here. Use “Verify this draw”, or see the full history.',
  },
);
