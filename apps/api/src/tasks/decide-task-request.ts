import type { InspectionTaskCommand, PendingRequest } from '@app/domain';
import type { CommandBus } from '@nestjs/cqrs';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { acting } from './acting';
import type { DecisionDto } from './dto';
import { beijingDate } from './task-facts';
import { taskCommand } from './task-command';

type DecideRequest = Extract<InspectionTaskCommand, { kind: 'DecideRequest' }>;

/**
 * Approves or rejects a task's request of the kind the route decides (its roles say who may): a
 * rejection says why. Every request route answers through here; `facts` adds what a kind needs
 * (a replacement's newcomer).
 */
export async function decideTaskRequest(
  commands: CommandBus,
  decision: { taskId: string; requestId: string; approve: boolean; kind: PendingRequest['kind'] },
  body: DecisionDto,
  context: CommandContext,
  facts: Pick<DecideRequest, 'incoming' | 'enforcementRequired'> = {},
): Promise<{ requestId: string; approved: boolean }> {
  const { taskId, requestId, approve, kind } = decision;
  if (!approve && !body.reply)
    throw ApiError.invalid([{ field: 'reply', reason: 'a rejection says why', rule: 'required' }]);
  await commands.execute(
    taskCommand(
      taskId,
      {
        kind: 'DecideRequest',
        taskId,
        by: acting(context),
        requestId,
        approve,
        expectedKind: kind,
        reply: body.reply ?? '',
        today: beijingDate(context.now),
        ...facts,
      },
      context,
    ),
  );
  return { requestId, approved: approve };
}
