import type { EntityDrawAnswer } from '@app/contract';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { DrawEntitiesDto, DrawExpertsDto, DrawInspectorsDto } from '../tasks/dto';
import { EntityDrawService } from './entity-draw.service';
import { ExpertDrawService } from './expert-draw.service';
import { type Appointment, InspectorDrawService } from './inspector-draw.service';

/**
 * A task's draws (docs/draw.md), under the task's routes. Its own controller so that the draws
 * folder uses the tasks folder and not the other way round.
 */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/tasks')
export class DrawsController {
  constructor(
    private readonly entityDraws: EntityDrawService,
    private readonly inspectorDraws: InspectorDrawService,
    private readonly expertDraws: ExpertDrawService,
  ) {}

  /**
   * The lead department's verifiable draw of entities (docs/draw.md), once: no redraws. The seed
   * committed at initiation is revealed in the draw record, with everything else it depends on.
   */
  @Post(':id/draws/entities')
  @HttpCode(201)
  @Roles('operator')
  async drawEntities(
    @Param('id') id: string,
    @Body() body: DrawEntitiesDto,
    @Context() context: CommandContext,
  ): Promise<EntityDrawAnswer> {
    return this.entityDraws.draw(
      id,
      {
        publicRandom: body.publicRandom ?? '',
        ...(body.specialActionReason ? { specialActionReason: body.specialActionReason } : {}),
      },
      context,
    );
  }

  /** Re-runs the draw from the log up to its recorded position and compares. */
  @Get(':id/draws/verify')
  verifyDraw(@Param('id') id: string) {
    return this.entityDraws.verify(id);
  }

  /**
   * A department's verifiable inspector draw for every entity, once: from its active inspectors of
   * each entity's region (then the neighbouring regions), no declared conflicts, the work spread;
   * the lead's first drawn inspector leads the team. Too few: appoint the rest with a reason.
   */
  @Post(':id/draws/inspectors')
  @HttpCode(201)
  @Roles('operator')
  drawInspectors(
    @Param('id') id: string,
    @Body() body: DrawInspectorsDto,
    @Context() context: CommandContext,
  ) {
    return this.inspectorDraws.draw(
      id,
      {
        ...(body.perEntity !== undefined ? { perEntity: body.perEntity } : {}),
        ...(body.appointments
          ? {
              appointments: body.appointments.map((a) => ({
                entityId: a.entityId,
                inspectorIds: a.inspectorIds,
                reason: a.reason,
              })),
            }
          : {}),
      },
      context,
    );
  }

  /**
   * A department's experts and auxiliaries beside the teams (docs/draw.md §8.1), once: drawn from its
   * expert pool (categories expert and other), appointed with a reason, or both. They never count
   * toward a team's two 执法人员.
   */
  @Post(':id/draws/experts')
  @HttpCode(201)
  @Roles('operator')
  drawExperts(@Param('id') id: string, @Body() body: DrawExpertsDto, @Context() context: CommandContext) {
    return this.expertDraws.draw(
      id,
      {
        ...(body.perEntity !== undefined ? { perEntity: body.perEntity } : {}),
        ...(body.appointments ? { appointments: body.appointments.map(appointment) } : {}),
      },
      context,
    );
  }
}

function appointment(a: Appointment): Appointment {
  return { entityId: a.entityId, inspectorIds: a.inspectorIds, reason: a.reason };
}
