import { loadAggregate } from '@app/audit';
import {
  type Team,
  type VisitAggregateState,
  type VisitTaskFacts,
  drawVisitTeam,
  inspectedEntities,
  registerStreams,
  sha256,
  visitDecider,
} from '@app/domain';
import { type EntityVisitsView, visitOfTask } from '@app/projections';
import type { Stores } from '@app/runtime';
import { Inject, Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { STORES } from '../stores/stores.providers';
import { TaskFacts } from '../tasks/task-facts';

/** Members per department in a visit's joint team (docs/draw.md §8.2; the audit's recomputation uses the same). */
export const VISIT_TEAM_PER_DEPARTMENT = 1;

/** What the visit's rules need from the tasks, the calendar and the read models (ADR 39). */
@Injectable()
export class VisitFacts {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    private readonly tasks: TaskFacts,
    private readonly calendars: CalendarService,
  ) {}

  async visit(visitId: string): Promise<VisitAggregateState> {
    return (await loadAggregate(this.stores.events, registerStreams.visit(visitId), visitDecider)).state;
  }

  /** Each task as it stands now (read from its stream), with a visit it is in for the entity. */
  async taskFacts(taskIds: readonly string[], entityId: string): Promise<VisitTaskFacts[]> {
    const view = await this.stores.projections
      .collection<EntityVisitsView>('visits', 'entityVisits')
      .get(entityId);
    const facts: VisitTaskFacts[] = [];
    for (const taskId of taskIds) {
      const task = await this.tasks.task(taskId);
      if (!task) {
        facts.push({
          taskId,
          status: 'absent',
          leadDepartmentId: '',
          window: { from: '', to: '' },
          entityIds: [],
        });
        continue;
      }
      const inVisit = task.visits?.[entityId] ?? visitOfTask(view?.proposals, taskId);
      facts.push({
        taskId,
        status: task.status,
        leadDepartmentId: task.leadDepartmentId,
        window: task.window,
        entityIds: task.status === 'locked' ? inspectedEntities(task) : [],
        ...(inVisit ? { inVisit } : {}),
      });
    }
    return facts;
  }

  /** Whether the day is a working day, when the calendar knows its year. */
  async workingDay(date: string): Promise<boolean | undefined> {
    const { working, known } = (await this.calendars.calendar()).isWorkingDay(date);
    return known ? working : undefined;
  }

  /** The joint team drawn from the tasks' teams for the entity (experts never taken). */
  async team(
    visitId: string,
    entityId: string,
    taskIds: readonly string[],
  ): Promise<{ team: Team; basis: string }> {
    const seedCommitments: Record<string, string> = {};
    const teams: Record<string, Team> = {};
    for (const taskId of taskIds) {
      const task = await this.tasks.task(taskId);
      if (!task) continue;
      seedCommitments[taskId] = task.seedCommitment;
      teams[taskId] = { members: task.teams[entityId]?.members ?? [] };
    }
    return drawVisitTeam(sha256, {
      visitId,
      entityId,
      seedCommitments,
      teams,
      perDepartment: VISIT_TEAM_PER_DEPARTMENT,
    });
  }

  /** The year each task's draw counted the entity in (the visit's first task's is shared). */
  async drawYear(taskId: string, date: string): Promise<number> {
    const task = await this.tasks.task(taskId);
    const year = task?.draw?.record.year;
    return typeof year === 'number' ? year : Number(date.slice(0, 4));
  }
}
