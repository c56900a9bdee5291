import { MAX_CONSISTENCY_FROM, type TaskBundle, exportTaskBundle } from '@app/audit';
import { anchorSource } from '@app/transparency-log';
import type { Stores } from '@app/runtime';
import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { STORES } from '../stores/stores.providers';

export class BundleQueryDto {
  @ApiPropertyOptional({
    description: `tree sizes of checkpoints the auditor saved (comma-separated, at most ${MAX_CONSISTENCY_FROM}): consistency proofs from them`,
    example: '120,480',
  })
  @IsOptional()
  @Matches(/^[1-9]\d{0,15}(,[1-9]\d{0,15}){0,19}$/, {
    message: 'must list up to 20 tree sizes, e.g. 120,480',
  })
  consistencyFrom?: string;
}

/** A task's export bundle as a download: what `npm run cli -- export` writes, checked by `verify-bundle`. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/tasks')
export class TaskBundleController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id/bundle')
  @Roles('auditor', 'supervisor', 'admin')
  @ApiProduces('application/json')
  async bundle(
    @Param('id') id: string,
    @Query() query: BundleQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TaskBundle> {
    // The log as stored (not upcast), so that every event's hash chain verifies from the file.
    const bundle = await exportTaskBundle(this.stores.auditLog, id, this.clock.now(), {
      source: anchorSource(this.stores.transparency),
      consistencyFrom: query.consistencyFrom?.split(',').map(Number) ?? [],
    });
    if (!bundle) throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${id}`);
    void reply.header('content-disposition', `attachment; filename="${fileName(id)}"`);
    return bundle;
  }
}

/** The download's name; a task id is the api's own, but keep the header safe whatever it holds. */
function fileName(taskId: string): string {
  return `task-${taskId.replace(/[^A-Za-z0-9._-]/g, '_')}-bundle.json`;
}
