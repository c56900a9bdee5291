import { PASSWORD_POLICY } from '@app/runtime';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DEPARTMENT_ID, IsCode } from '../common/field-rules';

/** How a sign-in hands out its tokens: cookies for the console, the body for api clients. */
export const DELIVERIES = ['bearer', 'cookie'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** A password as typed: any text up to the policy's maximum (never echoed in an error). */
const Password = () => Length(1, PASSWORD_POLICY.maxLength);

export class SignInDto {
  @ApiProperty({ example: 'scjg', description: 'The department of the account' })
  @Matches(DEPARTMENT_ID, { message: 'must be 1–64 letters, digits, - or _' })
  department!: string;

  @ApiProperty({ example: 'E0001', description: '工号' })
  @IsCode()
  employeeNumber!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @Password()
  password!: string;

  @ApiPropertyOptional({
    format: 'password',
    description: 'The new password, when the sign-in answered 403 PASSWORD_CHANGE_REQUIRED',
  })
  @IsOptional()
  @IsString()
  @Password()
  newPassword?: string;

  @ApiPropertyOptional({
    enum: DELIVERIES,
    description: "bearer (default): tokens in the answer; cookie: the console's cookies",
  })
  @IsOptional()
  @IsIn(DELIVERIES)
  delivery?: Delivery;
}

export class RefreshDto {
  @ApiPropertyOptional({ description: "The refresh token; the console's cookie when absent" })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  refreshToken?: string;
}

export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @Password()
  currentPassword!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @Password()
  newPassword!: string;
}
