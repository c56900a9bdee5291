import type { PublicPostponement } from '@app/contract';
import type { PublicPostponementView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { PagingDto } from '../registers/paging.dto';
import { STORES } from '../stores/stores.providers';

/**
 * Announced tasks whose window was moved (延迟; Yuanqu 二(三) "将调整情况向社会公示"): each
 * postponement's windows, reason, day and approval by position, beside /api/public/cancellations.
 */
@ApiTags('public')
@Controller('api/public/postponements')
export class PublicPostponementsController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  /** Most recently postponed first, paged (at most 1000 a page). */
  @Public()
  @Get()
  async list(@Query() query: PagingDto): Promise<{ items: PublicPostponement[]; nextCursor?: string }> {
    const page = await this.stores.projections
      .collection<PublicPostponementView>('publicPostponements', 'postponements')
      .find({
        filter: { lastPostponedAt: { $gte: '0' } },
        sort: [{ field: 'lastPostponedAt', direction: 'desc' }],
        limit: query.limit,
        after: query.cursor,
      });
    return {
      ...page,
      items: page.items.map((v) => ({
        taskId: v.id,
        name: v.name,
        leadDepartmentId: v.leadDepartmentId,
        window: v.window,
        postponements: v.postponements,
      })),
    };
  }
}
