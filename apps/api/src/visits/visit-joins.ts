import { deterministicEventId } from '@app/event-store';
import {
  DomainError,
  type VisitAggregateState,
  type VisitCommand,
  type VisitEvent,
  type VisitJoin,
  type VisitState,
  registerStreams,
  visitDecider,
  visitJoinOf,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand } from '../commands/decide.command';
import { acting } from '../tasks/acting';
import { taskCommand } from '../tasks/task-command';
import { TaskFacts } from '../tasks/task-facts';
import { VisitFacts } from './visit-facts';

/** The command id of a task's join: the same for every attempt, so a retry appends nothing new. */
export function joinCommandId(visitId: string, taskId: string): string {
  return deterministicEventId(`visit-join\u0000${visitId}\u0000${taskId}`, 0);
}

/**
 * Records an agreed visit in each of its tasks (ADR 39). The visit and the tasks are separate
 * streams, so this is idempotent and can be run again: a task that joined changes nothing, a join
 * appended by another attempt is recognised by its id, and a task that can no longer join
 * (cancelled, the entity withdrawn or handed over, in another visit) is recorded on the visit as
 * left, not skipped.
 */
@Injectable()
export class VisitJoins {
  constructor(
    private readonly commands: CommandBus,
    private readonly facts: VisitFacts,
    private readonly tasks: TaskFacts,
  ) {}

  /** Each task's join as its history and the visit stand now. */
  async of(visitId: string, visit: VisitState): Promise<VisitJoin[]> {
    const joins: VisitJoin[] = [];
    for (const taskId of visit.taskIds) {
      joins.push(visitJoinOf(visit, visitId, taskId, await this.tasks.task(taskId)));
    }
    return joins;
  }

  /** Joins every task that can, records the others as left (by a lead of the visit). */
  async complete(visitId: string, context: CommandContext): Promise<VisitJoin[]> {
    // Refuses first (unknown, not agreed, not a lead), and records the tasks already known to have left.
    await this.record(visitId, await this.current(visitId), context);
    const visit = await this.agreed(visitId);
    const { entityId, taskIds, date, team } = visit;
    if (visit.status !== 'agreed' || !team) return this.of(visitId, visit);
    const counted = { taskId: taskIds[0], year: await this.facts.drawYear(taskIds[0], date) };
    for (const join of await this.of(visitId, visit)) {
      if (join.status !== 'missing' || join.why) continue;
      const { taskId } = join;
      try {
        await this.commands.execute(
          taskCommand(
            taskId,
            { kind: 'JoinVisit', taskId, visitId, entityId, date, team, taskIds, counted },
            { ...context, commandId: joinCommandId(visitId, taskId) },
          ),
        );
      } catch (error) {
        // The task changed since it was read (cancelled, the entity withdrawn): recorded below.
        if (!(error instanceof DomainError)) throw error;
        const now = visitJoinOf(visit, visitId, taskId, await this.tasks.task(taskId));
        if (now.status === 'missing' && !now.why) throw error;
      }
    }
    await this.record(visitId, await this.current(visitId), context);
    return this.current(visitId);
  }

  private async agreed(visitId: string): Promise<VisitState> {
    const visit = await this.facts.visit(visitId);
    if (visit.status === 'absent') throw new DomainError('VISIT_NOT_FOUND', `No visit ${visitId}`);
    return visit;
  }

  private async current(visitId: string): Promise<VisitJoin[]> {
    const visit = await this.facts.visit(visitId);
    return visit.status === 'absent' ? [] : this.of(visitId, visit);
  }

  private record(visitId: string, joins: VisitJoin[], context: CommandContext): Promise<unknown> {
    const command: VisitCommand = { kind: 'RecordVisitJoins', visitId, by: acting(context), joins };
    return this.commands.execute(
      new DecideCommand<VisitCommand, VisitEvent, VisitAggregateState>(
        registerStreams.visit(visitId),
        visitDecider,
        command,
        context,
      ),
    );
  }
}
