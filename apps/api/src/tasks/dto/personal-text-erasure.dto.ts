import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsCode, IsNotBlank } from '../../common/field-rules';

export class PersonalTextErasureDto {
  @ApiProperty({ description: 'The entity whose inspection in this task had its free text recorded' })
  @IsString()
  @IsCode()
  entityId!: string;

  @ApiProperty({ description: 'Why: the request of a person it names, or the end of its retention period' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason!: string;
}
