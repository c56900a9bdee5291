import { BEACON_SOURCES } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';

/** The public beacon round a task's draw will wait for (docs/draw.md §2). */
export class BeaconRoundDto {
  @ApiProperty({ enum: Object.keys(BEACON_SOURCES), description: 'A source the deployment accepts' })
  @IsString()
  @IsIn(Object.keys(BEACON_SOURCES))
  source!: string;

  @ApiProperty({ description: 'The round as the source numbers it: an issue number, a drand round' })
  @IsString()
  @Matches(/^[0-9]{1,12}$/, { message: 'round must be the digits of an issue number or round' })
  round!: string;

  @ApiPropertyOptional({ description: "A daily lottery's draw date (Beijing), YYYY-MM-DD" })
  @IsOptional()
  @IsCalendarDate()
  drawDate?: string;
}

/** A beacon's published value as an official read it (white space is ignored). */
export class BeaconValueDto {
  @ApiProperty({ description: "The published value, in the source's format" })
  @IsString()
  @Length(1, 200)
  value!: string;
}
