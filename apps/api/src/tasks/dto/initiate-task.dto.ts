import { CREDIT_RISK_CLASSES, ENTITY_KINDS, type EntityKind, SCALES } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { UniqueItems } from '../../common/unique-items';
import { NotWithCount } from '../sampling-rules';
import { BeaconRoundDto } from './beacon.dto';
import {
  INDUSTRY_CODE,
  IsCode,
  IsNotBlank,
  IsSingleLine,
  REGION_CODE,
  TAG,
  TAG_MESSAGE,
} from '../../common/field-rules';

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

  @ApiPropertyOptional({
    description:
      "Why the task goes beyond its plan's ratios or target criteria (TASK_BEYOND_PLAN); a head of the lead approves before the draw",
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  beyondPlanReason?: string;

  @ApiProperty({ example: '2026年餐饮行业联合抽查' })
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name!: string;

  @ApiPropertyOptional({
    description:
      'A 一业一单 to make the task from: participants and items are filled from its current version when left out, and must be exactly its own when given',
  })
  @IsOptional()
  @IsString()
  @IsCode()
  jointListId?: string;

  @ApiProperty({ type: [ParticipantDto], description: 'Filled from the joint list when left out with one' })
  @ValidateIf((dto: InitiateTaskDto) => !dto.jointListId || dto.participants !== undefined)
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ParticipantDto)
  @ArrayMaxSize(50)
  @UniqueItems((participant: ParticipantDto) => participant?.departmentId, {
    message: 'each department takes part once',
  })
  participants?: ParticipantDto[];

  @ApiProperty({
    type: [String],
    description: "The lead department's own items (from the joint list when left out with one)",
  })
  @ValidateIf((dto: InitiateTaskDto) => !dto.jointListId || dto.itemIds !== undefined)
  @IsArray()
  @IsString({ each: true })
  @IsCode({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @UniqueItems()
  itemIds?: string[];

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

  @ApiPropertyOptional({
    type: BeaconRoundDto,
    description: 'The public beacon round the draw waits for; required unless the deployment allows none',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BeaconRoundDto)
  beacon?: BeaconRoundDto;

  @ApiPropertyOptional({ description: 'Why the draw does without a beacon (where the deployment allows it)' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  withoutBeaconReason?: string;
}

/** A joint task the joint office initiates (Gui'an 第39条): the same, naming the lead department. */
export class OfficeInitiateTaskDto extends InitiateTaskDto {
  @ApiProperty({
    description: "The industry department that leads the task (Gui'an 第36条)",
    example: 'scjg',
  })
  @IsString()
  @IsCode()
  leadDepartmentId!: string;
}
