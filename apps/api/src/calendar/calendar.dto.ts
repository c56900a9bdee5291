import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { UniqueItems } from '../common/unique-items';
import { IsSingleLine } from '../registers/field-rules';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AddWorkingDaysQueryDto {
  @ApiProperty({ example: '2026-11-25' })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: 20, minimum: 0, maximum: 3660 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3660)
  days!: number;
}

export class WorkingDaysBetweenQueryDto {
  @ApiProperty({ example: '2026-11-25' })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ example: '2026-12-10' })
  @Matches(DATE, { message: 'must be a date YYYY-MM-DD' })
  to!: string;
}

export class PublishCalendarYearDto {
  @ApiProperty({ type: [String], example: ['2027-01-01'], description: 'Days off (YYYY-MM-DD)' })
  @Matches(DATE, { each: true, message: 'each must be a date YYYY-MM-DD' })
  @ArrayMaxSize(120)
  @IsArray()
  @UniqueItems()
  holidays!: string[];

  @ApiProperty({ type: [String], example: ['2027-02-20'], description: 'Weekend days worked (调休)' })
  @Matches(DATE, { each: true, message: 'each must be a date YYYY-MM-DD' })
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
