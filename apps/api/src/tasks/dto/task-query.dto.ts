import { TASK_STATUSES } from '@app/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { IsCode } from '../../common/field-rules';
import { PagingDto } from '../../registers/paging.dto';

export class TaskQueryDto extends PagingDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() planId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() departmentId?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: string;
}
