import { randomUUID } from 'node:crypto';
import { type VisitTeamCheck, verifyVisitTeam } from '@app/audit';
import type { VisitAnswer } from '@app/contract';
import type { Stores } from '@app/runtime';
import {
  type VisitAggregateState,
  type VisitCommand,
  type VisitEvent,
  registerStreams,
  visitDecider,
} from '@app/domain';
import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { type DecisionOutcome, DecideCommand } from '../commands/decide.command';
import { Context } from '../commands/request-context';
import { acting } from '../tasks/acting';
import { ProposeVisitDto, VisitAgreementDto } from './visit.dto';
import { VisitFacts } from './visit-facts';
import { VisitJoins } from './visit-joins';
import { STORES } from '../stores/stores.providers';

/**
 * One visit for overlapping tasks (进一次门、查多项事; Yiyuan 十八; Gui'an 第33–35条; ADR 39): a
 * lead proposes, every other lead agrees or declines; once all agree the joint team is drawn and
 * the visit is recorded in each task's own history.
 */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/visits')
export class VisitAgreementController {
  constructor(
    private readonly commands: CommandBus,
    private readonly facts: VisitFacts,
    private readonly joins: VisitJoins,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('operator', 'head')
  async propose(@Body() body: ProposeVisitDto, @Context() context: CommandContext): Promise<VisitAnswer> {
    // The server names the visit: its id is part of the team's basis, so the proposer cannot pick it.
    const visitId = randomUUID();
    const { entityId, taskIds, date } = body;
    const command: VisitCommand = {
      kind: 'ProposeVisit',
      visitId,
      entityId,
      date,
      by: acting(context),
      tasks: await this.facts.taskFacts(taskIds, entityId),
      workingDay: await this.facts.workingDay(date),
      team: await this.facts.team(visitId, entityId, taskIds),
    };
    await this.settle(visitId, await this.decide(visitId, command, context), context);
    return this.answer(visitId);
  }

  @Post(':id/agreement')
  @HttpCode(200)
  @Roles('operator', 'head')
  async agreement(
    @Param('id') visitId: string,
    @Body() body: VisitAgreementDto,
    @Context() context: CommandContext,
  ): Promise<VisitAnswer> {
    if (!body.agree && !body.reason) {
      throw ApiError.invalid([{ field: 'reason', reason: 'a decline says why', rule: 'required' }]);
    }
    const visit = await this.facts.visit(visitId);
    const taskIds = visit.status === 'absent' ? [] : visit.taskIds;
    const entityId = visit.status === 'absent' ? '' : visit.entityId;
    const command: VisitCommand = {
      kind: 'AnswerVisit',
      visitId,
      by: acting(context),
      agree: body.agree,
      ...(body.reason ? { reason: body.reason } : {}),
      tasks: await this.facts.taskFacts(taskIds, entityId),
      team: await this.facts.team(visitId, entityId, taskIds),
    };
    await this.settle(visitId, await this.decide(visitId, command, context), context);
    return this.answer(visitId);
  }

  /**
   * A lead completes the agreed visit's record in its tasks: the joins missing are appended (a retry
   * changes nothing), the tasks that can no longer join are recorded on the visit as left (ADR 39).
   */
  @Post(':id/joins')
  @HttpCode(200)
  @Roles('operator', 'head')
  async completeJoins(
    @Param('id') visitId: string,
    @Context() context: CommandContext,
  ): Promise<VisitAnswer> {
    await this.joins.complete(visitId, context);
    return this.answer(visitId);
  }

  @Get(':id')
  @Roles('operator', 'head', 'supervisor', 'auditor')
  async get(@Param('id') visitId: string): Promise<VisitAnswer> {
    return this.answer(visitId);
  }

  /** The agreed visit's joint team recomputed from the log (docs/draw.md §8.2), beside the recorded one. */
  @Get(':id/team-verification')
  @Roles('auditor', 'supervisor', 'admin')
  async verifyTeam(@Param('id') visitId: string): Promise<VisitTeamCheck> {
    const check = await verifyVisitTeam(this.stores.events, visitId);
    if (!check) throw ApiError.notFound('VISIT_NOT_FOUND', `No agreed visit ${visitId}`);
    return check;
  }

  private decide(visitId: string, command: VisitCommand, context: CommandContext): Promise<DecisionOutcome> {
    return this.commands.execute(
      new DecideCommand<VisitCommand, VisitEvent, VisitAggregateState>(
        registerStreams.visit(visitId),
        visitDecider,
        command,
        context,
      ),
    );
  }

  /** Once agreed, the visit is recorded in each task (idempotent; a task that cannot join is recorded as left). */
  private async settle(visitId: string, outcome: DecisionOutcome, context: CommandContext): Promise<void> {
    if (outcome.eventTypes?.includes('VisitConfirmed')) await this.joins.complete(visitId, context);
  }

  private async answer(visitId: string): Promise<VisitAnswer> {
    const visit = await this.facts.visit(visitId);
    if (visit.status === 'absent') throw ApiError.notFound('VISIT_NOT_FOUND', `No visit ${visitId}`);
    const { entityId, taskIds, date, status, leads, agreedTaskIds, team, teamBasis } = visit;
    return {
      visitId,
      entityId,
      taskIds,
      date,
      status,
      leads,
      agreedTaskIds,
      ...(team ? { team } : {}),
      ...(teamBasis ? { teamBasis } : {}),
      ...(status === 'agreed' ? { joins: await this.joins.of(visitId, visit) } : {}),
    };
  }
}
