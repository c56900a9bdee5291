import type { CaseFileAnswer } from '@app/contract';
import type { Actor } from '@app/runtime';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { PagingDto } from '../registers/paging.dto';
import { CaseFileExports } from './case-file-export';
import { CaseFileReads } from './case-file-reads';

/** The departments that took part in a task drawing the entity, and oversight; checked per entity. */
const MAY_READ = ['operator', 'inspector', 'head', 'principal', 'supervisor', 'auditor'] as const;

/** The case file of a business (一对象一档案; docs/api.md "Case file", ADR 49). */
@ApiTags('case-file')
@ApiBearerAuth()
@Controller('api/entities/:id')
@Roles(...MAY_READ)
export class CaseFileController {
  constructor(
    private readonly reads: CaseFileReads,
    private readonly exports: CaseFileExports,
  ) {}

  /** Its tasks and yearly checks, and one page of its entries, oldest first. */
  @Get('case-file')
  async caseFile(
    @Param('id') id: string,
    @Query() query: PagingDto,
    @CurrentActor() actor: Actor,
  ): Promise<CaseFileAnswer> {
    const frame = await this.reads.frame(id, actor);
    const page = await this.reads.page(id, frame.reader, query.limit ?? 100, query.cursor);
    return {
      entity: frame.entity,
      scope: frame.reader.scope,
      tasks: frame.tasks,
      yearlyChecks: frame.yearlyChecks,
      ...page,
    };
  }

  /** The export: manifest.json, summary.pdf and evidence/<sha256>, streamed; recorded first. */
  @Get('case-file.zip')
  @ApiProduces('application/zip')
  async caseFileZip(
    @Param('id') id: string,
    @Context() context: CommandContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const consoleUrl = `${request.protocol}://${request.host}/registers/entities?caseFile=${encodeURIComponent(id)}`;
    const zip = await this.exports.export(id, context, consoleUrl);
    await reply
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${zip.fileName}"`)
      .header('x-manifest-sha256', zip.manifestSha256)
      .header('cache-control', 'private, no-store')
      .send(zip.stream);
  }
}
