import type { PlanExecution } from './plan-progress';
import type { Statistics } from './statistics';

/** A count of published results (as corrected) under one key. */
export interface CategoryCount {
  category: string;
  results: number;
}

export interface IndustryCount {
  /** The entity's industry code in the directory (GB/T 4754), '' when it has none. */
  industryCode: string;
  /** Entities of the year's tasks owed a result (by the department, when one is named). */
  entitiesDrawn: number;
  entitiesChecked: number;
  results: number;
  problemsFound: number;
}

export interface InspectorCount {
  inspectorId: string;
  departmentId: string;
  /** Null when the person's details were erased. */
  name: string | null;
  /** Tasks of the year it was drawn or appointed for, and the entities. */
  tasks: number;
  entitiesAssigned: number;
  /** Entities whose result it entered. */
  resultsEntered: number;
}

/** The answer of GET /api/statistics/breakdown (考核: Yiyuan 七, 三十三). */
export interface StatisticsBreakdown {
  year: number;
  departmentId: string | null;
  byCategory: CategoryCount[];
  byIndustry: IndustryCount[];
  byInspector: InspectorCount[];
}

export interface DepartmentJointTasks {
  departmentId: string;
  /** Joint tasks (at least one participant accepted) it led, initiated in the year, not cancelled. */
  led: number;
  /** Joint tasks of others it accepted to take part in. */
  joined: number;
  /** Siyang 二(四): each department initiates at least `minimumPerYear` joint tasks a year. */
  meetsYearlyJointTask: boolean;
}

/** The answer of GET /api/statistics/joint-tasks. */
export interface JointTaskMinimum {
  year: number;
  minimumPerYear: number;
  departments: DepartmentJointTasks[];
}

/** The answer of GET /api/statistics/summary: the yearly report (Siyang 四(三); Yuanqu 三(三)). */
export interface YearlySummary {
  year: number;
  departmentId: string | null;
  asOf: string;
  statistics: Statistics;
  planExecution: PlanExecution;
  jointTasks: JointTaskMinimum;
  breakdown: StatisticsBreakdown;
  overdue: {
    /** Results due by now not entered, or not published, by their deadline. */
    enteredLate: number;
    publishedLate: number;
    /** Participants recorded as not answering a joint task of the year (Gui'an 第四十条). */
    notAnswering: number;
  };
}
