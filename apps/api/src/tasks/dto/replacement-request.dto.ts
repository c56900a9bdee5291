import { REPLACEMENT_REASONS, type ReplacementReason } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { IsCode, IsNotBlank } from '../../common/field-rules';

export class ReplacementRequestDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;
  @ApiProperty() @IsString() @IsCode() outInspectorId!: string;
  @ApiProperty() @IsString() @IsCode() inInspectorId!: string;

  @ApiProperty({ enum: REPLACEMENT_REASONS })
  @IsIn(REPLACEMENT_REASONS)
  reason!: ReplacementReason;

  @ApiProperty({ example: '该同志调岗' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  note!: string;
}
