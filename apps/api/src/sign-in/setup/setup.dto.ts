import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { PASSWORD_POLICY } from '@app/runtime';
import { IsNotBlank, IsSingleLine, REGION_CODE } from '../../common/field-rules';
import { RegisterUserDto } from '../../users/user.dto';

/** The first administrator and their department, with the setup link's code and their own password. */
export class FirstAdministratorDto extends RegisterUserDto {
  @ApiProperty({ description: "The code of the setup link printed at start (after '#code=')" })
  @IsString()
  @Length(1, 100)
  code!: string;

  @ApiProperty({ example: '南京市玄武区市场监督管理局' })
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  @IsNotBlank()
  departmentName!: string;

  @ApiProperty({ example: '320102' })
  @Matches(REGION_CODE, { message: 'must be a 6-digit region code' })
  regionCode!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @Length(1, PASSWORD_POLICY.maxLength)
  password!: string;
}
