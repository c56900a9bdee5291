import type { Page, PublicCheckItem } from '@app/contract';
import type {
  CheckItemView,
  DepartmentView,
  PublicAnnouncementView,
  PublicPlanDocument,
  PublicPlanVersion,
  PublicPlanView,
  PublicResultView,
} from '@app/projections';
import type { Stores } from '@app/runtime';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsCode } from '../common/field-rules';
import { Public } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { PagingDto } from '../registers/paging.dto';
import { publicCheckItem } from './public-check-item';
import { STORES } from '../stores/stores.providers';
import { everything } from '../common/read-all';

export class PublicResultsQueryDto extends PagingDto {
  @ApiPropertyOptional({ description: 'the unified social credit code (or registration number)' })
  @IsOptional()
  @IsString()
  @IsCode()
  @MaxLength(40)
  entityCode?: string;

  @ApiPropertyOptional({ description: 'the start of the name (at least 2 characters)' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  name?: string;
}

/** What the public sees, without signing in (公示): masked as docs/api.md says. */
@ApiTags('public')
@Controller('api/public')
export class PublicController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  /** The check-item list in force (抽查事项清单). */
  @Public()
  @Get('check-items')
  async checkItems(@Query() query: PagingDto): Promise<{ items: PublicCheckItem[]; nextCursor?: string }> {
    const page = await this.stores.projections
      .collection<CheckItemView>('checkItems', 'items')
      .find({ filter: { status: 'active' }, limit: query.limit, after: query.cursor });
    return { ...page, items: page.items.map(publicCheckItem) };
  }

  /**
   * Published plans (抽查工作计划), each as it stood at its latest publication, with the
   * adjustments that made that version (reasons and days, never who): adjustments not yet
   * published again, and plans never published, are not shown.
   */
  @Public()
  @Get('plans')
  async plans(@Query() query: PagingDto): Promise<{ items: PublicPlanView[]; nextCursor?: string }> {
    const page = await this.stores.projections.collection<PublicPlanDocument>('publicPlans', 'plans').find({
      filter: { publishedOn: { $gte: '0000-00-00' } },
      limit: query.limit,
      after: query.cursor,
    });
    return { ...page, items: page.items.flatMap((plan) => (plan.published ? [plan.published] : [])) };
  }

  /** One published plan as last published, with every published version, oldest first. */
  @Public()
  @Get('plans/:id')
  async plan(@Param('id') id: string): Promise<PublicPlanView & { versions: PublicPlanVersion[] }> {
    const found = await this.stores.projections
      .collection<PublicPlanDocument>('publicPlans', 'plans')
      .get(id);
    if (!found?.published) throw ApiError.notFound('PLAN_NOT_FOUND', `No published plan ${id}`);
    return { ...found.published, versions: found.versions ?? [] };
  }

  /** Task announcements, made at lock (抽查任务公告). */
  @Public()
  @Get('tasks')
  async tasks(@Query() query: PagingDto): Promise<Page<PublicAnnouncementView>> {
    return this.stores.projections
      .collection<PublicAnnouncementView>('publicDisclosures', 'announcements')
      .find({
        filter: { announcedOn: { $gte: '0000-00-00' } },
        sort: [{ field: 'announcedOn', direction: 'desc' }],
        limit: query.limit,
        after: query.cursor,
      });
  }

  /**
   * The departments (执法检查部门) by name: public bodies, named so that the portal shows who
   * announced a task and who published a result rather than an internal code.
   */
  @Public()
  @Get('departments')
  async departments(): Promise<{ items: { id: string; name: string }[] }> {
    const departments = this.stores.projections.collection<DepartmentView>('departments', 'departments');
    const items = (await everything(departments, undefined)).map((d) => ({ id: d.id, name: d.name }));
    return { items };
  }

  /** Published results of an entity found by its code or the start of its name (抽查结果公示). */
  @Public()
  @Get('results')
  async results(@Query() query: PublicResultsQueryDto): Promise<{
    entities: { id: string; code: string; name: string }[];
    results: (PublicResultView & { taskName?: string })[];
  }> {
    if (!query.entityCode && !query.name) {
      throw ApiError.invalid([
        { field: 'entityCode', reason: 'give an entity code or the start of a name', rule: 'codeOrName' },
      ]);
    }
    const directory = this.stores.projections.collection<{ id: string; code: string; name: string }>(
      'entities',
      'entities',
    );
    const found = new Map<string, { id: string; code: string; name: string }>();
    if (query.entityCode) {
      for (const id of new Set([query.entityCode.toUpperCase(), query.entityCode])) {
        const entity = await directory.get(id);
        if (entity) found.set(entity.id, { id: entity.id, code: entity.code, name: entity.name });
      }
    }
    if (query.name) {
      const page = await directory.find({
        filter: { name: { $gte: query.name, $lt: `${query.name}\uffff` } },
        sort: [{ field: 'name', direction: 'asc' }],
        limit: 20,
      });
      for (const e of page.items) found.set(e.id, { id: e.id, code: e.code, name: e.name });
    }
    const results: PublicResultView[] = [];
    const published = this.stores.projections.collection<PublicResultView>('publicDisclosures', 'results');
    for (const entityId of found.keys()) {
      const page = await published.find({
        filter: { entityId },
        sort: [{ field: 'entityId', direction: 'asc' }],
        limit: 1000,
      });
      results.push(...page.items);
    }
    // Each result names its task as the task's announcement does (a published result's task was
    // announced at its lock, so its name is public).
    const announcements = this.stores.projections.collection<PublicAnnouncementView>(
      'publicDisclosures',
      'announcements',
    );
    const taskNames = new Map<string, string | undefined>();
    for (const taskId of new Set(results.map((r) => r.taskId))) {
      taskNames.set(taskId, (await announcements.get(taskId))?.name);
    }
    return {
      entities: [...found.values()],
      results: results
        .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
        .map((r) => {
          const taskName = taskNames.get(r.taskId);
          return taskName === undefined ? r : { ...r, taskName };
        }),
    };
  }
}
