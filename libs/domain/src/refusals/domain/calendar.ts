import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about the calendar. */
export const CALENDAR_REFUSALS: Record<string, Bilingual> = {
  CALENDAR_DATE_INVALID: { zh: '[{date} ]不是有效日期。', en: '[{date} is ]not a real day.' },
  CALENDAR_DATE_OUTSIDE_YEAR: {
    zh: '所填日期须在该年度之内[：{dates}]。',
    en: 'The dates must be days of that year[: {dates}].',
  },
  CALENDAR_DATE_OUT_OF_RANGE: {
    zh: '日期超出系统可计算的范围。',
    en: 'The date is beyond the days the system counts.',
  },
  CALENDAR_DAY_BOTH_OFF_AND_WORKED: {
    zh: '同一天不能既是休息日又是调休上班日[：{dates}]。',
    en: 'A day cannot be both off and worked[: {dates}].',
  },
  CALENDAR_WORKDAY_NOT_WEEKEND: {
    zh: '调休上班日须为周末[；以下日期本是工作日：{dates}]。',
    en: 'Make-up working days are weekend days[; these are weekdays already: {dates}].',
  },
  CALENDAR_YEAR_OUT_OF_RANGE: {
    zh: '节假日安排的年度须在 2000 至 2100 年之间。',
    en: 'A calendar year is 2000–2100.',
  },
  WORKING_DAYS_OUT_OF_RANGE: {
    zh: '工作日天数须为 0 至[ {max} ]之间的整数。',
    en: 'Working days must be a whole number from 0 to[ {max}].',
  },
};
