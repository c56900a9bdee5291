/** How far a plan has got: its tasks, the entities drawn, the results entered and published. */
export interface PlanProgress {
  tasks: { initiated: number; locked: number; cancelled: number };
  entitiesDrawn: number;
  results: {
    owed: number;
    entered: number;
    published: number;
    publishedOnTime: number;
    publishedLate: number;
  };
}

/** Whether a year's published plans cover each department's active check items (Yiyuan 十一). */
export interface PlanCoverage {
  year: number;
  departments: {
    departmentId: string;
    activeItems: number;
    covered: number;
    uncovered: { id: string; name: string }[];
  }[];
}
