import { entityDecider, registerStreams } from '@app/domain';
import type { EntityView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand } from '../commands/decide.command';
import { Context } from '../commands/request-context';
import { STORES } from '../stores/stores.providers';
import { EntityListingDto } from './referral.dto';
import { assertEntityWithinJurisdiction } from '../org/entity-jurisdiction';
import { ReferralFacts } from './referral-facts';
import { type EntityAnswer, entityAnswer } from '../registers/entity-contact';

/**
 * Listing an entity (in the actor's jurisdiction, or by the department that accepted a referral of
 * it) as abnormal (经营异常名录) or as a serious violator (严重违法失信名单), and its
 * removal: events on the entity's stream, so the draw's cap exemptions and criteria, the directory
 * and the case file follow the log (ADR 50).
 */
@ApiTags('registers: entities')
@ApiBearerAuth()
@Controller('api/entities')
export class EntityListingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly facts: ReferralFacts,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  @Post(':id/listing')
  @HttpCode(200)
  @Roles('admin', 'operator', 'head')
  list(
    @Param('id') entityId: string,
    @Body() body: EntityListingDto,
    @Context() context: CommandContext,
  ): Promise<EntityAnswer> {
    return this.change('ListEntity', entityId, body, context);
  }

  @Post(':id/delisting')
  @HttpCode(200)
  @Roles('admin', 'operator', 'head')
  delist(
    @Param('id') entityId: string,
    @Body() body: EntityListingDto,
    @Context() context: CommandContext,
  ): Promise<EntityAnswer> {
    return this.change('DelistEntity', entityId, body, context);
  }

  private async change(
    kind: 'ListEntity' | 'DelistEntity',
    entityId: string,
    body: EntityListingDto,
    context: CommandContext,
  ): Promise<EntityAnswer> {
    if (body.referralId === undefined) {
      await assertEntityWithinJurisdiction(this.stores.events, context.actor, entityId);
    } else {
      // A listing that follows a referral: by the department that received it, once accepted.
      const referral = await this.facts.referral(body.referralId);
      if (referral.status === 'absent') {
        throw ApiError.notFound('REFERRAL_NOT_FOUND', `No referral ${body.referralId}`);
      }
      if (referral.entityId !== entityId) {
        throw new ApiError(
          409,
          'REFERRAL_OF_ANOTHER_ENTITY',
          `Referral ${body.referralId} is about another entity`,
        );
      }
      if (referral.toDepartmentId !== context.actor.departmentId) {
        throw ApiError.forbidden(
          'NOT_THE_RECEIVING_DEPARTMENT',
          'Only the department that received the referral',
        );
      }
      if (referral.status === 'sent' || referral.status === 'returned') {
        throw new ApiError(
          409,
          'REFERRAL_NOT_ACCEPTED',
          `Referral ${body.referralId} is ${referral.status}`,
          {
            status: referral.status,
          },
        );
      }
    }
    await this.commands.execute(
      new DecideCommand(
        registerStreams.entity(entityId),
        entityDecider,
        {
          kind,
          entityId,
          list: body.list,
          reason: body.reason,
          ...(body.referralId !== undefined ? { referralId: body.referralId } : {}),
        },
        context,
      ),
    );
    const view = await this.stores.projections.collection<EntityView>('entities', 'entities').get(entityId);
    if (!view) throw ApiError.notFound('ENTITY_NOT_FOUND', `No entity ${entityId}`);
    return entityAnswer(this.stores.vault, view);
  }
}
