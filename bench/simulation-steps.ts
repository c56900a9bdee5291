import type { SimulationApi } from './simulation';

/**
 * Steps played over the real HTTP API as named staff (the county year, the demonstration county):
 * their tokens, answers that must succeed, and the simulated clock (SIMULATED_CLOCK=true).
 */
export class SimulationSteps<Api extends SimulationApi = SimulationApi> {
  constructor(
    readonly api: Api,
    private readonly administrator: { sub: string; department: string },
  ) {}

  /** A staff member of a department; `sub` distinguishes an approver from the one who asked. */
  as(department: string, role: string, sub = `${role}-${department}`): string {
    return this.api.token(sub, department, [role]);
  }

  get admin(): string {
    return this.api.token(this.administrator.sub, this.administrator.department, ['admin']);
  }

  /** The answer of a command or read that must succeed. */
  async ok<T = Record<string, unknown>>(method: string, path: string, token: string, body?: unknown) {
    const answer = await this.api.call<T>(method, path, token, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** Moves the simulated clock to 09:00 Beijing time of the day. */
  async at(day: string): Promise<void> {
    await this.ok('PUT', '/api/admin/clock', this.admin, { now: `${day}T01:00:00.000Z` });
  }
}
