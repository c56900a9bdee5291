import { type TaskBundle, exportTaskBundle } from '@app/audit';
import type { Stores } from '@app/runtime';
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { STORES } from '../stores/stores.providers';

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
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TaskBundle> {
    // The log as stored (not upcast), so that every event's hash chain verifies from the file.
    const bundle = await exportTaskBundle(this.stores.auditLog, id, this.clock.now());
    if (!bundle) throw ApiError.notFound('TASK_NOT_FOUND', `No inspection task ${id}`);
    void reply.header('content-disposition', `attachment; filename="${fileName(id)}"`);
    return bundle;
  }
}

/** The download's name; a task id is the api's own, but keep the header safe whatever it holds. */
function fileName(taskId: string): string {
  return `task-${taskId.replace(/[^A-Za-z0-9._-]/g, '_')}-bundle.json`;
}
