import { useState } from 'react';
import { useCommand } from '../../api/use-api';
import { useTaskDetail } from './detail-context';

/**
 * A command on the task page. Each act's outcome replaces the last: once another act has started,
 * this one's refusal is no longer shown (and the page's success message is cleared as each starts).
 * `lastError` keeps the refusal for logic that must still read it (the inspector draw's shortages).
 */
export function useTaskCommand<T = unknown>() {
  const { acts } = useTaskDetail();
  const command = useCommand<T>();
  const [act, setAct] = useState(0);
  return {
    busy: command.busy,
    error: act === acts.latest ? command.error : undefined,
    lastError: command.error,
    clear: command.clear,
    run: (method: string, path: string, body?: unknown) => {
      setAct(acts.begin());
      return command.run(method, path, body);
    },
  };
}
