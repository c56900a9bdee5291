import type { AppConfig } from '@app/runtime';
import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import {
  CancelDto,
  CorrectionRequestDto,
  DecisionDto,
  ReplacementRequestDto,
  WithdrawalRequestDto,
} from './dto';
import { CommandBus } from '@nestjs/cqrs';
import { taskCommand } from './task-command';
import { decideTaskRequest } from './decide-task-request';
import { acting } from './acting';
import { TaskFacts, beijingDate } from './task-facts';
import { SealedResults } from './sealed-results';
import { APP_CONFIG } from '../stores/stores.providers';

/**
 * Changes that need a second person's approval: replacing an inspector and withdrawing an entity
 * (approved by the department's head), correcting a published result and cancelling a task whose
 * pool is frozen (docs/draw.md "Cancelled draws"; by its principal head).
 */
@ApiTags('tasks: approvals')
@ApiBearerAuth()
@Controller('api/tasks/:id')
export class TaskRequestsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly facts: TaskFacts,
    private readonly results: SealedResults,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('replacement-requests')
  @HttpCode(201)
  @Roles('operator', 'head')
  async requestReplacement(
    @Param('id') id: string,
    @Body() body: ReplacementRequestDto,
    @Context() context: CommandContext,
  ): Promise<{ requestId: string }> {
    const requestId = context.commandId;
    const incoming = await this.facts.inspector(body.inInspectorId);
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'RequestInspectorReplacement',
          taskId: id,
          by: acting(context),
          requestId,
          entityId: body.entityId,
          outInspectorId: body.outInspectorId,
          inInspectorId: body.inInspectorId,
          reason: body.reason,
          note: body.note,
          ...(incoming ? { incoming } : {}),
          enforcementRequired: this.config.enforcementRequired,
        },
        context,
      ),
    );
    return { requestId };
  }

  /** Changing an entity after lock (deregistered, moved away): asked by the lead, approved by its head. */
  @Post('withdrawal-requests')
  @HttpCode(201)
  @Roles('operator', 'head')
  async requestWithdrawal(
    @Param('id') id: string,
    @Body() body: WithdrawalRequestDto,
    @Context() context: CommandContext,
  ): Promise<{ requestId: string }> {
    const requestId = context.commandId;
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'RequestEntityWithdrawal',
          taskId: id,
          by: acting(context),
          requestId,
          entityId: body.entityId,
          reason: body.reason,
          note: body.note,
          entityDeregistered: await this.facts.entityDeregistered(body.entityId),
        },
        context,
      ),
    );
    return { requestId };
  }

  @Post('correction-requests')
  @HttpCode(201)
  @Roles('operator', 'head')
  async requestCorrection(
    @Param('id') id: string,
    @Body() body: CorrectionRequestDto,
    @Context() context: CommandContext,
  ): Promise<{ requestId: string }> {
    const requestId = context.commandId;
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'RequestCorrection',
          taskId: id,
          by: acting(context),
          requestId,
          entityId: body.entityId,
          corrected: await this.results.resultOf(
            id,
            body.entityId,
            { kind: 'published-result', departmentId: context.actor.departmentId },
            body.corrected,
          ),
          reason: body.reason,
          ...(body.objectionId ? { objectionId: body.objectionId } : {}),
          today: beijingDate(context.now),
        },
        context,
      ),
    );
    return { requestId };
  }

  /** Cancelling a task whose pool is frozen: asked by the lead department with a reason. */
  @Post('cancellation-requests')
  @HttpCode(201)
  @Roles('operator', 'head')
  async requestCancellation(
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

  @Post('cancellation-requests/:requestId/approve')
  @HttpCode(200)
  @Roles('principal')
  @ApiParam({ name: 'requestId' })
  approveCancellation(
    @Param() p: Record<string, string>,
    @Body() body: DecisionDto,
    @Context() c: CommandContext,
  ) {
    return this.decide(p.id, p.requestId, true, body, c, 'cancellation');
  }

  @Post('cancellation-requests/:requestId/reject')
  @HttpCode(200)
  @Roles('principal')
  @ApiParam({ name: 'requestId' })
  rejectCancellation(
    @Param() p: Record<string, string>,
    @Body() body: DecisionDto,
    @Context() c: CommandContext,
  ) {
    return this.decide(p.id, p.requestId, false, body, c, 'cancellation');
  }

  @Post('replacement-requests/:requestId/approve')
  @HttpCode(200)
  @Roles('head')
  @ApiParam({ name: 'requestId' })
  approveReplacement(
    @Param() p: Record<string, string>,
    @Body() body: DecisionDto,
    @Context() c: CommandContext,
  ) {
    return this.decide(p.id, p.requestId, true, body, c, 'replacement');
  }

  @Post('replacement-requests/:requestId/reject')
  @HttpCode(200)
  @Roles('head')
  rejectReplacement(
    @Param() p: Record<string, string>,
    @Body() body: DecisionDto,
    @Context() c: CommandContext,
  ) {
    return this.decide(p.id, p.requestId, false, body, c, 'replacement');
  }

  @Post('withdrawal-requests/:requestId/approve')
  @HttpCode(200)
  @Roles('head')
  approveWithdrawal(
    @Param() p: Record<string, string>,
    @Body() body: DecisionDto,
    @Context() c: CommandContext,
  ) {
    return this.decide(p.id, p.requestId, true, body, c, 'withdrawal');
  }

  @Post('withdrawal-requests/:requestId/reject')
  @HttpCode(200)
  @Roles('head')
  rejectWithdrawal(
    @Param() p: Record<string, string>,
    @Body() body: DecisionDto,
    @Context() c: CommandContext,
  ) {
    return this.decide(p.id, p.requestId, false, body, c, 'withdrawal');
  }

  @Post('correction-requests/:requestId/approve')
  @HttpCode(200)
  @Roles('principal')
  approveCorrection(
    @Param() p: Record<string, string>,
    @Body() body: DecisionDto,
    @Context() c: CommandContext,
  ) {
    return this.decide(p.id, p.requestId, true, body, c, 'correction');
  }

  @Post('correction-requests/:requestId/reject')
  @HttpCode(200)
  @Roles('principal')
  rejectCorrection(
    @Param() p: Record<string, string>,
    @Body() body: DecisionDto,
    @Context() c: CommandContext,
  ) {
    return this.decide(p.id, p.requestId, false, body, c, 'correction');
  }

  private async decide(
    taskId: string,
    requestId: string,
    approve: boolean,
    body: DecisionDto,
    context: CommandContext,
    kind: 'replacement' | 'withdrawal' | 'correction' | 'cancellation',
  ): Promise<{ requestId: string; approved: boolean }> {
    const request = (await this.facts.task(taskId))?.requests[requestId];
    const incoming =
      request?.kind === 'replacement' ? await this.facts.inspector(request.inInspectorId) : undefined;
    // A head decides replacements and withdrawals; only a principal corrections and cancellations.
    return decideTaskRequest(this.commands, { taskId, requestId, approve, kind: kind }, body, context, {
      ...(incoming ? { incoming } : {}),
      enforcementRequired: this.config.enforcementRequired,
    });
  }
}
