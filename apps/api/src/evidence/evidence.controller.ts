import type { BlobStore } from '@app/blob-store';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { BLOB_STORE } from './blob-store.provider';
import { answeringStoreErrors } from './evidence-errors';
import { declaredEvidenceType } from './evidence-types';
import { EvidenceUploads, type StoredEvidence } from './evidence-uploads';
import { BeginUploadDto, EvidenceDownloadQueryDto, SHA256, UploadQueryDto } from './evidence.dto';
import { TaskEvidence } from './task-evidence';

/** Who uploads: those who attach (a result's team, a department's operator or head). */
const UPLOADERS = ['inspector', 'operator', 'head'] as const;

/** The request's body as the raw stream the evidence parser passed through (raw-evidence-body.ts). */
function bodyStream(request: FastifyRequest): Readable {
  const body = request.body as Readable | undefined;
  if (!body || typeof (body as Partial<Readable>).pipe !== 'function')
    throw new ApiError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the file’s bytes as the body (application/octet-stream or its type)',
    );
  return body;
}

function hashHeader(request: FastifyRequest): string | undefined {
  const value = request.headers['x-content-sha256'];
  if (value === undefined) return undefined;
  const hash = String(value).toLowerCase();
  if (!SHA256.test(hash))
    throw ApiError.invalid([{ field: 'X-Content-SHA256', reason: 'must be 64 hex digits', rule: 'matches' }]);
  return hash;
}

function offsetHeader(request: FastifyRequest): number {
  const value = request.headers['upload-offset'];
  if (typeof value !== 'string' || !/^\d{1,16}$/.test(value))
    throw ApiError.invalid([
      { field: 'Upload-Offset', reason: 'must be the byte offset to append at', rule: 'isInt' },
    ]);
  return Number(value);
}

/**
 * A refused upload is answered at once, with the rest of its body unread: the connection is then
 * closed (not kept for another request), so the client stops sending a file that is not kept.
 */
async function closingOnRefusal<T>(reply: FastifyReply, act: () => Promise<T>): Promise<T> {
  try {
    return await act();
  } catch (error) {
    void reply.header('connection', 'close');
    throw error;
  }
}

/** A file name safe in a header, and its UTF-8 form (RFC 6266). */
function disposition(name: string | undefined, hash: string): string {
  const full = name ?? `evidence-${hash.slice(0, 16)}`;
  const ascii = full.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(full)}`;
}

/**
 * Evidence files (ADR 47): uploaded whole and streamed, or resumably in parts (tus-like); read by
 * the task's departments and oversight only. Files are stored by the SHA-256 of their content.
 */
@ApiTags('evidence')
@ApiBearerAuth()
@Controller('api/evidence')
export class EvidenceController {
  constructor(
    private readonly uploads: EvidenceUploads,
    private readonly evidence: TaskEvidence,
    @Inject(BLOB_STORE) private readonly store: BlobStore,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...UPLOADERS)
  @ApiConsumes('application/octet-stream')
  async upload(
    @Req() request: FastifyRequest,
    @Query() query: UploadQueryDto,
    @Context() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StoredEvidence> {
    return closingOnRefusal(reply, async () => {
      if (query.taskId !== undefined) await this.evidence.assertTakesPart(query.taskId, context.actor);
      return this.uploads.receive(
        bodyStream(request),
        declaredEvidenceType(request.headers['content-type']),
        hashHeader(request),
      );
    });
  }

  @Post('uploads')
  @HttpCode(201)
  @Roles(...UPLOADERS)
  async begin(
    @Body() body: BeginUploadDto,
    @Context() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const declared = declaredEvidenceType(body.contentType) ?? body.contentType;
    const { uploadId: id, partSize } = await this.uploads.begin(
      context.actor.id,
      body.size,
      body.sha256,
      declared,
    );
    void reply.header('location', `/api/evidence/uploads/${id}`).header('upload-offset', '0');
    return { id, offset: 0, size: body.size, partSize };
  }

  /** The offset to resume from, in the body and (tus-like) as headers; HEAD gives the headers alone. */
  @Get('uploads/:uploadId')
  @Roles(...UPLOADERS)
  async status(
    @Param('uploadId') uploadId: string,
    @Context() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const progress = await this.uploads.status(context.actor.id, uploadId);
    void reply
      .header('upload-offset', String(progress.offset))
      .header('upload-length', String(progress.size))
      .header('cache-control', 'no-store');
    return progress;
  }

  @Patch('uploads/:uploadId')
  @HttpCode(204)
  @Roles(...UPLOADERS)
  async append(
    @Param('uploadId') uploadId: string,
    @Req() request: FastifyRequest,
    @Context() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const offset = offsetHeader(request);
    const received = await closingOnRefusal(reply, () =>
      this.uploads.append(context.actor.id, uploadId, offset, bodyStream(request)),
    );
    void reply.header('upload-offset', String(received));
  }

  @Post('uploads/:uploadId/complete')
  @HttpCode(201)
  @Roles(...UPLOADERS)
  async complete(@Param('uploadId') uploadId: string, @Context() context: CommandContext) {
    return this.uploads.complete(context.actor.id, uploadId);
  }

  @Delete('uploads/:uploadId')
  @HttpCode(204)
  @Roles(...UPLOADERS)
  async abort(@Param('uploadId') uploadId: string, @Context() context: CommandContext): Promise<void> {
    await this.uploads.abort(context.actor.id, uploadId);
  }

  /** The file, streamed, as an attachment of the task named: 404 to anyone who may not see it. */
  @Get(':hash')
  async download(
    @Param('hash') hash: string,
    @Query() query: EvidenceDownloadQueryDto,
    @Context() context: CommandContext,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!SHA256.test(hash)) throw ApiError.notFound('EVIDENCE_NOT_FOUND', 'No such file of evidence');
    const attachment = await this.evidence.find(query.taskId, hash, context.actor);
    const stream = await answeringStoreErrors(() => this.store.get(hash));
    if (!stream) throw ApiError.notFound('EVIDENCE_NOT_FOUND', 'The file is missing from the store');
    await reply
      .header('content-type', attachment.contentType)
      .header('content-length', String(attachment.size))
      .header('content-disposition', disposition(attachment.name, hash))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(stream);
  }
}
