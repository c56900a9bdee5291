import { randomUUID } from 'node:crypto';
import type { ReferralAnswer } from '@app/contract';
import {
  type ReferralCommand,
  type ReferralEvent,
  type ReferralState,
  beijingDate,
  referralDecider,
  registerStreams,
} from '@app/domain';
import type { Actor, Stores } from '@app/runtime';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand } from '../commands/decide.command';
import { Context } from '../commands/request-context';
import { STORES } from '../stores/stores.providers';
import { acting } from '../tasks/acting';
import { CreateReferralDto, ReferralOutcomeDto, ReferralQueryDto, ReturnReferralDto } from './referral.dto';
import { ReferralFacts } from './referral-facts';
import { ReferralReads } from './referral-reads';

/**
 * Referrals (移送/转办) of a result's finding to another department (Yiyuan 二十九; ADR 50): the
 * result's department sends it; the receiving department accepts or returns it, then records its
 * outcome, each within its working-day deadline.
 */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller('api/referrals')
export class ReferralsController {
  private readonly reads: ReferralReads;

  constructor(
    private readonly commands: CommandBus,
    private readonly facts: ReferralFacts,
    @Inject(STORES) stores: Stores,
  ) {
    this.reads = new ReferralReads(stores);
  }

  @Post()
  @HttpCode(201)
  @Roles('operator', 'head')
  async create(
    @Body() body: CreateReferralDto,
    @Context() context: CommandContext,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralAnswer> {
    const referralId = randomUUID();
    const today = beijingDate(context.now);
    const by = acting(context);
    await this.decide(referralId, context, {
      kind: 'CreateReferral',
      referralId,
      by,
      result: await this.facts.result(body.taskId, body.entityId, by.departmentId),
      taskId: body.taskId,
      entityId: body.entityId,
      to: await this.facts.department(body.toDepartmentId),
      toDepartmentId: body.toDepartmentId,
      referralKind: body.kind,
      reason: body.reason,
      today,
      acceptDue: await this.facts.acceptDue(today),
    });
    return this.reads.one(referralId, actor);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('operator', 'head')
  async accept(
    @Param('id') referralId: string,
    @Context() context: CommandContext,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralAnswer> {
    const today = beijingDate(context.now);
    await this.decide(referralId, context, {
      kind: 'AcceptReferral',
      referralId,
      by: acting(context),
      today,
      outcomeDue: await this.facts.outcomeDue(today),
    });
    return this.reads.one(referralId, actor);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('operator', 'head')
  async giveBack(
    @Param('id') referralId: string,
    @Body() body: ReturnReferralDto,
    @Context() context: CommandContext,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralAnswer> {
    await this.decide(referralId, context, {
      kind: 'ReturnReferral',
      referralId,
      by: acting(context),
      today: beijingDate(context.now),
      reason: body.reason,
    });
    return this.reads.one(referralId, actor);
  }

  @Post(':id/outcome')
  @HttpCode(200)
  @Roles('operator', 'head')
  async outcome(
    @Param('id') referralId: string,
    @Body() body: ReferralOutcomeDto,
    @Context() context: CommandContext,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralAnswer> {
    await this.decide(referralId, context, {
      kind: 'RecordReferralOutcome',
      referralId,
      by: acting(context),
      today: beijingDate(context.now),
      outcome: body.outcome,
      decidedOn: body.decidedOn,
      notes: body.notes,
      ...(body.caseNumber !== undefined ? { caseNumber: body.caseNumber } : {}),
    });
    return this.reads.one(referralId, actor);
  }

  /** The receiving department's inbox (`to`), the sender's outbox (`from`), or both of the caller's. */
  @Get()
  @Roles('operator', 'head', 'supervisor', 'auditor')
  async list(
    @Query() query: ReferralQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ items: ReferralAnswer[] }> {
    return { items: await this.reads.list(actor, query) };
  }

  @Get(':id')
  @Roles('operator', 'head', 'supervisor', 'auditor')
  async get(@Param('id') referralId: string, @CurrentActor() actor: Actor): Promise<ReferralAnswer> {
    return this.reads.one(referralId, actor);
  }

  private decide(referralId: string, context: CommandContext, command: ReferralCommand) {
    return this.commands.execute(
      new DecideCommand<ReferralCommand, ReferralEvent, ReferralState>(
        registerStreams.referral(referralId),
        referralDecider,
        command,
        context,
      ),
    );
  }
}
