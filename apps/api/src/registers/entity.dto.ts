import {
  CREDIT_RISK_CLASSES,
  type CreditRisk,
  ENTITY_KINDS,
  type EntityKind,
  ENTITY_STATUSES,
  SCALES,
} from '@app/domain';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { UniqueItems } from '../common/unique-items';
import {
  INDUSTRY_CODE,
  IsCodeValidForKind,
  IsNotBlank,
  IsSingleLine,
  MOBILE,
  REGION_CODE,
  TAG,
  TAG_MESSAGE,
} from '../common/field-rules';
import { PagingDto } from './paging.dto';

export class RegisterEntityDto {
  @ApiProperty({
    example: '91350100M000100Y43',
    description: 'Unified social credit code for enterprises and individual businesses; the entity id',
  })
  @IsCodeValidForKind()
  code!: string;

  @ApiProperty({ example: '福州某某餐饮有限公司' })
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name!: string;

  @ApiProperty({ enum: ENTITY_KINDS })
  @IsIn(ENTITY_KINDS)
  kind!: EntityKind;

  @ApiProperty({ example: '福州市鼓楼区五四路1号' })
  @IsString()
  @Length(1, 500)
  @IsSingleLine()
  address!: string;

  @ApiPropertyOptional({ example: '张三' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsSingleLine()
  legalRepresentative?: string;

  @ApiPropertyOptional({
    example: '13800000000',
    description: "The registered contact's mobile: the portal sends one-time codes to it (objections)",
  })
  @IsOptional()
  @Matches(MOBILE, { message: 'must be an 11-digit mobile number' })
  contactMobile?: string;

  @ApiProperty({ example: '350102' })
  @Matches(REGION_CODE, { message: 'must be a 6-digit region code' })
  regionCode!: string;

  @ApiProperty({ example: 'H6210', description: 'GB/T 4754 industry code' })
  @Matches(INDUSTRY_CODE, { message: 'must be a GB/T 4754 industry code such as H6210' })
  industryCode!: string;

  @ApiPropertyOptional({ enum: SCALES })
  @IsOptional()
  @IsIn(SCALES)
  scale?: string;

  @ApiPropertyOptional({ type: [String], example: ['餐饮', '学校周边'] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @Matches(TAG, { each: true, message: TAG_MESSAGE })
  @ArrayMaxSize(30)
  @UniqueItems()
  tags?: string[];

  @ApiProperty({ enum: CREDIT_RISK_CLASSES, description: 'A (low) … D (high)' })
  @IsIn(CREDIT_RISK_CLASSES)
  creditRisk!: CreditRisk;

  @ApiPropertyOptional({ description: 'On the abnormal-operations list (经营异常名录)' })
  @IsOptional()
  @IsBoolean()
  abnormalList?: boolean;

  @ApiPropertyOptional({ description: 'On the serious-violation list (严重违法失信名单)' })
  @IsOptional()
  @IsBoolean()
  seriousViolationList?: boolean;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  complaintsThisYear?: number;
}

export class UpdateEntityDto extends PartialType(
  OmitType(RegisterEntityDto, ['code', 'kind', 'creditRisk'] as const),
) {}

export class RerateEntityDto {
  @ApiProperty({ enum: CREDIT_RISK_CLASSES })
  @IsIn(CREDIT_RISK_CLASSES)
  creditRisk!: CreditRisk;

  @ApiProperty({ example: '年度信用风险分类结果' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason!: string;
}

export class EntityQueryDto extends PagingDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(REGION_CODE, { message: 'must be a 6-digit region code' })
  regionCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(INDUSTRY_CODE, { message: 'must be a GB/T 4754 industry code' })
  industryCode?: string;

  @ApiPropertyOptional({ enum: CREDIT_RISK_CLASSES })
  @IsOptional()
  @IsIn(CREDIT_RISK_CLASSES)
  creditRisk?: CreditRisk;

  @ApiPropertyOptional({ enum: ENTITY_KINDS })
  @IsOptional()
  @IsIn(ENTITY_KINDS)
  kind?: EntityKind;

  @ApiPropertyOptional({ enum: ENTITY_STATUSES })
  @IsOptional()
  @IsIn(ENTITY_STATUSES)
  status?: 'registered' | 'deregistered';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(TAG, { message: TAG_MESSAGE.replace(/^each /, '') })
  tag?: string;

  @ApiPropertyOptional({ description: 'An exact code, or the beginning of the name' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;
}
