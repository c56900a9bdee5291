import type { EntityView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { newEventId } from '@app/event-store';
import { Body, Controller, Get, Headers, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/auth.decorators';
import { ApiError } from '../../common/api-error';
import { CLOCK, type Clock } from '../../common/clock';
import type { CommandContext } from '../../commands/command-context';
import { STORES } from '../../stores/stores.providers';
import { PersonalText } from '../../tasks/personal-text';
import { TaskFacts, beijingDate } from '../../tasks/task-facts';
import { taskCommand } from '../../tasks/task-command';
import { EntityCodeRequestDto, EntityObjectionDto, EntitySessionRequestDto } from './entity-access.dto';
import { type EntityObjectionProgress, objectionProgress } from './entity-objection-progress';
import { ENTITY_SESSION_HEADER, EntitySessions } from './entity-session';
import { ONE_TIME_CODE_SENDER, type OneTimeCodeSender } from './one-time-code-sender';
import { OneTimeCodes } from './one-time-codes';
import { maskMobile, openContactMobile } from '../../registers/entity-contact';

/**
 * The inspected business answers (Yiyuan 二十七): it identifies itself by its credit code and a
 * one-time code sent to its registered contact, files an objection to a published result, and
 * follows it: received, reviewed (upheld or not) and told, each with its due day. The code routes are
 * limited per client address (http/public-rate-limit.ts, ENTITY_CODE_TRIES_PER_ADDRESS).
 */
@ApiTags('public')
@Controller('api/public')
export class EntityObjectionsController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ONE_TIME_CODE_SENDER) private readonly sender: OneTimeCodeSender,
    private readonly codes: OneTimeCodes,
    private readonly sessions: EntitySessions,
    private readonly commands: CommandBus,
    private readonly facts: TaskFacts,
    private readonly personalText: PersonalText,
  ) {}

  /** Sends a code to the entity's registered contact; says where, masked. */
  @Public()
  @Post('entity-codes')
  @HttpCode(202)
  async requestCode(@Body() body: EntityCodeRequestDto): Promise<{ sentTo: string; expiresAt: string }> {
    const entity = await this.entity(body.creditCode);
    // Opened only to send: a contact whose key was erased is no contact (docs/security.md).
    const mobile = await openContactMobile(this.stores.vault, entity);
    if (!mobile) {
      throw new ApiError(
        409,
        'NO_REGISTERED_CONTACT',
        'The directory holds no contact for this business: ask the department to record it',
      );
    }
    const now = this.clock.now();
    const { code, expiresAt } = await this.codes.issue(entity.id, now);
    await this.sender.send({
      to: mobile,
      creditCode: entity.id,
      code,
      expiresAt: expiresAt.toISOString(),
    });
    return { sentTo: maskMobile(mobile), expiresAt: expiresAt.toISOString() };
  }

  /** Exchanges a code for a session of 30 minutes scoped to the entity. */
  @Public()
  @Post('entity-sessions')
  @HttpCode(201)
  async session(
    @Body() body: EntitySessionRequestDto,
  ): Promise<{ token: string; expiresAt: string; entity: { code: string; name: string } }> {
    const entity = await this.entity(body.creditCode);
    const now = this.clock.now();
    await this.codes.redeem(entity.id, body.code, now);
    const { token, expiresAt } = this.sessions.mint(entity.id, now);
    return { token, expiresAt: expiresAt.toISOString(), entity: { code: entity.code, name: entity.name } };
  }

  /** Files the entity's objection to a department's published result, into the task's workflow. */
  @Public()
  @Post('objections')
  @HttpCode(201)
  async object(
    @Headers(ENTITY_SESSION_HEADER) header: string | undefined,
    @Body() body: EntityObjectionDto,
  ): Promise<{ objectionId: string; receivedOn: string; reviewDue: string }> {
    const now = this.clock.now();
    const { entityId } = this.sessions.verify(header, now);
    const today = beijingDate(now);
    const context: CommandContext = {
      actor: { id: `entity:${entityId}`, name: entityId, departmentId: body.departmentId, roles: [] },
      rolesUsed: [],
      correlationId: newEventId(),
      commandId: newEventId(),
      now,
    };
    const sealed = await this.personalText.seal(
      body.taskId,
      entityId,
      { kind: 'published-result', departmentId: body.departmentId },
      { grounds: body.grounds },
    );
    const reviewDue = await this.facts.objectionReviewDue(today);
    await this.commands.execute(
      taskCommand(
        body.taskId,
        {
          kind: 'FileObjection',
          taskId: body.taskId,
          by: { actorId: context.actor.id, departmentId: body.departmentId },
          objectionId: context.commandId,
          entityId,
          departmentId: body.departmentId,
          sealed: sealed!,
          today,
          reviewDue,
        },
        context,
      ),
    );
    return { objectionId: context.commandId, receivedOn: today, reviewDue: reviewDue.date };
  }

  /** The entity's own objections and where each stands. */
  @Public()
  @Get('objections')
  async progress(
    @Headers(ENTITY_SESSION_HEADER) header: string | undefined,
  ): Promise<{ items: EntityObjectionProgress[] }> {
    const { entityId } = this.sessions.verify(header, this.clock.now());
    return { items: await objectionProgress(this.stores, this.facts, entityId) };
  }

  private async entity(creditCode: string): Promise<EntityView> {
    const found = await this.stores.projections
      .collection<EntityView>('entities', 'entities')
      .get(creditCode.toUpperCase());
    if (!found) throw ApiError.notFound('ENTITY_NOT_FOUND', `No business ${creditCode} in the directory`);
    return found;
  }
}
