import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class DecisionDto {
  @ApiPropertyOptional({ description: 'Why (required to reject)' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reply?: string;
}
