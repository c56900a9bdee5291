import { canonicalJson } from '@app/domain';
import type { SimulationApi } from '../simulation';
import { SimulationSteps } from '../simulation-steps';

/**
 * The county year with a joint office (issue 20), played over the real HTTP API by `npm run
 * simulate` and by test/county-year.e2e-spec.ts: the same steps, each checking the answers against
 * what it did. A step records a disagreement in `mismatches` rather than throwing, so one run lists
 * them all; a refused command throws (the year cannot go on).
 */
export interface CountyYearApi extends SimulationApi {
  /** A file the api answers (the summary's XLSX): its status, content type and bytes. */
  download(path: string, token: string): Promise<{ status: number; type: string; bytes: Uint8Array }>;
}

export const YEAR = 2026;
/** 玄武区 (the joint office's district) and 六合区 (where a business moves to). */
export const DISTRICT = '320102';
export const OTHER_DISTRICT = '320111';
export const JOINT_OFFICE = 'lxb';
/** The lead, two participants (ws never answers) and the department of the district moved to. */
export const DEPARTMENTS = ['scjg', 'xf', 'ws', 'scjg-lh'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** What the year made, for later steps to use. */
export interface CountyYearIds {
  items: Record<string, string>;
  experts: string[];
  /** Certified inspectors by department. */
  inspectors: Record<string, string[]>;
  entities: string[];
  plans: { joint: string; late: string };
  jointListId: string;
  taskId: string;
  drawn: string[];
  movedEntityId: string;
  ownTaskId: string;
  /** xf's own task, merged with the joint task into one visit. */
  xfTaskId: string;
}

export class CountyYear extends SimulationSteps<CountyYearApi> {
  readonly mismatches: string[] = [];
  /** What the year did, counted as it did it: the figures the dashboards must show. */
  readonly did: Record<string, number> = {};
  readonly read: Record<string, unknown> = {};
  readonly ids: CountyYearIds = {
    items: {},
    experts: [],
    inspectors: {},
    entities: [],
    plans: { joint: '', late: '' },
    jointListId: '',
    taskId: '',
    drawn: [],
    movedEntityId: '',
    ownTaskId: '',
    xfTaskId: '',
  };

  constructor(api: CountyYearApi) {
    super(api, { sub: 'admin', department: 'system' });
  }

  call<T = Record<string, unknown>>(method: string, path: string, token: string, body?: unknown) {
    return this.api.call<T>(method, path, token, body);
  }

  count(what: string, by = 1): void {
    this.did[what] = (this.did[what] ?? 0) + by;
  }

  /** Records a disagreement between what the platform answers and what the year did. */
  check(label: string, actual: unknown, expected: unknown): void {
    // Objects compare by their fields, not their order (PostgreSQL's jsonb keeps its own order).
    const a = canonicalJson(actual);
    const e = canonicalJson(expected);
    if (a !== e) this.mismatches.push(`${label}: the platform says ${a}, the year did ${e}`);
  }
}
