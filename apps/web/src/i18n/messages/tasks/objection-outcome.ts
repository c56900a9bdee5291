import { section } from '../../section';

/** Labels of telling the business the outcome of its objection (复查情况反馈检查对象; Yiyuan 二十七). */
export const objectionOutcome = section(
  {
    objectionNotified: '已告知复查结果',
    outcomeNoticeDue: '告知复查结果期限',
    outcomeNotified: '已于 {on} 以{means}告知检查对象复查结果',
    outcomeNotifiedLate: '（逾期）',
    notifyOutcomeForm: '告知复查结果',
    noticeMeans: '告知方式',
    notifyOutcome: '记录已告知复查结果',
    'noticeMeans.written': '书面',
    'noticeMeans.in_person': '当面',
    'noticeMeans.phone': '电话',
    'noticeMeans.sms': '短信',
    'noticeMeans.online': '网上',
  },
  {
    objectionNotified: 'Outcome told',
    outcomeNoticeDue: 'Outcome to be told by',
    outcomeNotified: 'The business was told the outcome on {on}, {means}',
    outcomeNotifiedLate: ' (late)',
    notifyOutcomeForm: 'Telling the outcome',
    noticeMeans: 'Told by',
    notifyOutcome: 'Record that the outcome was told',
    'noticeMeans.written': 'in writing',
    'noticeMeans.in_person': 'in person',
    'noticeMeans.phone': 'by phone',
    'noticeMeans.sms': 'by text message',
    'noticeMeans.online': 'online',
  },
);
