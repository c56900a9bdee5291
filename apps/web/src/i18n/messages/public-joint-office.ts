import { section } from '../section';

/** The consolidated county plans and the postponements on the public portal. */
export const publicJointOffice = section(
  {
    'tab.consolidated': '联合抽查计划',
    'tab.postponements': '任务延期',
    'consolidated.title': '全县部门联合抽查计划',
    'consolidated.intro':
      '联席办汇总各部门备案的联合抽查计划后发布。计划调整的，发布新版本，各版本日期一并列出。',
    'consolidated.heading': '{year} 年度 · {office} · 第 {version} 版（{publishedOn} 发布）',
    'consolidated.lateNote': '晚于发布期限 {deadline}',
    'consolidated.versions': '历次发布：{list}',
    'consolidated.versionEntry': '第 {version} 版 {publishedOn}',
    'consolidated.caption': '联合抽查计划',
    'consolidated.empty': '尚未发布全县部门联合抽查计划。',
    'postponements.title': '抽查任务延期公示',
    'postponements.intro': '已公告的抽查任务经负责人批准调整实施期间的，公示原期间、新期间和理由。',
    'postponements.caption': '已延期的抽查任务',
    'postponements.task': '抽查任务',
    'postponements.lead': '牵头部门',
    'postponements.previous': '原实施期间',
    'postponements.window': '调整后实施期间',
    'postponements.reason': '延期理由',
    'postponements.approvedBy': '批准',
    'postponements.approver': '{department}负责人',
    'postponements.on': '调整日期',
  },
  {
    'tab.consolidated': 'Joint plans',
    'tab.postponements': 'Postponements',
    'consolidated.title': 'County joint inspection plans',
    'consolidated.intro':
      'Published by the joint office from the joint plans the departments filed with it. An adjusted plan makes a new version; each version’s day is listed.',
    'consolidated.heading': '{year} · {office} · version {version} (published {publishedOn})',
    'consolidated.lateNote': 'after its deadline of {deadline}',
    'consolidated.versions': 'Publications: {list}',
    'consolidated.versionEntry': 'version {version} {publishedOn}',
    'consolidated.caption': 'Joint inspection plans',
    'consolidated.empty': 'No county joint inspection plan has been published yet.',
    'postponements.title': 'Postponed inspection tasks',
    'postponements.intro':
      'Announced tasks whose window was moved with a head’s approval: the former window, the new one and the reason.',
    'postponements.caption': 'Postponed tasks',
    'postponements.task': 'Task',
    'postponements.lead': 'Lead department',
    'postponements.previous': 'Former window',
    'postponements.window': 'New window',
    'postponements.reason': 'Reason',
    'postponements.approvedBy': 'Approved by',
    'postponements.approver': 'Head of {department}',
    'postponements.on': 'Postponed on',
  },
);
