import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { IsCode, IsNotBlank } from '../../common/field-rules';
import { ResultDto } from './result.dto';

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
