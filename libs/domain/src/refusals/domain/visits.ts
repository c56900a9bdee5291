import type { Bilingual } from '../message-template';

/** The words of the domain's refusals about one visit for overlapping tasks (ADR 39). */
export const VISIT_REFUSALS: Record<string, Bilingual> = {
  VISIT_TASK_COUNT: {
    zh: '一次合并检查须包含[{min}至{max}]个不同的任务。',
    en: 'A visit joins[ {min} to {max}] distinct tasks.',
  },
  VISIT_ENTITY_NOT_IN_TASK: {
    zh: '该任务未抽取该检查对象，或该对象已移出或转交。',
    en: 'The task did not draw the entity, or it was withdrawn or handed over.',
  },
  TASK_ALREADY_IN_VISIT: {
    zh: '该任务对该检查对象已在另一次合并检查中[（{visitId}）]。',
    en: 'The task is already in another visit to the entity[ ({visitId})].',
  },
  VISIT_WINDOWS_DO_NOT_OVERLAP: {
    zh: '这些任务的实施期间没有重合的日子。',
    en: 'The tasks’ windows have no days in common.',
  },
  VISIT_DATE_OUTSIDE_OVERLAP: {
    zh: '检查日期[{date}]不在各任务实施期间的重合部分[（{from}至{to}）]内。',
    en: 'The date[ {date}] is outside the days the tasks have in common[ ({from} to {to})].',
  },
  VISIT_DATE_NOT_WORKING_DAY: {
    zh: '检查日期[{date}]不是工作日。',
    en: 'The date[ {date}] is not a working day.',
  },
  VISIT_ALREADY_PROPOSED: {
    zh: '该合并检查已经提出。',
    en: 'This visit has been proposed already.',
  },
  VISIT_NOT_FOUND: {
    zh: '没有这次合并检查。',
    en: 'There is no such visit.',
  },
  VISIT_ALREADY_DECIDED: {
    zh: '该合并检查已经[{status}]，不能再答复。',
    en: 'The visit was[ {status}] already: it takes no more answers.',
  },
  VISIT_ALREADY_ANSWERED: {
    zh: '本部门已同意该合并检查。',
    en: 'Your department has agreed to this visit already.',
  },
  VISIT_NOT_AGREED: {
    zh: '该合并检查尚未商定（[{status}]），不能登记各任务的参加情况。',
    en: 'The visit is not agreed[ ({status})]: its tasks’ joins cannot be recorded.',
  },
  VISIT_TEAM_TOO_SMALL: {
    zh: '各任务对该对象的检查组合计不足两名执法人员，无法组成联合检查组。',
    en: 'The tasks’ teams for the entity give fewer than two enforcement officers: no joint team can be drawn.',
  },
};
