import type { ComponentType } from 'react';
import type { MessageKey } from './i18n/catalogue';
import { AccountPage } from './pages/account/account-page';
import { AccountabilityPage } from './pages/audit/accountability-page';
import { TaskHistoryPage } from './pages/audit/task-history-page';
import { EntityChecksPage } from './pages/dashboards/entity-checks-page';
import { OverduePage } from './pages/dashboards/overdue-page';
import { PlanExecutionPage } from './pages/dashboards/plan-execution-page';
import { StatisticsPage } from './pages/dashboards/statistics-page';
import { SummaryPage } from './pages/dashboards/summary-page';
import { PlanDetailPage } from './pages/plans/plan-detail-page';
import { PlanListPage } from './pages/plans/plan-list-page';
import { PlanNewPage } from './pages/plans/plan-new-page';
import { CheckItemsPage } from './pages/registers/check-items-page';
import { EntitiesPage } from './pages/registers/entities-page';
import { ImportPage } from './pages/registers/import-page';
import { InspectorsPage } from './pages/registers/inspectors-page';
import { JointListsPage } from './pages/registers/joint-lists-page';
import { ConsolidatedPlanPage } from './pages/joint-office/consolidated-plan-page';
import { FilingsPage } from './pages/joint-office/filings-page';
import { NonResponsesPage } from './pages/joint-office/non-responses-page';
import { TaskDetailPage } from './pages/tasks/task-detail-page';
import { HandOversPage } from './pages/hand-overs/hand-overs-page';
import { TaskListPage } from './pages/tasks/task-list-page';
import { TaskNewPage } from './pages/tasks/task-new-page';
import { WorkbenchPage } from './pages/workbench/workbench-page';
import { CalendarPage } from './pages/org/calendar-page';
import { DepartmentsPage } from './pages/org/departments-page';
import { UserPage } from './pages/users/user-page';
import { UsersPage } from './pages/users/users-page';
import type { Role } from '@app/domain/roles';

export interface ConsoleRoute {
  path: string;
  page: ComponentType;
  /** Who may open it (docs/security.md); undefined: anyone signed in. */
  roles?: readonly Role[];
  /** Its entry in the menu, under a group; none for detail pages. */
  menu?: { group: MessageKey; label: MessageKey };
}

const OFFICIALS: Role[] = ['admin', 'operator', 'inspector', 'head', 'principal', 'supervisor', 'auditor'];
const JOINT_OFFICE: Role[] = ['coordinator', 'supervisor', 'admin'];
/** A coordinator follows the joint tasks its joint office initiates (Gui'an 第39条). */
const TASK_READERS: Role[] = [...OFFICIALS, 'coordinator'];

/** The signed-in console's pages. The public portal (/public) needs no sign-in. */
export const consoleRoutes: ConsoleRoute[] = [
  { path: '/', page: WorkbenchPage, menu: { group: 'nav.workbench', label: 'nav.workbench' } },
  { path: '/plans', page: PlanListPage, roles: OFFICIALS, menu: { group: 'nav.plans', label: 'nav.plans' } },
  { path: '/plans/new', page: PlanNewPage, roles: ['admin', 'operator'] },
  { path: '/plans/:planId', page: PlanDetailPage, roles: OFFICIALS },
  {
    path: '/tasks',
    page: TaskListPage,
    roles: TASK_READERS,
    menu: { group: 'nav.tasks', label: 'nav.tasks' },
  },
  {
    path: '/tasks/new',
    page: TaskNewPage,
    // A coordinator initiates for the lead its joint office names (Gui'an 第39条).
    roles: ['operator', 'coordinator'],
    menu: { group: 'nav.tasks', label: 'nav.newTask' },
  },
  { path: '/tasks/:taskId', page: TaskDetailPage, roles: TASK_READERS },
  {
    path: '/hand-overs',
    page: HandOversPage,
    roles: ['operator', 'head'],
    menu: { group: 'nav.tasks', label: 'handOvers.nav' },
  },
  {
    path: '/org/departments',
    page: DepartmentsPage,
    roles: OFFICIALS,
    menu: { group: 'nav.setup', label: 'nav.departments' },
  },
  {
    path: '/org/calendar',
    page: CalendarPage,
    roles: OFFICIALS,
    menu: { group: 'nav.setup', label: 'nav.calendar' },
  },
  {
    path: '/users',
    page: UsersPage,
    roles: ['admin'],
    menu: { group: 'nav.setup', label: 'nav.users' },
  },
  { path: '/users/:userId', page: UserPage, roles: ['admin'] },
  // Reached from the signed-in name in the header.
  { path: '/account', page: AccountPage },
  {
    path: '/registers/check-items',
    page: CheckItemsPage,
    roles: OFFICIALS,
    menu: { group: 'nav.registers', label: 'nav.checkItems' },
  },
  {
    path: '/registers/joint-lists',
    page: JointListsPage,
    roles: OFFICIALS,
    menu: { group: 'nav.registers', label: 'nav.jointLists' },
  },
  {
    path: '/registers/entities',
    page: EntitiesPage,
    roles: OFFICIALS,
    menu: { group: 'nav.registers', label: 'nav.entities' },
  },
  {
    path: '/registers/inspectors',
    page: InspectorsPage,
    roles: OFFICIALS,
    menu: { group: 'nav.registers', label: 'nav.inspectors' },
  },
  {
    path: '/registers/import',
    page: ImportPage,
    roles: ['admin', 'operator'],
    menu: { group: 'nav.registers', label: 'nav.imports' },
  },
  {
    path: '/dashboards/overdue',
    page: OverduePage,
    roles: OFFICIALS,
    menu: { group: 'nav.dashboards', label: 'nav.overdue' },
  },
  {
    path: '/dashboards/entity-checks',
    page: EntityChecksPage,
    roles: OFFICIALS,
    menu: { group: 'nav.dashboards', label: 'nav.entityChecks' },
  },
  {
    path: '/dashboards/statistics',
    page: StatisticsPage,
    roles: OFFICIALS,
    menu: { group: 'nav.dashboards', label: 'nav.statistics' },
  },
  {
    path: '/dashboards/plan-execution',
    page: PlanExecutionPage,
    roles: OFFICIALS,
    menu: { group: 'nav.dashboards', label: 'nav.planExecution' },
  },
  {
    path: '/dashboards/summary',
    page: SummaryPage,
    roles: OFFICIALS,
    menu: { group: 'nav.dashboards', label: 'nav.yearlySummary' },
  },
  {
    path: '/audit/accountability',
    page: AccountabilityPage,
    roles: ['head', 'supervisor', 'auditor'],
    menu: { group: 'nav.audit', label: 'nav.accountability' },
  },
  {
    path: '/audit/tasks',
    page: TaskHistoryPage,
    roles: OFFICIALS,
    menu: { group: 'nav.audit', label: 'nav.taskHistory' },
  },
  { path: '/audit/tasks/:taskId', page: TaskHistoryPage, roles: OFFICIALS },
  {
    path: '/joint-office/filings',
    page: FilingsPage,
    roles: JOINT_OFFICE,
    menu: { group: 'jointOffice.nav', label: 'jointOffice.nav.filings' },
  },
  {
    path: '/joint-office/consolidated-plan',
    page: ConsolidatedPlanPage,
    roles: JOINT_OFFICE,
    menu: { group: 'jointOffice.nav', label: 'jointOffice.nav.consolidated' },
  },
  {
    path: '/joint-office/non-responses',
    page: NonResponsesPage,
    roles: JOINT_OFFICE,
    menu: { group: 'jointOffice.nav', label: 'jointOffice.nav.nonResponses' },
  },
];
