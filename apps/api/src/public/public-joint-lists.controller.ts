import type { PublicJointList, PublicJointListVersion } from '@app/contract';
import type { CheckItemView, JointItemListView, JointListVersionView } from '@app/projections';
import type { Stores } from '@app/runtime';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { PagingDto } from '../registers/paging.dto';
import { STORES } from '../stores/stores.providers';

/** Picked field by field: nothing of who drew up, amended or retired a list is public. */
const publicVersion = (v: JointListVersionView): PublicJointListVersion => ({
  version: v.version,
  industry: v.industry,
  leadDepartmentId: v.leadDepartmentId,
  departmentIds: v.departmentIds,
  itemIds: v.itemIds,
  at: v.at,
  ...(v.reason === undefined ? {} : { reason: v.reason }),
});

/**
 * The joint industry lists (一业一单) published on the portal (Anhui standard; Yuanqu 一(二)):
 * retired ones too, marked with why, so that the public sees what a task was made from.
 */
@ApiTags('public')
@Controller('api/public/joint-lists')
export class PublicJointListsController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  @Public()
  @Get()
  async list(@Query() query: PagingDto): Promise<{ items: PublicJointList[]; nextCursor?: string }> {
    const page = await this.stores.projections
      .collection<JointItemListView>('checkItems', 'jointLists')
      .find({ limit: query.limit, after: query.cursor });
    const named = await this.itemNames(page.items.flatMap((list) => list.itemIds));
    return { ...page, items: page.items.map((list) => this.publicList(list, named)) };
  }

  /** One list as it stands, with every version, oldest first. */
  @Public()
  @Get(':id')
  async get(@Param('id') id: string): Promise<PublicJointList & { versions: PublicJointListVersion[] }> {
    const found = await this.stores.projections
      .collection<JointItemListView>('checkItems', 'jointLists')
      .get(id);
    if (!found) throw ApiError.notFound('JOINT_ITEM_LIST_NOT_FOUND', `No joint item list ${id}`);
    const named = await this.itemNames(found.itemIds);
    const versions = found.versions ?? [];
    return { ...this.publicList(found, named), versions: versions.map(publicVersion) };
  }

  private publicList(list: JointItemListView, named: Map<string, CheckItemView>): PublicJointList {
    return {
      id: list.id,
      industry: list.industry,
      leadDepartmentId: list.leadDepartmentId,
      departmentIds: list.departmentIds,
      items: list.itemIds.map((id) => ({
        id,
        name: named.get(id)?.name ?? id,
        departmentId: named.get(id)?.departmentId ?? '',
      })),
      version: list.version ?? 1,
      status: list.status ?? 'active',
      drawnUpAt: list.drawnUpAt,
      updatedAt: list.updatedAt ?? list.drawnUpAt,
      ...(list.retired ? { retired: { reason: list.retired.reason, at: list.retired.at } } : {}),
    };
  }

  private async itemNames(ids: readonly string[]): Promise<Map<string, CheckItemView>> {
    const items = this.stores.projections.collection<CheckItemView>('checkItems', 'items');
    const named = new Map<string, CheckItemView>();
    for (const id of new Set(ids)) {
      const item = await items.get(id);
      if (item) named.set(id, item);
    }
    return named;
  }
}
