import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { UniqueItems } from '../../common/unique-items';
import { AppointmentDto } from './draw-inspectors.dto';

/** A department's experts and auxiliaries beside the teams (docs/draw.md §8.1): drawn, appointed, or both. */
export class DrawExpertsDto {
  @ApiPropertyOptional({
    description: 'Experts drawn from the expert pool per entity (default 1; 0: appoint only)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  perEntity?: number;

  @ApiPropertyOptional({
    type: [AppointmentDto],
    description: 'Experts appointed (not drawn) beside an entity’s team, with a reason',
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
