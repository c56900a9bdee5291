import {
  EARLIEST_YEAR,
  ENTITY_KINDS,
  type EntityKind,
  LATEST_YEAR,
  type PlanStatus,
  PLAN_STATUSES,
  SCALES,
} from '@app/domain';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { UniqueItems } from '../common/unique-items';
import { ReasonDto } from '../registers/check-item.dto';
import {
  INDUSTRY_CODE,
  IsCode,
  IsNotBlank,
  IsSingleLine,
  REGION_CODE,
  TAG,
  TAG_MESSAGE,
} from '../common/field-rules';
import { PagingDto } from '../registers/paging.dto';

/** Whom the plan's draws aim at; every field left out (or the whole object): the whole directory. */
export class TargetCriteriaDto {
  @ApiPropertyOptional({ enum: ENTITY_KINDS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(ENTITY_KINDS, { each: true })
  @ArrayMaxSize(ENTITY_KINDS.length)
  @UniqueItems()
  kinds?: EntityKind[];

  @ApiPropertyOptional({ type: [String], example: ['320102', '320104'] })
  @IsOptional()
  @IsArray()
  @Matches(REGION_CODE, { each: true, message: 'each must be a 6-digit region code' })
  @ArrayMaxSize(1000)
  @UniqueItems()
  regionCodes?: string[];

  @ApiPropertyOptional({ type: [String], example: ['H62'], description: 'GB/T 4754 industry codes' })
  @IsOptional()
  @IsArray()
  @Matches(INDUSTRY_CODE, { each: true, message: 'each must be a GB/T 4754 industry code such as H6210' })
  @ArrayMaxSize(1000)
  @UniqueItems()
  industryCodes?: string[];

  @ApiPropertyOptional({ type: [String], example: ['学校周边'] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @Matches(TAG, { each: true, message: TAG_MESSAGE })
  @ArrayMaxSize(30)
  @UniqueItems()
  tags?: string[];

  @ApiPropertyOptional({ enum: SCALES, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(SCALES, { each: true })
  @ArrayMaxSize(SCALES.length)
  @UniqueItems()
  scales?: string[];
}

/** Sampling ratio 0–1 per credit-risk class (A low … D high); a class left out is not set. */
export class RatiosByCreditRiskDto {
  @ApiPropertyOptional({ example: 0.03, minimum: 0, maximum: 1 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  A?: number;

  @ApiPropertyOptional({ example: 0.05, minimum: 0, maximum: 1 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  B?: number;

  @ApiPropertyOptional({ example: 0.1, minimum: 0, maximum: 1 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  C?: number;

  @ApiPropertyOptional({ example: 0.3, minimum: 0, maximum: 1 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  D?: number;
}

/** The days within which the plan's inspections take place (both included). */
export class DateWindowDto {
  @ApiProperty({ example: '2026-03-01' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsCalendarDate()
  to!: string;
}

export class DraftPlanDto {
  @ApiProperty({ example: 2026, minimum: EARLIEST_YEAR, maximum: LATEST_YEAR })
  @IsInt()
  @Min(EARLIEST_YEAR)
  @Max(LATEST_YEAR)
  year!: number;

  @ApiProperty({ example: '2026年度部门联合双随机抽查工作计划' })
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name!: string;

  @ApiProperty({ example: 'scjg-320102' })
  @IsString()
  @IsCode()
  leadDepartmentId!: string;

  @ApiPropertyOptional({ type: [String], example: ['yjj-320102'], default: [] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @IsCode({ each: true })
  @ArrayMaxSize(100)
  @UniqueItems()
  cooperatingDepartmentIds?: string[];

  @ApiPropertyOptional({
    description:
      'A 一业一单 joint item list: the departments and items are filled in from its current version',
  })
  @IsOptional()
  @IsString()
  @IsCode()
  jointListId?: string;

  @ApiProperty({
    type: [String],
    description:
      'Check items of the lead and cooperating departments; filled from the joint list when left out with one',
  })
  @ValidateIf((dto: DraftPlanDto) => !dto.jointListId || dto.itemIds !== undefined)
  @IsArray()
  @IsString({ each: true })
  @IsCode({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @UniqueItems()
  itemIds?: string[];

  @ApiPropertyOptional({ type: TargetCriteriaDto, description: 'Left out: the whole directory' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TargetCriteriaDto)
  targetCriteria?: TargetCriteriaDto;

  @ApiProperty({ type: RatiosByCreditRiskDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RatiosByCreditRiskDto)
  ratiosByCreditRisk!: RatiosByCreditRiskDto;

  @ApiProperty({ type: DateWindowDto, description: 'Within the plan year' })
  @IsObject()
  @ValidateNested()
  @Type(() => DateWindowDto)
  window!: DateWindowDto;
}

/** Any field but the year and the lead department; a field given replaces it whole. */
export class PlanChangesDto extends PartialType(
  OmitType(DraftPlanDto, ['year', 'leadDepartmentId', 'jointListId'] as const),
) {}

export class AdjustPlanDto {
  @ApiProperty({ type: PlanChangesDto, description: 'Only what differs from the plan is recorded' })
  @IsObject()
  @ValidateNested()
  @Type(() => PlanChangesDto)
  changes!: PlanChangesDto;

  @ApiProperty({ example: '新增食品安全抽检事项' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason!: string;
}

export class ClosePlanDto extends ReasonDto {}

export class PlanQueryDto extends PagingDto {
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(EARLIEST_YEAR)
  @Max(LATEST_YEAR)
  year?: number;

  @ApiPropertyOptional({ description: 'Plans the department leads or cooperates in' })
  @IsOptional()
  @IsString()
  @IsCode()
  departmentId?: string;

  @ApiPropertyOptional({ enum: PLAN_STATUSES })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: PlanStatus;
}

export class PlanCoverageQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(EARLIEST_YEAR) @Max(LATEST_YEAR) year!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() departmentId?: string;
}
