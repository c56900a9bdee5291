import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsNotBlank, IsSingleLine } from '../../common/field-rules';

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
