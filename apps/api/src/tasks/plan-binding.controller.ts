import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { acting } from './acting';
import { DecisionDto } from './dto';
import { beijingDate } from './task-facts';
import { taskCommand } from './task-command';

/**
 * A task initiated beyond its plan's ratios or target criteria, with a reason (Yiyuan 十三;
 * Gui'an 第8、29条; ADR 38): a head of the lead approves or rejects before the entity draw. The
 * request's id is `beyond-plan` (one per task); the route follows the other requests'.
 */
@ApiTags('tasks: plan binding')
@ApiBearerAuth()
@Controller('api/tasks/:id/beyond-plan-requests/:requestId')
export class PlanBindingController {
  constructor(private readonly commands: CommandBus) {}

  @Post('approve')
  @HttpCode(200)
  @Roles('head')
  approve(@Param() p: Record<string, string>, @Body() body: DecisionDto, @Context() context: CommandContext) {
    return this.decide(p.id, p.requestId, true, body, context);
  }

  @Post('reject')
  @HttpCode(200)
  @Roles('head')
  reject(@Param() p: Record<string, string>, @Body() body: DecisionDto, @Context() context: CommandContext) {
    return this.decide(p.id, p.requestId, false, body, context);
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
    await this.commands.execute(
      taskCommand(
        taskId,
        {
          kind: 'DecideRequest',
          taskId,
          by: acting(context),
          requestId,
          approve,
          expectedKind: 'beyond_plan',
          reply: body.reply ?? '',
          today: beijingDate(context.now),
        },
        context,
      ),
    );
    return { requestId, approved: approve };
  }
}
