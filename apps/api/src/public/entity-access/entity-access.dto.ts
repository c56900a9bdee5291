import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { IsCode } from '../../common/field-rules';

export class EntityCodeRequestDto {
  @ApiProperty({ example: '91350100M000100Y43', description: 'The unified social credit code' })
  @IsString()
  @IsCode()
  @Length(18, 18)
  creditCode!: string;
}

export class EntitySessionRequestDto extends EntityCodeRequestDto {
  @ApiProperty({ example: '042917', description: 'The one-time code sent to the registered contact' })
  @Matches(/^\d{6}$/, { message: 'must be 6 digits' })
  code!: string;
}

export class EntityObjectionDto {
  @ApiProperty() @IsString() @Length(1, 100) @IsCode() taskId!: string;

  @ApiProperty({ description: 'The department whose published result is objected to' })
  @IsString()
  @IsCode()
  departmentId!: string;

  @ApiProperty({ description: 'Why the business holds the result wrong (sealed with the task)' })
  @IsString()
  @Length(1, 4000)
  grounds!: string;
}
