import type { LatePlanFiling, LatePlanFilings } from '@app/contract';
import { EARLIEST_YEAR, LATEST_YEAR, beijingDate, daysBetween, deadlineIn } from '@app/domain';
import type { PlanView } from '@app/projections';
import type { Actor, AppConfig, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { CLOCK, type Clock } from '../common/clock';
import { IsCode } from '../common/field-rules';
import { everything } from '../common/read-all';
import { assertSupervises } from '../org/supervision-scope';
import { APP_CONFIG, STORES } from '../stores/stores.providers';
import { jointOfficeScope } from './joint-office-scope';

export class LateFilingsQueryDto {
  @ApiProperty({ minimum: EARLIEST_YEAR, maximum: LATEST_YEAR })
  @Type(() => Number)
  @IsInt()
  @Min(EARLIEST_YEAR)
  @Max(LATEST_YEAR)
  year!: number;

  @ApiPropertyOptional({ description: 'Only the plans this department leads' })
  @IsOptional()
  @IsString()
  @IsCode()
  departmentId?: string;
}

/**
 * Plans filed late with the joint office (备案; Siyang 二(四); Yuanqu 二(三)): the year's plans whose
 * first version was filed after PLAN_FILING_DEADLINE, and, once the deadline has passed, those
 * not filed at all. Adjustments have no deadline and are never late.
 */
@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('api/joint-office')
export class LateFilingsController {
  constructor(
    @Inject(STORES) private readonly stores: Stores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('late-filings')
  @Roles('coordinator', 'supervisor', 'admin')
  async list(@Query() query: LateFilingsQueryDto, @CurrentActor() actor: Actor): Promise<LatePlanFilings> {
    const deadline = deadlineIn(query.year, this.config.planFiling.filingDeadline);
    const asOf = beijingDate(this.clock.now());
    const scope = await jointOfficeScope(this.stores, actor);
    if (query.departmentId !== undefined) assertSupervises(scope, query.departmentId);
    const plans = await everything(this.stores.projections.collection<PlanView>('plans', 'plans'), {
      year: query.year,
    });
    const rows: LatePlanFiling[] = [];
    for (const plan of plans) {
      if (query.departmentId !== undefined && plan.leadDepartmentId !== query.departmentId) continue;
      if (scope && !scope.departmentIds.has(plan.leadDepartmentId)) continue;
      const first = plan.filings?.find((filing) => filing.version === 1);
      const row = { planId: plan.id, name: plan.name, leadDepartmentId: plan.leadDepartmentId, deadline };
      if (first?.late) {
        rows.push({
          ...row,
          jointOfficeId: first.jointOfficeId,
          filedOn: first.filedOn,
          daysLate: daysBetween(deadline, first.filedOn),
        });
      } else if (!first && plan.status !== 'closed' && asOf > deadline) {
        rows.push({ ...row, daysLate: daysBetween(deadline, asOf) });
      }
    }
    rows.sort((a, b) => b.daysLate - a.daysLate || a.planId.localeCompare(b.planId));
    return { year: query.year, deadline, asOf, plans: rows };
  }
}
