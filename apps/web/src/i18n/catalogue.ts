import { common } from './messages/common';
import { dashboards } from './messages/dashboards';
import { overdueObjectionWords } from './messages/overdue-objections';
import { overdueReferralWords } from './messages/overdue-referrals';
import { handOvers } from './messages/hand-overs';
import { referralWords } from './messages/referrals';
import { visits } from './messages/visits';
import { dashboardsSummary } from './messages/dashboards-summary';
import { fields } from './messages/fields';
import { nav } from './messages/nav';
import { org } from './messages/org';
import { users } from './messages/users';
import { setup } from './messages/setup';
import { signIn } from './messages/sign-in';
import { account } from './messages/account';
import { planList } from './messages/plans/plan-list';
import { planForm } from './messages/plans/plan-form';
import { planVocabulary } from './messages/plans/vocabulary';
import { planDetail } from './messages/plans/plan-detail';
import { planProgress } from './messages/plans/progress';
import { planAdjustments } from './messages/plans/adjustments';
import { planTasks } from './messages/plans/plan-tasks';
import { planCoverage } from './messages/plans/coverage';
import { planVersions } from './messages/plans/versions';
import { publicPortal } from './messages/public';
import { publicVerify } from './messages/public-verify';
import { publicObjections } from './messages/public-objections';
import { publicJointLists } from './messages/public-joint-lists';
import { publicJointOffice } from './messages/public-joint-office';
import { jointOffice } from './messages/joint-office';
import { taskVocabulary } from './messages/tasks/vocabulary';
import { taskWords } from './messages/tasks/shared-words';
import { taskList } from './messages/tasks/task-list';
import { taskInitiation } from './messages/tasks/initiation';
import { taskSummary } from './messages/tasks/summary';
import { drawRoom } from './messages/tasks/draw-room';
import { beaconWords } from './messages/tasks/beacon';
import { taskTeams } from './messages/tasks/teams';
import { taskExperts } from './messages/tasks/experts';
import { taskResults } from './messages/tasks/results';
import { taskStages } from './messages/tasks/stages';
import { whyNot } from './messages/tasks/why-not';
import { confirmations } from './messages/tasks/confirmations';
import { corrections } from './messages/tasks/corrections';
import { resultWorkflows } from './messages/tasks/result-workflows';
import { objectionsAndFollowUps } from './messages/tasks/objections';
import { objectionOutcome } from './messages/tasks/objection-outcome';
import { taskRequests } from './messages/tasks/requests';
import { taskPostponement } from './messages/tasks/postponement';
import { workbench } from './messages/tasks/workbench';
import { taskForms } from './messages/tasks/forms';
import { taskEvidence } from './messages/tasks/evidence';
import { registerWords } from './messages/registers/form-words';
import { registerVocabulary } from './messages/registers/vocabulary';
import { checkItemList } from './messages/registers/check-items';
import { jointItemList } from './messages/registers/joint-items';
import { jointListVersions } from './messages/registers/joint-list-versions';
import { entityDirectory } from './messages/registers/entities';
import { inspectorDirectory } from './messages/registers/inspectors';
import { registerImport } from './messages/registers/import';
import { caseFileWords } from './messages/registers/case-file';
import { auditVocabulary } from './messages/audit/vocabulary';
import { accountability } from './messages/audit/accountability';
import { taskHistory } from './messages/audit/task-history';
import { taskStateAt } from './messages/audit/state-at';
import { chainCheck } from './messages/audit/chain-check';
import { auditBundle } from './messages/audit/bundle';
import { type KeysOf, merged, type Section } from './section';

/** Every label of the console, by section: one catalogue, Chinese and English. */
const sections = {
  common,
  nav,
  org,
  users,
  setup,
  signIn,
  account,
  tasks: merged(
    taskVocabulary,
    taskWords,
    taskList,
    taskInitiation,
    taskSummary,
    drawRoom,
    beaconWords,
    taskTeams,
    taskExperts,
    taskResults,
    taskStages,
    whyNot,
    confirmations,
    corrections,
    resultWorkflows,
    objectionsAndFollowUps,
    objectionOutcome,
    taskRequests,
    taskPostponement,
    workbench,
    taskForms,
    taskEvidence,
  ),
  plans: merged(
    planList,
    planForm,
    planVocabulary,
    planDetail,
    planProgress,
    planAdjustments,
    planTasks,
    planCoverage,
    planVersions,
  ),
  dashboards: merged(dashboards, overdueObjectionWords, overdueReferralWords, dashboardsSummary),
  handOvers,
  referrals: referralWords,
  visits,
  registers: merged(
    registerWords,
    registerVocabulary,
    checkItemList,
    jointItemList,
    jointListVersions,
    entityDirectory,
    inspectorDirectory,
    registerImport,
    caseFileWords,
  ),
  audit: merged(auditVocabulary, accountability, taskHistory, taskStateAt, chainCheck, auditBundle),
  public: merged(publicPortal, publicVerify, publicJointLists, publicJointOffice, publicObjections),
  jointOffice,
  fields,
};

type Sections = typeof sections;

/** `section.key`, e.g. `nav.workbench`. */
export type MessageKey = {
  [S in keyof Sections]: `${S & string}.${KeysOf<Sections[S]>}`;
}[keyof Sections];

export type Locale = 'zh' | 'en';

const flat = (locale: Locale): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, part] of Object.entries(sections) as [string, Section<string>][]) {
    for (const [key, text] of Object.entries(part[locale])) out[`${name}.${key}`] = text;
  }
  return out;
};

export const catalogue: Record<Locale, Record<string, string>> = { zh: flat('zh'), en: flat('en') };

/** The label in this language, with `{name}` placeholders filled. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const text = catalogue[locale][key] ?? catalogue.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
