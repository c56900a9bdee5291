import { createContext, useContext } from 'react';
import type { HistoryFacts } from './history-facts';
import type { CheckItem, Inspector, TaskState } from './task-types';
import type { Actor, offeredActions } from './task-view';

/** What every section of the task detail reads: the task, who is looking, names, and how to refresh. */
export interface TaskDetail {
  task: TaskState;
  /** From the task's history; undefined while it loads (or for a task too large to read it whole). */
  facts?: HistoryFacts;
  actor: Actor;
  offered: ReturnType<typeof offeredActions>;
  today: string;
  departmentName: (id: string) => string;
  items: Map<string, CheckItem>;
  itemName: (id: string) => string;
  inspectors: Map<string, Inspector>;
  inspectorName: (id: string) => string;
  /** Reads the task (and its history) again, after a command changed it. */
  refresh: () => void;
  selectedEntityId?: string;
  selectEntity: (entityId: string) => void;
  /** The acts made on the page: `begin` numbers a new one; only the latest one's outcome is shown. */
  acts: { begin: () => number; latest: number };
}

export const TaskDetailContext = createContext<TaskDetail | undefined>(undefined);

export function useTaskDetail(): TaskDetail {
  const value = useContext(TaskDetailContext);
  if (!value) throw new Error('useTaskDetail outside TaskDetailContext');
  return value;
}
