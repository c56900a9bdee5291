import { beijingDate } from '@app/domain/calendar/calendar-date';
import { callApi } from '../../api/client';
import { useLoad } from './use-load';

/**
 * The api's today (Beijing; a simulated clock too), which the rules on dates are judged by: the
 * overdue list gives it as `asOf`. The browser's own day until it is known, or if it cannot be read.
 */
export function useApiToday(departmentId: string | undefined): string {
  const answer = useLoad(departmentId ? `api-today:${departmentId}` : undefined, (token) =>
    callApi<{ asOf: string }>('GET', '/api/overdue-responses', { token, query: { departmentId } }),
  );
  return answer.data?.asOf ?? beijingDate(Date.now());
}
