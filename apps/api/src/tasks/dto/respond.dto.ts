import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { UniqueItems } from '../../common/unique-items';
import { IsCode, IsNotBlank } from '../../common/field-rules';

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
