import { inspectorIdOf } from '@app/runtime';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { acting } from './acting';
import { decideTaskRequest } from './decide-task-request';
import { DecisionDto, NonPublicationRequestDto, RectificationResultDto } from './dto';
import { taskCommand } from './task-command';
import { beijingDate } from './task-facts';

/**
 * What becomes of a result besides its publication: kept from publication on a legal ground with a
 * head's approval (Gui'an 第四十三、四十六条), and 整改 follow-up results entered after publication
 * (Gui'an 第三十二条).
 */
@ApiTags('tasks: results')
@ApiBearerAuth()
@Controller('api/tasks/:id')
export class ResultDisclosureController {
  constructor(private readonly commands: CommandBus) {}

  /** Asked by an operator or inspector for their department's entered result; a head decides. */
  @Post('non-publication-requests')
  @HttpCode(201)
  @Roles('operator', 'inspector')
  async requestNonPublication(
    @Param('id') id: string,
    @Body() body: NonPublicationRequestDto,
    @Context() context: CommandContext,
  ): Promise<{ requestId: string }> {
    const requestId = context.commandId;
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'RequestNonPublication',
          taskId: id,
          by: acting(context),
          requestId,
          entityId: body.entityId,
          ground: body.ground,
          legalBasis: body.legalBasis,
        },
        context,
      ),
    );
    return { requestId };
  }

  @Post('non-publication-requests/:requestId/approve')
  @HttpCode(200)
  @Roles('head')
  approve(
    @Param('id') id: string,
    @Param('requestId') requestId: string,
    @Body() body: DecisionDto,
    @Context() context: CommandContext,
  ) {
    return this.decide(id, requestId, true, body, context);
  }

  @Post('non-publication-requests/:requestId/reject')
  @HttpCode(200)
  @Roles('head')
  reject(
    @Param('id') id: string,
    @Param('requestId') requestId: string,
    @Body() body: DecisionDto,
    @Context() context: CommandContext,
  ) {
    return this.decide(id, requestId, false, body, context);
  }

  /**
   * A 整改 follow-up result on the department's published result: by a member of the entity's team
   * (an inspector), or by the department's operator.
   */
  @Post('rectification-results')
  @HttpCode(201)
  @Roles('inspector', 'operator')
  async enterRectification(
    @Param('id') id: string,
    @Body() body: RectificationResultDto,
    @Context() context: CommandContext,
  ): Promise<{ rectificationId: string }> {
    const rectificationId = context.commandId;
    const asOperator = context.actor.roles.includes('operator');
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'EnterRectificationResult',
          taskId: id,
          by: acting(context),
          rectificationId,
          ...(asOperator ? {} : { inspectorId: inspectorIdOf(context.actor) }),
          entityId: body.entityId,
          rectified: body.rectified,
          findings: body.findings,
          rectifiedOn: body.rectifiedOn,
          today: beijingDate(context.now),
        },
        context,
      ),
    );
    return { rectificationId };
  }

  private async decide(
    taskId: string,
    requestId: string,
    approve: boolean,
    body: DecisionDto,
    context: CommandContext,
  ): Promise<{ requestId: string; approved: boolean }> {
    return decideTaskRequest(
      this.commands,
      { taskId, requestId, approve, kind: 'non_publication' },
      body,
      context,
    );
  }
}
