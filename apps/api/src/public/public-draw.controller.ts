import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { anchorEvents, publicDrawFacts, publicDrawLines } from '@app/audit';
import type { PublicDrawAnswer } from '@app/contract';
import type { PublicAnnouncementView, PublicCancellationView } from '@app/projections';
import { anchorSource } from '@app/transparency-log';
import type { Stores } from '@app/runtime';
import { Controller, Get, Headers, Inject, Param, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { STORES } from '../stores/stores.providers';
import { publishedCancellation } from './public-cancellations.controller';
import { BundleBuilds } from './bundle-builds';

/**
 * Anyone may check a draw without signing in (docs/draw.md §7): its commitments, beacon and
 * record, and a masked bundle to re-run it. Only for tasks whose draw the portal shows: announced
 * at their lock, or cancelled after their draw.
 */
@ApiTags('public')
@Controller('api/public/tasks')
export class PublicDrawController {
  private readonly builds = new BundleBuilds();

  constructor(@Inject(STORES) private readonly stores: Stores) {}

  @Public()
  @Get(':id/draw')
  async draw(@Param('id') id: string): Promise<PublicDrawAnswer> {
    const status = await this.publicStatus(id);
    const facts = await publicDrawFacts(this.stores.events, id);
    if (!facts) throw notFound(id);
    return { ...facts.answer, status };
  }

  /** NDJSON (docs/draw.md §7, "The public bundle"), streamed, gzipped when the client accepts it. */
  @Public()
  @Get(':id/draw/bundle')
  @ApiProduces('application/x-ndjson')
  async bundle(
    @Param('id') id: string,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    await this.publicStatus(id);
    const facts = await publicDrawFacts(this.stores.events, id);
    if (!facts) throw notFound(id);
    const transparency = await anchorEvents(anchorSource(this.stores.transparency), facts.events);
    const gzip = /\bgzip\b/.test(acceptEncoding ?? '');
    const body = this.builds.stream(() => {
      const text = Readable.from(
        publicDrawLines(this.stores.events, { ...facts.header, ...(transparency ? { transparency } : {}) }),
      );
      return gzip ? text.pipe(createGzip()) : text;
    });
    void reply.header('vary', 'accept-encoding');
    if (gzip) void reply.header('content-encoding', 'gzip');
    return new StreamableFile(body, {
      type: 'application/x-ndjson; charset=utf-8',
      disposition: `attachment; filename="${fileName(id)}"`,
    });
  }

  /** announced or cancelled (after its draw), or 404: what the portal already shows of the task. */
  private async publicStatus(id: string): Promise<PublicDrawAnswer['status']> {
    if (id.length > 100) throw notFound(id);
    const announcement = await this.stores.projections
      .collection<PublicAnnouncementView>('publicDisclosures', 'announcements')
      .get(id);
    if (announcement?.announcedOn) return 'announced';
    const cancellation = await this.stores.projections
      .collection<PublicCancellationView>('publicCancellations', 'cancellations')
      .get(id);
    if (cancellation && publishedCancellation(cancellation).length > 0) return 'cancelled';
    throw notFound(id);
  }
}

const notFound = (id: string) =>
  ApiError.notFound('PUBLIC_DRAW_NOT_FOUND', `No published draw of task ${id}`);

function fileName(taskId: string): string {
  return `task-${taskId.replace(/[^A-Za-z0-9._-]/g, '_')}-draw.ndjson`;
}
