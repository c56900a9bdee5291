import type { PublicCancellation, PublicDiscardedEntities } from '@app/contract';
import type { PublicCancellationView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { PagingDto } from '../registers/paging.dto';
import { STORES } from '../stores/stores.providers';

const DEFAULT_ENTITIES = 100;

/**
 * Tasks cancelled after their pool was frozen (issue 18): the reason, the principal's approval
 * and the draw discarded, so that nobody can redraw unseen by cancelling (docs/draw.md).
 */
@ApiTags('public')
@Controller('api/public/cancellations')
export class PublicCancellationsController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  private cancellations() {
    return this.stores.projections.collection<PublicCancellationView>('publicCancellations', 'cancellations');
  }

  /** Newest first, paged (at most 1000 a page). */
  @Public()
  @Get()
  async list(@Query() query: PagingDto): Promise<{ items: PublicCancellation[]; nextCursor?: string }> {
    const page = await this.cancellations().find({
      filter: { cancelledAt: { $gte: '0' } },
      sort: [{ field: 'cancelledAt', direction: 'desc' }],
      limit: query.limit,
      after: query.cursor,
    });
    return { ...page, items: page.items.flatMap(publishedCancellation) };
  }

  /** The entities of the discarded draw, in the draw's order, paged: `{ id, code, name }`. */
  @Public()
  @Get(':taskId/entities')
  async entities(
    @Param('taskId') taskId: string,
    @Query() query: PagingDto,
  ): Promise<PublicDiscardedEntities> {
    const view = await this.cancellations().get(taskId);
    if (!view || publishedCancellation(view).length === 0) {
      throw ApiError.notFound('CANCELLATION_NOT_FOUND', `No published cancellation of task ${taskId}`);
    }
    const from = query.cursor === undefined ? 0 : Number(query.cursor);
    if (!Number.isSafeInteger(from) || from < 0) {
      throw ApiError.invalid([
        { field: 'cursor', reason: 'must be the nextCursor of a page', rule: 'cursor' },
      ]);
    }
    const ids = view.entityIds ?? [];
    const slice = ids.slice(from, from + (query.limit ?? DEFAULT_ENTITIES));
    const directory = this.stores.projections.collection<{ id: string; code: string; name: string }>(
      'entities',
      'entities',
    );
    const items: PublicDiscardedEntities['items'] = [];
    for (const id of slice) {
      const entity = await directory.get(id);
      items.push({ id, code: entity?.code ?? id, name: entity?.name ?? '' });
    }
    const next = from + slice.length;
    return { taskId, items, ...(next < ids.length ? { nextCursor: String(next) } : {}) };
  }
}

/** The view as published; none for a task not cancelled after its freeze. */
export function publishedCancellation(view: PublicCancellationView): PublicCancellation[] {
  const { reason, approvedBy, cancelledAt, cancelledOn, discardedDraw } = view;
  if (!reason || !approvedBy || !cancelledAt || !cancelledOn || !discardedDraw) return [];
  return [
    {
      taskId: view.id,
      name: view.name,
      leadDepartmentId: view.leadDepartmentId,
      reason,
      approvedBy,
      cancelledAt,
      cancelledOn,
      discardedDraw,
    },
  ];
}
