import {
  CREDIT_RISK_CLASSES,
  ENTITY_KINDS,
  ENTITY_WITHDRAWAL_REASONS,
  type EntityKind,
  type EntityWithdrawalReason,
  FOLLOW_UP_KINDS,
  type FollowUpKind,
  REPLACEMENT_REASONS,
  RESULT_CATEGORIES,
  type ReplacementReason,
  type ResultCategory,
  SCALES,
  TASK_STATUSES,
} from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { UniqueItems } from '../common/unique-items';
import { NotWithCount } from './sampling-rules';
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

export class ParticipantDto {
  @ApiProperty({ example: 'xf-320102' })
  @IsString()
  @IsCode()
  departmentId!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @IsString({ each: true })
  @IsCode({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @UniqueItems()
  itemIds!: string[];
}

export class CriteriaDto {
  @ApiPropertyOptional({ enum: ENTITY_KINDS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(ENTITY_KINDS, { each: true })
  @ArrayMaxSize(ENTITY_KINDS.length)
  @UniqueItems()
  kinds?: EntityKind[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @Matches(REGION_CODE, { each: true, message: 'each must be a 6-digit region code' })
  @ArrayMaxSize(1000)
  @UniqueItems()
  regionCodes?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @Matches(INDUSTRY_CODE, { each: true, message: 'each must be a GB/T 4754 industry code' })
  @ArrayMaxSize(1000)
  @UniqueItems()
  industryCodes?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @Matches(TAG, { each: true, message: TAG_MESSAGE })
  @ArrayMaxSize(50)
  @UniqueItems()
  tags?: string[];

  @ApiPropertyOptional({ type: [String], enum: SCALES, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(SCALES, { each: true })
  @ArrayMaxSize(SCALES.length)
  @UniqueItems()
  scales?: string[];
}

export class RatiosDto {
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(1) A?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(1) B?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(1) C?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(1) D?: number;
}

export class SamplingDto {
  @ApiPropertyOptional({ example: 0.05 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  ratio?: number;

  @ApiPropertyOptional({ example: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  count?: number;

  @ApiPropertyOptional({
    type: RatiosDto,
    description: `Ratio per credit class ${CREDIT_RISK_CLASSES.join('/')}, beside \`ratio\` (the classes given none); refused with \`count\``,
  })
  @IsOptional()
  @IsObject()
  @NotWithCount()
  @ValidateNested()
  @Type(() => RatiosDto)
  byCreditRisk?: RatiosDto;
}

export class WindowDto {
  @ApiProperty({ example: '2026-03-01' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-06-30' })
  @IsCalendarDate()
  to!: string;
}

export class InitiateTaskDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsCode()
  planId?: string;

  @ApiPropertyOptional({ description: 'Required for a task outside any plan' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  adhocReason?: string;

  @ApiProperty({ example: '2026年餐饮行业联合抽查' })
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name!: string;

  @ApiProperty({ type: [ParticipantDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ParticipantDto)
  @ArrayMaxSize(50)
  @UniqueItems((participant: ParticipantDto) => participant?.departmentId, {
    message: 'each department takes part once',
  })
  participants!: ParticipantDto[];

  @ApiProperty({ type: [String], description: "The lead department's own items" })
  @IsArray()
  @IsString({ each: true })
  @IsCode({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @UniqueItems()
  itemIds!: string[];

  @ApiProperty({ type: CriteriaDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CriteriaDto)
  criteria!: CriteriaDto;

  @ApiProperty({ type: SamplingDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SamplingDto)
  sampling!: SamplingDto;

  @ApiProperty({ type: WindowDto })
  @IsObject()
  @ValidateNested()
  @Type(() => WindowDto)
  window!: WindowDto;
}

export class RespondDto {
  @ApiProperty()
  @IsBoolean()
  accepted!: boolean;

  @ApiPropertyOptional({ type: [String], description: 'The assigned items the department confirms' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @IsCode({ each: true })
  @ArrayMaxSize(200)
  @UniqueItems()
  itemIds?: string[];

  @ApiPropertyOptional({ description: 'Required when declining' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason?: string;
}

export class DrawEntitiesDto {
  @ApiPropertyOptional({
    example: '中国福利彩票双色球第2026136期 03 07 12 19 25 31 + 09',
    description: 'A public random value mixed into the draw, so that nobody could know it beforehand',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  publicRandom?: string;

  @ApiPropertyOptional({
    description: 'A directed special action: entities over the yearly cap stay in the pool',
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  specialActionReason?: string;
}

export class AppointmentDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @IsString({ each: true })
  @IsCode({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @UniqueItems()
  inspectorIds!: string[];

  @ApiProperty({ example: '本区域持证人员不足，经批准指派' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason!: string;
}

export class DrawInspectorsDto {
  @ApiPropertyOptional({
    description: "This department's inspectors per entity (default: 1; 2 when the lead is alone)",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  perEntity?: number;

  @ApiPropertyOptional({
    type: [AppointmentDto],
    description: 'Where the pool is too small: inspectors appointed (not drawn), with a reason',
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AppointmentDto)
  @ArrayMaxSize(10000)
  @UniqueItems((appointment: AppointmentDto) => appointment?.entityId, {
    message: 'one appointment per entity',
  })
  appointments?: AppointmentDto[];
}

export class ReplacementRequestDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;
  @ApiProperty() @IsString() @IsCode() outInspectorId!: string;
  @ApiProperty() @IsString() @IsCode() inInspectorId!: string;

  @ApiProperty({ enum: REPLACEMENT_REASONS })
  @IsIn(REPLACEMENT_REASONS)
  reason!: ReplacementReason;

  @ApiProperty({ example: '该同志调岗' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  note!: string;
}

export class WithdrawalRequestDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ enum: ENTITY_WITHDRAWAL_REASONS })
  @IsIn(ENTITY_WITHDRAWAL_REASONS)
  reason!: EntityWithdrawalReason;

  @ApiProperty()
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  note!: string;
}

export class DecisionDto {
  @ApiPropertyOptional({ description: 'Why (required to reject)' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reply?: string;
}

export class ItemFindingDto {
  @ApiProperty() @IsString() @IsCode() itemId!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  finding!: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() compliant?: boolean;
}

export class ResultDto {
  @ApiProperty({ enum: RESULT_CATEGORIES })
  @IsIn(RESULT_CATEGORIES)
  category!: ResultCategory;

  @ApiProperty({ type: [ItemFindingDto], description: 'One finding per item' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ItemFindingDto)
  @ArrayMaxSize(200)
  @UniqueItems((finding: ItemFindingDto) => finding?.itemId, { message: 'each item has one finding' })
  itemFindings!: ItemFindingDto[];

  @ApiProperty({ example: '2026-04-10' })
  @IsCalendarDate()
  inspectedOn!: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() signatureRefused?: boolean;

  @ApiPropertyOptional({
    description: "Personal data: sealed, shown only to the task's departments and overseers",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  witness?: string;

  @ApiPropertyOptional({
    description: "Personal data: sealed, shown only to the task's departments and overseers",
  })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  notes?: string;
}

export class EnterResultDto extends ResultDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;
}

export class PublicationDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;
}

export class StopPublicDisclosureDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ description: "The entity's application, as received", maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  application!: string;
}

export class CorrectionRequestDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ type: ResultDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ResultDto)
  corrected!: ResultDto;

  @ApiProperty() @IsString() @Length(1, 1000) @IsNotBlank() reason!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() objectionId?: string;
}

export class ObjectionDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ description: 'The department whose published result is objected to' })
  @IsString()
  @IsCode()
  departmentId!: string;

  @ApiProperty() @IsString() @Length(1, 4000) grounds!: string;
}

export class ObjectionReviewDto {
  @ApiProperty() @IsBoolean() upheld!: boolean;
  @ApiProperty() @IsString() @Length(1, 4000) reply!: string;
}

export class FollowUpDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ enum: FOLLOW_UP_KINDS })
  @IsIn(FOLLOW_UP_KINDS)
  kind!: FollowUpKind;

  @ApiProperty() @IsString() @Length(1, 4000) detail!: string;

  @ApiPropertyOptional({ description: 'For a referral: the department it goes to' })
  @IsOptional()
  @IsString()
  @IsCode()
  toDepartmentId?: string;
}

export class PersonalTextErasureDto {
  @ApiProperty({ description: 'The entity whose inspection in this task had its free text recorded' })
  @IsString()
  @IsCode()
  entityId!: string;

  @ApiProperty({ description: 'Why: the request of a person it names, or the end of its retention period' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason!: string;
}

export class CancelDto {
  @ApiProperty() @IsString() @Length(1, 1000) @IsNotBlank() reason!: string;
}

export class TaskQueryDto extends PagingDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() planId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() departmentId?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: string;
}
