import {
  INSPECTION_METHODS,
  INSPECTOR_CATEGORIES,
  INSPECTOR_STATUSES,
  type InspectionMethod,
  type InspectorCategory,
  type InspectorStatus,
} from '@app/domain';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { UniqueItems } from '../common/unique-items';
import {
  IsCode,
  IsIdCardNumber,
  IsNotBlank,
  IsSingleLine,
  PHONE,
  REGION_CODE,
  TAG,
  TAG_MESSAGE,
} from '../common/field-rules';
import { PagingDto } from './paging.dto';

export class RegisterInspectorDto {
  @ApiProperty({ example: 'scjg-320102' })
  @IsString()
  @IsCode()
  departmentId!: string;

  @ApiProperty({ example: '李四' })
  @IsString()
  @Length(1, 100)
  @IsSingleLine()
  name!: string;

  @ApiProperty({ example: '11010519491231002X', description: 'Personal data: sealed, masked in answers' })
  @IsIdCardNumber()
  idCardNumber!: string;

  @ApiProperty({ enum: INSPECTOR_CATEGORIES })
  @IsIn(INSPECTOR_CATEGORIES)
  category!: InspectorCategory;

  @ApiPropertyOptional({
    example: '32010200123',
    description: 'Enforcement certificate number (执法证号): personal data, sealed, masked in answers',
  })
  @IsOptional()
  @IsString()
  @IsCode()
  certificateNo?: string;

  @ApiPropertyOptional({
    example: '2028-12-31',
    description:
      '执法资格: the last day the enforcement certificate is valid (clear: the team rule reads it)',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'must be a date YYYY-MM-DD' })
  enforcementValidUntil?: string;

  @ApiProperty({ example: '320102' })
  @Matches(REGION_CODE, { message: 'must be a 6-digit region code' })
  regionCode!: string;

  @ApiPropertyOptional({ type: [String], example: ['食品安全'] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @Matches(TAG, { each: true, message: TAG_MESSAGE })
  @ArrayMaxSize(30)
  @UniqueItems()
  specialties?: string[];

  @ApiPropertyOptional({ enum: INSPECTION_METHODS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(INSPECTION_METHODS, { each: true })
  @ArrayMaxSize(INSPECTION_METHODS.length)
  @UniqueItems()
  methods?: InspectionMethod[];

  @ApiPropertyOptional({ example: '13800138000', description: 'Personal data: sealed, masked in answers' })
  @IsOptional()
  @Matches(PHONE, { message: 'must be a mobile (11 digits) or landline number' })
  phone?: string;
}

/** The ID-card number identifies the person and the department owns the entry: neither changes. */
export class UpdateInspectorDto extends PartialType(
  OmitType(RegisterInspectorDto, ['departmentId', 'idCardNumber'] as const),
) {}

export class ChangeInspectorStatusDto {
  @ApiProperty({ enum: INSPECTOR_STATUSES })
  @IsIn(INSPECTOR_STATUSES)
  status!: InspectorStatus;

  @ApiProperty({ example: '调离执法岗位' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason!: string;
}

export class DeclareConflictDto {
  @ApiProperty({ example: '91350100M000100Y43' })
  @IsString()
  @IsCode()
  entityId!: string;

  @ApiProperty({ example: '近亲属在该企业任职' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason!: string;
}

export class InspectorQueryDto extends PagingDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsCode()
  departmentId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(REGION_CODE, { message: 'must be a 6-digit region code' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: INSPECTOR_CATEGORIES })
  @IsOptional()
  @IsIn(INSPECTOR_CATEGORIES)
  category?: InspectorCategory;

  @ApiPropertyOptional({ enum: INSPECTOR_STATUSES })
  @IsOptional()
  @IsIn(INSPECTOR_STATUSES)
  status?: InspectorStatus;
}
