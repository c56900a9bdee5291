import { inspectorIdOf } from '@app/runtime';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { acting } from '../tasks/acting';
import { taskCommand } from '../tasks/task-command';
import { sniffEvidenceType } from './evidence-types';
import { EvidenceUploads } from './evidence-uploads';
import { AttachEvidenceDto, targetOf } from './evidence.dto';
import { TaskEvidence } from './task-evidence';
import { ApiError } from '../common/api-error';
import { answeringStoreErrors } from './evidence-errors';
import type { BlobStore } from '@app/blob-store';
import { Inject } from '@nestjs/common';
import { BLOB_STORE } from './blob-store.provider';

/** A task's evidence: attached by whoever may add to the record, listed to its departments and oversight. */
@ApiTags('evidence')
@ApiBearerAuth()
@Controller('api/tasks/:id/evidence')
export class TaskEvidenceController {
  constructor(
    private readonly commands: CommandBus,
    private readonly uploads: EvidenceUploads,
    private readonly evidence: TaskEvidence,
    @Inject(BLOB_STORE) private readonly store: BlobStore,
  ) {}

  /** Attaches an uploaded file; its type and size are the store's, never the caller's word. */
  @Post()
  @HttpCode(201)
  @Roles('inspector', 'operator', 'head')
  async attach(@Param('id') id: string, @Body() body: AttachEvidenceDto, @Context() context: CommandContext) {
    const stored = await answeringStoreErrors(() => this.store.stat(body.hash));
    if (!stored) throw ApiError.notFound('EVIDENCE_BLOB_NOT_FOUND', 'Upload the file first, then attach it');
    const contentType = sniffEvidenceType(await this.uploads.headOf(body.hash));
    if (!contentType)
      throw new ApiError(415, 'EVIDENCE_TYPE_UNSUPPORTED', 'This file is of no type kept as evidence');
    const to = targetOf(body.to);
    const evidence = {
      hash: body.hash,
      contentType,
      size: stored.size,
      kind: body.kind,
      ...(body.name ? { name: body.name } : {}),
    };
    await this.commands.execute(
      taskCommand(
        id,
        {
          kind: 'AttachEvidence',
          taskId: id,
          by: acting(context),
          inspectorId: inspectorIdOf(context.actor),
          to,
          evidence,
        },
        context,
      ),
    );
    return { taskId: id, to, ...evidence };
  }

  @Get()
  async list(@Param('id') id: string, @Context() context: CommandContext) {
    return { items: await this.evidence.list(id, context.actor) };
  }
}
