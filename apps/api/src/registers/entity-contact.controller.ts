import { entityDecider, registerStreams } from '@app/domain';
import type { EntityView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { loadAggregate } from '@app/audit';
import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { recordThenDestroyKey } from '../common/key-erasure';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand } from '../commands/decide.command';
import { Context } from '../commands/request-context';
import { STORES } from '../stores/stores.providers';
import { ReasonDto } from './check-item.dto';
import { type EntityAnswer, entityAnswer, erasedContactSubject } from './entity-contact';

/**
 * The registered contact of an entity is a natural person's number: personal data, sealed under a
 * key of its own (docs/security.md). Erasing records the erasure on the entity's stream, then
 * destroys the key; the portal then finds no contact to send codes to (NO_REGISTERED_CONTACT).
 */
@ApiTags('registers: entities')
@ApiBearerAuth()
@Controller('api/entities')
export class EntityContactController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(STORES) private readonly stores: Stores,
  ) {}

  @Post(':id/contact/erase')
  @HttpCode(200)
  @Roles('admin')
  async erase(
    @Param('id') entityId: string,
    @Body() body: ReasonDto,
    @Context() context: CommandContext,
  ): Promise<EntityAnswer> {
    const stream = registerStreams.entity(entityId);
    const { state } = await loadAggregate(this.stores.events, stream, entityDecider);
    if (state.status === 'absent') throw ApiError.notFound('ENTITY_NOT_FOUND', `No entity ${entityId}`);
    const subject = erasedContactSubject(entityId, state);
    await recordThenDestroyKey(
      this.stores.vault,
      subject,
      'ENTITY_CONTACT_ALREADY_ERASED',
      () =>
        this.commands.execute(
          new DecideCommand(
            stream,
            entityDecider,
            { kind: 'EraseEntityContact', entityId, reason: body.reason },
            context,
          ),
        ),
      { entityId, subject },
    );
    const view = await this.stores.projections.collection<EntityView>('entities', 'entities').get(entityId);
    if (!view) throw ApiError.notFound('ENTITY_NOT_FOUND', `No entity ${entityId}`);
    return entityAnswer(this.stores.vault, view);
  }
}
