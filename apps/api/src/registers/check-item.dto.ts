import {
  ENTITY_KINDS,
  type EntityKind,
  INSPECTION_METHODS,
  ITEM_CLASSES,
  type InspectionMethod,
  type ItemClass,
  ITEM_STATUSES,
} from '@app/domain';
import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { UniqueItems } from '../common/unique-items';
import { IsCode, IsNotBlank, IsSingleLine } from '../common/field-rules';
import { PagingDto } from './paging.dto';

export class AddCheckItemDto {
  @ApiProperty({ example: 'scjg-320102' })
  @IsString()
  @IsCode()
  departmentId!: string;

  @ApiProperty({ example: '食品经营许可情况检查' })
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  name!: string;

  @ApiProperty({ example: '《中华人民共和国食品安全法》第三十五条', description: 'Legal basis (依据)' })
  @IsString()
  @Length(1, 2000)
  basis!: string;

  @ApiProperty({ enum: ENTITY_KINDS, isArray: true })
  @IsArray()
  @IsIn(ENTITY_KINDS, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(ENTITY_KINDS.length)
  @UniqueItems()
  targetKinds!: EntityKind[];

  @ApiProperty({ example: '许可证是否在有效期内，经营项目是否与许可一致' })
  @IsString()
  @Length(1, 4000)
  content!: string;

  @ApiProperty({ enum: INSPECTION_METHODS, isArray: true })
  @IsArray()
  @IsIn(INSPECTION_METHODS, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(INSPECTION_METHODS.length)
  @UniqueItems()
  methods!: InspectionMethod[];

  @ApiProperty({
    enum: ITEM_CLASSES,
    description:
      'A general, B key (no upper limit), C joint; ratio limits per class: ITEM_CLASS_RATIO_LIMITS',
  })
  @IsIn(ITEM_CLASSES)
  itemClass!: ItemClass;

  @ApiPropertyOptional({ example: 0.05, minimum: 0, maximum: 1 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  ratio?: number;

  @ApiPropertyOptional({ example: 1, minimum: 1, maximum: 366 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  frequencyPerYear?: number;
}

/** Any field but the department; only what differs is recorded. */
export class UpdateCheckItemDto extends PartialType(OmitType(AddCheckItemDto, ['departmentId'] as const)) {}

export class ReasonDto {
  @ApiProperty({ example: '所依据的规章已废止' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason!: string;
}

export class DrawUpJointItemListDto {
  @ApiProperty({ example: '餐饮', description: 'The industry (一业): a name or GB/T 4754 code' })
  @IsString()
  @Length(1, 100)
  @IsSingleLine()
  industry!: string;

  @ApiProperty({ example: 'scjg-320102' })
  @IsString()
  @IsCode()
  leadDepartmentId!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @IsString({ each: true })
  @IsCode({ each: true })
  @ArrayMinSize(2)
  @ArrayMaxSize(500)
  @UniqueItems()
  itemIds!: string[];
}

export class CheckItemQueryDto extends PagingDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsCode()
  departmentId?: string;

  @ApiPropertyOptional({ enum: ITEM_CLASSES })
  @IsOptional()
  @IsIn(ITEM_CLASSES)
  itemClass?: ItemClass;

  @ApiPropertyOptional({ enum: ITEM_STATUSES })
  @IsOptional()
  @IsIn(ITEM_STATUSES)
  status?: 'active' | 'retired';
}
