import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Length } from 'class-validator';
import { IsCode } from '../../common/field-rules';

export class ObjectionDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ description: 'The department whose published result is objected to' })
  @IsString()
  @IsCode()
  departmentId!: string;

  @ApiProperty() @IsString() @Length(1, 4000) grounds!: string;
}

export class ObjectionReviewDto {
  @ApiProperty() @IsBoolean() upheld!: boolean;
  @ApiProperty() @IsString() @Length(1, 4000) reply!: string;
}
