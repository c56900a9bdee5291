import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { MAX_WORKING_DAYS } from '@app/domain';
import { ArrayMaxSize, IsArray, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { UniqueItems } from '../common/unique-items';
import { IsSingleLine } from '../common/field-rules';

export class AddWorkingDaysQueryDto {
  @ApiProperty({ example: '2026-11-25' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: 20, minimum: 0, maximum: MAX_WORKING_DAYS })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_WORKING_DAYS)
  days!: number;
}

export class WorkingDaysBetweenQueryDto {
  @ApiProperty({ example: '2026-11-25' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-12-10' })
  @IsCalendarDate()
  to!: string;
}

export class PublishCalendarYearDto {
  @ApiProperty({ type: [String], example: ['2027-01-01'], description: 'Days off (YYYY-MM-DD)' })
  @IsCalendarDate({ each: true })
  @ArrayMaxSize(120)
  @IsArray()
  @UniqueItems()
  holidays!: string[];

  @ApiProperty({ type: [String], example: ['2027-02-20'], description: 'Weekend days worked (调休)' })
  @IsCalendarDate({ each: true })
  @ArrayMaxSize(60)
  @IsArray()
  @UniqueItems()
  workdays!: string[];

  @ApiPropertyOptional({ example: '国办发明电〔2026〕7号', description: 'The notice the days come from' })
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  notice!: string;
}
