import type { TaskWithoutDeadlines } from '@app/contract';
import { DomainError, type WorkingDayCalendar, type WorkingDayDate } from '@app/domain';
import { Logger } from '@nestjs/common';

const logger = new Logger('Deadlines');
/** Each such task is logged once per process, not at every request that meets it. */
const logged = new Set<string>();

/**
 * Deadlines of many tasks counted for one answer. A task whose days the calendar cannot count
 * (CALENDAR_DATE_*) is set aside and reported with the answer, instead of failing all of it.
 */
export class DeadlineCount {
  private readonly without = new Map<string, TaskWithoutDeadlines>();

  constructor(private readonly calendar: WorkingDayCalendar) {}

  addWorkingDays(taskId: string, from: string, days: number): WorkingDayDate | undefined {
    return this.counted(taskId, () => this.calendar.addWorkingDays(from, days));
  }

  workingDaysBetween(
    taskId: string,
    due: string,
    asOf: string,
  ): (WorkingDayDate & { days: number }) | undefined {
    return this.counted(taskId, () => this.calendar.workingDaysBetween(due, asOf));
  }

  /** The tasks set aside, by id. */
  tasksWithoutDeadlines(): TaskWithoutDeadlines[] {
    return [...this.without.values()].sort((a, b) => a.taskId.localeCompare(b.taskId));
  }

  private counted<T>(taskId: string, count: () => T): T | undefined {
    if (this.without.has(taskId)) return undefined;
    try {
      return count();
    } catch (error) {
      if (!(error instanceof DomainError) || !error.code.startsWith('CALENDAR_DATE_')) throw error;
      this.without.set(taskId, { taskId, code: error.code, reason: error.message });
      if (!logged.has(taskId)) {
        logged.add(taskId);
        logger.warn(`Task ${taskId}: its deadlines cannot be counted (${error.code}: ${error.message})`);
      }
      return undefined;
    }
  }
}
