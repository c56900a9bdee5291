import {
  INSPECTION_METHODS,
  RESULT_CATEGORIES,
  type InspectionMethod,
  type ResultCategory,
} from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { UniqueItems } from '../../common/unique-items';
import { IsCode, IsSingleLine } from '../../common/field-rules';

export class ItemFindingDto {
  @ApiProperty() @IsString() @IsCode() itemId!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  finding!: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() compliant?: boolean;
}

export class ResultDto {
  @ApiProperty({ enum: RESULT_CATEGORIES })
  @IsIn(RESULT_CATEGORIES)
  category!: ResultCategory;

  @ApiProperty({ enum: INSPECTION_METHODS, description: "How it was inspected (Gui'an 第十三条)" })
  @IsIn(INSPECTION_METHODS)
  method!: InspectionMethod;

  @ApiProperty({ type: [ItemFindingDto], description: 'One finding per item' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ItemFindingDto)
  @ArrayMaxSize(200)
  @UniqueItems((finding: ItemFindingDto) => finding?.itemId, { message: 'each item has one finding' })
  itemFindings!: ItemFindingDto[];

  @ApiProperty({ example: '2026-04-10' })
  @IsCalendarDate()
  inspectedOn!: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() signatureRefused?: boolean;

  @ApiPropertyOptional({
    description: "Personal data: sealed, shown only to the task's departments and overseers",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @IsSingleLine()
  witness?: string;

  @ApiPropertyOptional({
    description: "Personal data: sealed, shown only to the task's departments and overseers",
  })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  notes?: string;
}

export class EnterResultDto extends ResultDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;
}
