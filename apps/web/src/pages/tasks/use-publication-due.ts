import { callApi } from '../../api/client';
import { horizonOf } from '../../components/deadline';
import { useLoad } from './use-load';

/** GET /api/overdue-disclosures: one result owed. */
export interface OwedDisclosure {
  taskId: string;
  entityId: string;
  departmentId: string;
  windowTo: string;
  dueDate: string;
  provisional: boolean;
  state: 'not-entered' | 'not-published' | 'published-late';
  enteredOn?: string;
  workingDaysOverdue: number;
}

/**
 * Every result of a department not yet published, with the deadline the api counts for it (the
 * window's end plus the deployment's publication working days), by `taskId|entityId`.
 */
export function usePublicationDue(departmentId: string | undefined, today: string) {
  return useLoad(departmentId ? `owed:${departmentId}:${today}` : undefined, async (token) => {
    const answer = await callApi<{ items: OwedDisclosure[] }>('GET', '/api/overdue-disclosures', {
      token,
      query: { departmentId, asOf: horizonOf(today) },
    });
    return new Map(
      answer.items.filter((o) => o.state !== 'published-late').map((o) => [`${o.taskId}|${o.entityId}`, o]),
    );
  });
}
