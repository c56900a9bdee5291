import { UniqueItems } from '../common/unique-items';
import { ROLES, type Role, USER_STATUSES, type UserStatus } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { DEPARTMENT_ID, IsCode, IsNotBlank, IsSingleLine, MOBILE } from '../common/field-rules';
import { PagingDto } from '../registers/paging.dto';

export class RegisterUserDto {
  @ApiProperty({ example: 'scjg' })
  @Matches(DEPARTMENT_ID, { message: 'must be 1–64 letters, digits, - or _' })
  departmentId!: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @Length(1, 100)
  @IsSingleLine()
  @IsNotBlank()
  name!: string;

  @ApiProperty({ example: '科员', description: '职务' })
  @IsString()
  @Length(1, 100)
  @IsSingleLine()
  @IsNotBlank()
  post!: string;

  @ApiProperty({ example: 'E0001', description: '工号: one account per number within a department' })
  @IsCode()
  employeeNumber!: string;

  @ApiProperty({ example: '13800138000', description: 'Personal data: sealed with the person’s own key' })
  @Matches(MOBILE, { message: 'must be an 11-digit mobile number' })
  mobile!: string;
}

export class GrantRoleDto {
  @ApiProperty({
    enum: ROLES,
    description: 'admin and principal become a request another administrator approves',
  })
  @IsIn(ROLES)
  role!: Role;
}

export class LinkInspectorDto {
  @ApiProperty({ description: 'An inspector of the directory, of the user’s department' })
  @IsCode()
  inspectorId!: string;
}

export class UserQueryDto extends PagingDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DEPARTMENT_ID, { message: 'must be 1–64 letters, digits, - or _' })
  departmentId?: string;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;
}

/** At most this many ids in one name look-up. */
export const MAX_NAME_IDS = 200;

export class UserNamesQueryDto {
  @ApiProperty({
    description: `Comma-separated user ids, at most ${MAX_NAME_IDS}`,
    example: 'u1,u2',
    type: String,
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_NAME_IDS)
  @IsCode({ each: true })
  @UniqueItems()
  ids!: string[];
}
