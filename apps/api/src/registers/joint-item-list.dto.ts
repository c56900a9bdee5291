import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsCode, IsSingleLine } from '../common/field-rules';
import { UniqueItems } from '../common/unique-items';
import { ReasonDto } from './check-item.dto';
import { PagingDto } from './paging.dto';

/** A new version of a 一业一单: what is given replaces the list's; what is left out stays. */
export class AmendJointItemListDto extends ReasonDto {
  @ApiPropertyOptional({ example: '餐饮服务', description: 'The industry (一业): the list’s name' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @IsSingleLine()
  industry?: string;

  @ApiPropertyOptional({ example: 'scjg-320102' })
  @IsOptional()
  @IsString()
  @IsCode()
  leadDepartmentId?: string;

  @ApiPropertyOptional({ type: [String], description: 'The whole new item list; departments follow' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @IsCode({ each: true })
  @ArrayMinSize(2)
  @ArrayMaxSize(500)
  @UniqueItems()
  itemIds?: string[];
}

const JOINT_LIST_STATUSES = ['active', 'retired'] as const;

export class JointItemListQueryDto extends PagingDto {
  @ApiPropertyOptional({ enum: JOINT_LIST_STATUSES })
  @IsOptional()
  @IsIn(JOINT_LIST_STATUSES)
  status?: 'active' | 'retired';
}
