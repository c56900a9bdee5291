import { type InspectionTaskCommand, type Acting, inspectionTaskDecider, registerStreams } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand, type DecideOptions, type DecisionOutcome } from '../commands/decide.command';

/** Who acts, as the task's rules see them. */
export function acting(context: CommandContext): Acting {
  return { actorId: context.actor.id, departmentId: context.actor.departmentId };
}

/** Sends a command to an inspection task through the CommandBus. */
@Injectable()
export class TaskCommands {
  constructor(private readonly commands: CommandBus) {}

  send(
    command: InspectionTaskCommand,
    context: CommandContext,
    options: DecideOptions = {},
  ): Promise<DecisionOutcome> {
    return this.commands.execute(
      new DecideCommand(
        registerStreams.inspectionTask(command.taskId),
        inspectionTaskDecider,
        command,
        context,
        options,
      ),
    );
  }
}
