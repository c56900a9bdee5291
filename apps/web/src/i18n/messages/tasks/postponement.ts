import { section } from '../../section';

/** Labels of a postponement after the announcement (延迟; Yuanqu 二(三)). */
export const taskPostponement = section(
  {
    postponementTitle: '申请任务延期',
    postponementHint: '任务公告后需调整实施期间的，由牵头部门提出，经部门负责人批准；批准后对外公示。',
    postponementFrom: '新的开始日期',
    postponementTo: '新的结束日期',
    postponementReason: '延期理由',
    requestPostponement: '提交延期申请',
    postponementContent: '改为 {from} 至 {to}：{reason}',
  },
  {
    postponementTitle: 'Ask to postpone the task',
    postponementHint:
      'After the announcement the lead asks to move the window; a head of the lead approves, and the change is published.',
    postponementFrom: 'New first day',
    postponementTo: 'New last day',
    postponementReason: 'Reason for the postponement',
    requestPostponement: 'Submit the postponement request',
    postponementContent: 'Move to {from} – {to}: {reason}',
  },
);
