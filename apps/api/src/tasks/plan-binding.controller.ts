import { BEYOND_PLAN_REQUEST_ID } from '@app/domain';
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
 * Gui'an 第8、29条; ADR 38): a head of the lead approves or rejects before the entity draw.
 */
@ApiTags('tasks: plan binding')
@ApiBearerAuth()
@Controller('api/tasks/:id/beyond-plan')
export class PlanBindingController {
  constructor(private readonly commands: CommandBus) {}

  @Post('approve')
  @HttpCode(200)
  @Roles('head')
  approve(@Param('id') id: string, @Body() body: DecisionDto, @Context() context: CommandContext) {
    return this.decide(id, true, body, context);
  }

  @Post('reject')
  @HttpCode(200)
  @Roles('head')
  reject(@Param('id') id: string, @Body() body: DecisionDto, @Context() context: CommandContext) {
    return this.decide(id, false, body, context);
  }

  private async decide(
    taskId: string,
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
          requestId: BEYOND_PLAN_REQUEST_ID,
          approve,
          expectedKind: 'beyond_plan',
          reply: body.reply ?? '',
          today: beijingDate(context.now),
        },
        context,
      ),
    );
    return { requestId: BEYOND_PLAN_REQUEST_ID, approved: approve };
  }
}
