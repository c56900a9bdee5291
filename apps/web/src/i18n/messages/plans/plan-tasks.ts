import { section } from '../../section';

/** Labels of the tasks under a plan. */
export const planTasks = section(
  {
    tasks: '本计划的抽查任务',
    tasksCaption: '本计划下发起的抽查任务',
    tasksCsv: '计划的抽查任务',
    taskName: '任务名称',
    taskWindow: '检查期间',
    entityCount: '检查对象数',
    'taskStatus.initiated': '已发起',
    'taskStatus.locked': '已锁定派发',
    'taskStatus.cancelled': '已取消',
  },
  {
    tasks: 'Tasks under this plan',
    tasksCaption: 'Inspection tasks initiated under this plan',
    tasksCsv: 'plan-tasks',
    taskName: 'Task',
    taskWindow: 'Inspection window',
    entityCount: 'Entities',
    'taskStatus.initiated': 'Initiated',
    'taskStatus.locked': 'Locked and dispatched',
    'taskStatus.cancelled': 'Cancelled',
  },
);
