import {
  type InspectionTaskCommand,
  type InspectionTaskEvent,
  type InspectionTaskState,
  inspectionTaskDecider,
  registerStreams,
} from '@app/domain';
import type { CommandContext } from '../commands/command-context';
import { type CommandFrom, DecideCommand, type DecideOptions } from '../commands/decide.command';

/** The DecideCommand for one inspection task: its stream and its decider, named once. */
export function taskCommand(
  taskId: string,
  command: CommandFrom<InspectionTaskCommand, InspectionTaskState>,
  context: CommandContext,
  options?: DecideOptions,
): DecideCommand<InspectionTaskCommand, InspectionTaskEvent, InspectionTaskState> {
  return new DecideCommand(
    registerStreams.inspectionTask(taskId),
    inspectionTaskDecider,
    command,
    context,
    options,
  );
}
