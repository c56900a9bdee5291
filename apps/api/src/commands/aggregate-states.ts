/**
 * The states this process last folded, by stream, with the revision each is at: a command on a
 * long stream (a task with thousands of results) folds only what was appended since. Bounded;
 * the oldest entries go first. A state is only reused with the decider that folded it.
 */
export class AggregateStates {
  private readonly entries = new Map<string, { decider: unknown; state: unknown; revision: number }>();

  constructor(private readonly limit = 10_000) {}

  recall<S>(stream: string, decider: unknown): { state: S; revision: number } | undefined {
    const entry = this.entries.get(stream);
    if (!entry || entry.decider !== decider) return undefined;
    return { state: entry.state as S, revision: entry.revision };
  }

  remember(stream: string, decider: unknown, state: unknown, revision: number): void {
    this.entries.delete(stream);
    this.entries.set(stream, { decider, state, revision });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(stream: string): void {
    this.entries.delete(stream);
  }
}
