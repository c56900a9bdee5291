import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { CommandBus } from '@nestjs/cqrs';
import { CancelDto, DecisionDto } from './dto';
import { acting } from './acting';
import { taskCommand } from './task-command';
import { TaskFacts, beijingDate } from './task-facts';

/**
 * Cancelling a task whose pool is frozen (docs/draw.md "Cancelled draws"): the lead department
 * asks with a reason, a principal head of the lead department who did not ask decides.
 */
@ApiTags('tasks: approvals')
@ApiBearerAuth()
@Controller('api/tasks/:id/cancellation-requests')
export class TaskCancellationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly facts: TaskFacts,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('operator', 'head')
  async request(
    @Param('id') id: string,
    @Body() body: CancelDto,
    @Context() context: CommandContext,
  ): Promise<{ requestId: string }> {
    const requestId = context.commandId;
    await this.commands.execute(
      taskCommand(
        id,
        { kind: 'RequestCancellation', taskId: id, by: acting(context), requestId, reason: body.reason },
        context,
      ),
    );
    return { requestId };
  }

  @Post(':requestId/approve')
  @HttpCode(200)
  @Roles('principal')
  @ApiParam({ name: 'requestId' })
  approve(@Param() p: Record<string, string>, @Body() body: DecisionDto, @Context() c: CommandContext) {
    return this.decide(p.id, p.requestId, true, body, c);
  }

  @Post(':requestId/reject')
  @HttpCode(200)
  @Roles('principal')
  @ApiParam({ name: 'requestId' })
  reject(@Param() p: Record<string, string>, @Body() body: DecisionDto, @Context() c: CommandContext) {
    return this.decide(p.id, p.requestId, false, body, c);
  }

  private async decide(
    taskId: string,
    requestId: string,
    approve: boolean,
    body: DecisionDto,
    context: CommandContext,
  ): Promise<{ requestId: string; approved: boolean }> {
    if (!approve && !body.reply)
      throw ApiError.invalid([{ field: 'reply', reason: 'a rejection says why', rule: 'required' }]);
    const request = (await this.facts.task(taskId))?.requests[requestId];
    // Who may decide is a question of who acts (403); the decider refuses it again (409).
    if (request?.kind === 'cancellation' && request.requesterId === context.actor.id) {
      throw ApiError.forbidden(
        'APPROVER_IS_REQUESTER',
        'The one who asked does not approve their own request',
      );
    }
    await this.commands.execute(
      taskCommand(
        taskId,
        {
          kind: 'DecideRequest',
          taskId,
          by: acting(context),
          requestId,
          approve,
          expectedKind: 'cancellation',
          reply: body.reply ?? '',
          today: beijingDate(context.now),
        },
        context,
      ),
    );
    return { requestId, approved: approve };
  }
}
