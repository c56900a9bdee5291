import { type ProjectionStatus, UnknownProjection } from '@app/read-store';
import type { Stores } from '@app/runtime';
import {
  ConflictException,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Logger,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { STORES } from '../stores/stores.providers';

/** The projections' health: checkpoint, head, lag and last error; rebuild and restart. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('api/projections')
export class ProjectionsController {
  private readonly logger = new Logger('Projections');

  constructor(@Inject(STORES) private readonly stores: Stores) {}

  @Get()
  @Roles('admin', 'auditor', 'supervisor')
  async list(): Promise<{ projections: ProjectionStatus[] }> {
    return { projections: await this.stores.projections.status() };
  }

  /** Starts a rebuild beside the live generation; GET shows its progress. */
  @Post(':name/rebuild')
  @Roles('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  rebuild(@Param('name') name: string): { projection: string; rebuilding: true } {
    this.known(name);
    const host = this.stores.projections;
    if (!host.runsHere) {
      throw new ConflictException({
        code: 'PROJECTION_NOT_RUN_HERE',
        message: `${name} is kept by apps/projector: rebuild it there (npm run cli -- rebuild ${name})`,
      });
    }
    if (host.isRebuilding(name)) {
      throw new ConflictException({
        code: 'PROJECTION_REBUILDING',
        message: `${name} is being rebuilt already`,
      });
    }
    host.rebuild(name).then(
      ({ generation }) => this.logger.log(`${name} rebuilt as generation ${generation}`),
      (error: Error) => this.logger.error(`Rebuild of ${name} failed: ${error.message}`),
    );
    return { projection: name, rebuilding: true };
  }

  /** Resumes a failed projection from the event it stopped at. */
  @Post(':name/restart')
  @Roles('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  async restart(@Param('name') name: string): Promise<{ projection: string; restarted: true }> {
    this.known(name);
    try {
      await this.stores.projections.restart(name);
    } catch (error) {
      if (error instanceof UnknownProjection)
        throw new ConflictException({ code: 'PROJECTION_NOT_RUN_HERE', message: error.message });
      throw error;
    }
    return { projection: name, restarted: true };
  }

  private known(name: string): void {
    if (!this.stores.projections.names().includes(name)) {
      throw new NotFoundException({
        code: 'PROJECTION_NOT_FOUND',
        message: `No projection is named ${name}`,
      });
    }
  }
}
