import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { decideTaskRequest } from './decide-task-request';
import { DecisionDto } from './dto';

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
    return decideTaskRequest(
      this.commands,
      { taskId: p.id, requestId: p.requestId, approve: true, kind: 'beyond_plan' },
      body,
      context,
    );
  }

  @Post('reject')
  @HttpCode(200)
  @Roles('head')
  reject(@Param() p: Record<string, string>, @Body() body: DecisionDto, @Context() context: CommandContext) {
    return decideTaskRequest(
      this.commands,
      { taskId: p.id, requestId: p.requestId, approve: false, kind: 'beyond_plan' },
      body,
      context,
    );
  }
}
