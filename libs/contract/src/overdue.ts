/** The states of an overdue disclosure (GET /api/overdue-disclosures). */
export const DISCLOSURE_STATES = ['not-entered', 'not-published', 'published-late'] as const;
export type DisclosureState = (typeof DISCLOSURE_STATES)[number];

/**
 * The states of an overdue response to a joint task (GET /api/overdue-responses); `not-answering`:
 * the lead went on without it after the deadline (Gui'an 第四十条), and it can no longer answer.
 */
export const RESPONSE_STATES = ['not-responded', 'responded-late', 'not-answering'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];

/**
 * The states of an overdue objection (GET /api/overdue-objections; Yiyuan 二十七): its review late or
 * still owed, or, after the review, the business told the outcome late or not yet.
 */
export const OBJECTION_DEADLINE_STATES = [
  'not-reviewed',
  'reviewed-late',
  'outcome-not-notified',
  'outcome-notified-late',
] as const;
export type ObjectionDeadlineState = (typeof OBJECTION_DEADLINE_STATES)[number];

/** A deadline as counted now, with whether a year on the way is not in the calendar yet. */
export interface Deadline {
  dueDate: string;
  provisional: boolean;
  unknownYears: number[];
}

/** A task whose deadlines cannot be counted, and why (a window recorded before dates had a range). */
export interface TaskWithoutDeadlines {
  taskId: string;
  code: string;
  reason: string;
}

/** GET /api/overdue-disclosures: a result not entered, or not published, by its deadline. */
export interface OverdueDisclosure extends Deadline {
  taskId: string;
  /** The task's name, for people (the id stays for links and files). */
  taskName?: string;
  entityId: string;
  departmentId: string;
  windowTo: string;
  state: DisclosureState;
  enteredOn?: string;
  publishedOn?: string;
  workingDaysOverdue: number;
}

/** GET /api/overdue-responses: a participant that did not answer a joint task in time. */
export interface OverdueResponse extends Deadline {
  taskId: string;
  taskName?: string;
  departmentId: string;
  leadDepartmentId: string;
  initiatedOn: string;
  state: ResponseState;
  respondedOn?: string;
  /** `not-answering`: the day the lead recorded it; its working days late are counted to that day. */
  recordedOn?: string;
  workingDaysOverdue: number;
}

/** GET /api/joint-office/non-responses: the 通报 list of participants that did not answer in time. */
export interface NonResponseNotice {
  /** The period the response deadlines fall in. */
  from: string;
  to: string;
  asOf: string;
  departments: {
    departmentId: string;
    /** Its tasks not answered: recorded by the lead (`not-answering`) or still silent (`not-responded`). */
    tasks: OverdueResponse[];
  }[];
  tasksWithoutDeadlines: TaskWithoutDeadlines[];
}

/** GET /api/overdue-objections: an objection not reviewed, or its outcome not told, in time. */
export interface OverdueObjection extends Deadline {
  taskId: string;
  taskName?: string;
  objectionId: string;
  entityId: string;
  /** The department whose result is objected to: it reviews and tells the outcome. */
  departmentId: string;
  /** Which deadline is missed: the review's (from receipt) or the notice's (from the review). */
  deadline: 'review' | 'outcome-notice';
  state: ObjectionDeadlineState;
  receivedOn: string;
  reviewedOn?: string;
  notifiedOn?: string;
  workingDaysOverdue: number;
}

/** An overdue list, and the tasks left out of it because their deadlines cannot be counted. */
export interface Overdue<T> {
  asOf: string;
  items: T[];
  tasksWithoutDeadlines: TaskWithoutDeadlines[];
}
