import { VISIT_MAX_TASKS, VISIT_MIN_TASKS } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Length,
} from 'class-validator';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { IsCode, IsNotBlank } from '../common/field-rules';
import { UniqueItems } from '../common/unique-items';

/** A lead proposes one visit to an entity for several locked tasks, on one day (ADR 39). */
export class ProposeVisitDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ type: [String], minItems: VISIT_MIN_TASKS, maxItems: VISIT_MAX_TASKS })
  @IsArray()
  @ArrayMinSize(VISIT_MIN_TASKS)
  @ArrayMaxSize(VISIT_MAX_TASKS)
  @UniqueItems()
  @IsString({ each: true })
  @IsCode({ each: true })
  taskIds!: string[];

  @ApiProperty({ example: '2026-05-20' }) @IsString() @IsCalendarDate() date!: string;
}

/** Another task's lead agrees, or declines saying why. */
export class VisitAgreementDto {
  @ApiProperty() @IsBoolean() agree!: boolean;

  @ApiPropertyOptional({ description: 'Required when declining' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason?: string;
}
