import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsNotBlank } from '../../common/field-rules';

export class CancelDto {
  @ApiProperty() @IsString() @Length(1, 1000) @IsNotBlank() reason!: string;
}
