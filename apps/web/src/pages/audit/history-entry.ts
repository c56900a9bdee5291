import type { HistoryEntry as ServerHistoryEntry } from '@app/contract';

/** One act in a task's history (`GET /api/tasks/:id/history`); the console reads `data` as plain fields. */
export type HistoryEntry = Omit<ServerHistoryEntry<unknown>, 'data'> & { data: Record<string, unknown> };

/** The task's name, from the act that initiated it (the folded state does not keep it). */
export function taskNameOf(history: readonly HistoryEntry[]): string | undefined {
  const name = history.find((e) => e.type === 'InspectionTaskInitiated')?.data.name;
  return typeof name === 'string' ? name : undefined;
}

/** The department an act concerns besides the actor's (a response, a result), when the record names one. */
export function concernedDepartment(entry: HistoryEntry): string | undefined {
  const id = entry.data.departmentId;
  return typeof id === 'string' && id !== entry.actor.departmentId ? id : undefined;
}
