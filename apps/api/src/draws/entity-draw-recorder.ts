import type { ComputedDraw } from '@app/audit';
import { DomainError, selectedDigest } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../commands/command-context';
import { acting } from '../tasks/acting';
import { TaskFacts } from '../tasks/task-facts';
import { taskCommand } from '../tasks/task-command';
import { type DrawInputs, drawIdOf, partCommandId } from './draw-id';

/** Drawn lists longer than this are recorded in parts, each its own small append. */
export const DRAW_PART_SIZE = 10_000;

/** Records a computed entity draw on its task: the drawn list (in parts when large), then EntitiesDrawn. */
@Injectable()
export class EntityDrawRecorder {
  constructor(
    private readonly commands: CommandBus,
    private readonly facts: TaskFacts,
  ) {}

  /**
   * Whoever records a ledgered draw (its own request, or a later draw finishing it, ADR 44)
   * records the same list under the same command ids: the task holds it once. A task already
   * holding this very list is a success.
   */
  async record(taskId: string, computed: ComputedDraw, inputs: DrawInputs, context: CommandContext) {
    try {
      await this.recordOnce(taskId, computed, inputs, context);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'ENTITIES_ALREADY_DRAWN') throw error;
      const task = await this.facts.task(taskId);
      if (!task?.entityIds || selectedDigest(task.entityIds) !== computed.record.selectedDigest) throw error;
    }
  }

  private async recordOnce(
    taskId: string,
    { outcome, record }: ComputedDraw,
    inputs: DrawInputs,
    context: CommandContext,
  ) {
    const entityIds = Object.values(outcome.selected).flat();
    const by = acting(context);
    if (entityIds.length <= DRAW_PART_SIZE) {
      await this.commands.execute(
        taskCommand(taskId, { kind: 'DrawEntities', taskId, by, entityIds, draw: { ...record } }, context),
      );
      return;
    }
    const drawId = drawIdOf({ ...inputs, position: record.position });
    const parts = Math.ceil(entityIds.length / DRAW_PART_SIZE);
    for (let part = 0; part < parts; part += 1) {
      await this.commands.execute(
        taskCommand(
          taskId,
          {
            kind: 'ListDrawnEntities',
            taskId,
            by,
            drawId,
            part,
            parts,
            entityIds: entityIds.slice(part * DRAW_PART_SIZE, (part + 1) * DRAW_PART_SIZE),
          },
          { ...context, commandId: partCommandId(taskId, drawId, part) },
          { waitForReadModels: false },
        ),
      );
    }
    await this.commands.execute(
      taskCommand(
        taskId,
        { kind: 'DrawEntities', taskId, by, entityIds: [], draw: { ...record }, drawId, parts },
        context,
      ),
    );
  }
}
