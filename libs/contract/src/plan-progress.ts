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

/**
 * Each department's executed ratio against its plans (Siyang 四(三); Yuanqu 三(三)): per published
 * plan of the year, the entities its ratios ask for of the directory as it stands, and per
 * department of the plan the entities drawn in the plan's live tasks it leads or accepted, and
 * those it entered a result for.
 */
export interface PlanExecution {
  year: number;
  plans: {
    planId: string;
    name: string;
    version: number;
    /** Registered entities within the plan's target criteria, per credit-risk class. */
    pool: Record<string, number>;
    /** Σ ⌈class ratio × class pool⌉ over the classes the plan sets a ratio for. */
    planned: number;
    departments: {
      departmentId: string;
      role: 'lead' | 'cooperating';
      tasks: number;
      drawn: number;
      checked: number;
      /** drawn ÷ planned, and checked ÷ planned (4 decimals); null when the plan asks for none. */
      drawnRatio: number | null;
      checkedRatio: number | null;
    }[];
  }[];
}
