import type { Page } from '@app/contract';
import type { AccountabilityRow } from '@app/projections';
import type { DocumentFilter } from '@app/read-store';
import type { Actor, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCode } from '../common/field-rules';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { assertActsFor } from '../auth/department-access';
import { IsMomentInRange } from '../common/calendar-date.validator';
import { PagingDto } from '../registers/paging.dto';
import { assertSupervises, supervisionScope } from '../org/supervision-scope';
import { STORES } from '../stores/stores.providers';

export class AccountabilityQueryDto extends PagingDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) actorId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() departmentId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() taskId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() entityId?: string;

  @ApiPropertyOptional({ description: 'acts that happened at or after: a date (UTC) or an ISO 8601 time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsMomentInRange()
  from?: string;

  @ApiPropertyOptional({
    description: 'acts that happened at or before: a date (UTC, the whole day) or a time',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsMomentInRange()
  to?: string;
}

/** Who did what, when, in which role, with whose approval and why (docs/api.md, "Accountability"). */
@ApiTags('accountability')
@ApiBearerAuth()
@Controller('api/accountability')
export class AccountabilityController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  /**
   * Auditors read every department's acts; supervisors, those of their jurisdiction (their department's
   * region and below); a head, their own department's.
   */
  @Get()
  @Roles('supervisor', 'auditor', 'head')
  async list(
    @Query() query: AccountabilityQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<AccountabilityRow>> {
    const seesAll = actor.roles.includes('supervisor') || actor.roles.includes('auditor');
    let departmentId = query.departmentId;
    if (!seesAll) {
      if (departmentId !== undefined) assertActsFor(actor, departmentId);
      departmentId = actor.departmentId;
    }
    const filter: DocumentFilter = {};
    const scope = seesAll ? await supervisionScope(this.stores, actor) : undefined;
    if (scope && departmentId !== undefined) assertSupervises(scope, departmentId);
    if (scope && departmentId === undefined) filter.departmentId = { $in: [...scope.departmentIds] };
    for (const [field, value] of Object.entries({
      actorId: query.actorId,
      departmentId,
      taskId: query.taskId,
      entityId: query.entityId,
    })) {
      if (value !== undefined) filter[field] = value;
    }
    if (query.from !== undefined || query.to !== undefined) {
      filter.occurredAt = {
        ...(query.from !== undefined ? { $gte: query.from } : {}),
        // A date covers its whole day: ISO times of that day sort after the bare date.
        ...(query.to !== undefined ? { $lte: query.to.length === 10 ? `${query.to}T99` : query.to } : {}),
      };
    }
    return this.stores.projections.collection<AccountabilityRow>('accountability', 'acts').find({
      filter,
      sort: [{ field: 'occurredAt', direction: 'asc' }],
      limit: query.limit,
      after: query.cursor,
    });
  }
}
