import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_KINDS, type OrganisationKind } from '@app/domain';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { DEPARTMENT_ID, IsNotBlank, IsSingleLine, REGION_CODE } from '../common/field-rules';

export class RegisterDepartmentDto {
  @ApiProperty({ example: 'scjg-320102', description: 'Stable id: letters, digits, - and _' })
  @Matches(DEPARTMENT_ID, { message: 'must be 1–64 letters, digits, - or _' })
  id!: string;

  @ApiProperty({ example: '南京市玄武区市场监督管理局' })
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name!: string;

  @ApiProperty({ example: '320102', description: '6-digit administrative division code (GB/T 2260)' })
  @Matches(REGION_CODE, { message: 'must be a 6-digit region code' })
  regionCode!: string;

  @ApiProperty({ required: false, enum: ORGANISATION_KINDS, description: 'Absent: department' })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiProperty({ required: false, example: 'scjg-320100', description: 'The unit above; absent: top level' })
  @IsOptional()
  @Matches(DEPARTMENT_ID, { message: 'must be 1–64 letters, digits, - or _' })
  parentId?: string;
}

export class SetDepartmentParentDto {
  @ApiProperty({
    example: 'scjg-320100',
    nullable: true,
    description: 'The unit above (its region covers this one’s); null: top level',
  })
  @ValidateIf((_o, value) => value !== null)
  @Matches(DEPARTMENT_ID, { message: 'must be 1–64 letters, digits, - or _, or null' })
  parentId!: string | null;
}

export class DisableDepartmentDto {
  @ApiProperty({ example: '机构改革撤并', description: 'Why the department no longer receives referrals' })
  @IsString()
  @Length(1, 500)
  @IsSingleLine()
  @IsNotBlank()
  reason!: string;
}
