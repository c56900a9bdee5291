/** One plan filed late with the joint office, or not filed by the deadline (备案逾期). */
export interface LatePlanFiling {
  planId: string;
  name: string;
  leadDepartmentId: string;
  /** The joint office it was filed with; absent while not filed. */
  jointOfficeId?: string;
  deadline: string;
  /** The day the first version was filed; absent: not filed (still a draft, or no joint office). */
  filedOn?: string;
  /** Days past the deadline: to the filing, or to `asOf` while not filed. */
  daysLate: number;
}

/** The year's late plan filings (GET /api/joint-office/late-filings). */
export interface LatePlanFilings {
  year: number;
  deadline: string;
  asOf: string;
  plans: LatePlanFiling[];
}
