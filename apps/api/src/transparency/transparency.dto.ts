import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** Tree sizes and positions: whole numbers within what a JavaScript number holds exactly. */
const MAX_SIZE = Number.MAX_SAFE_INTEGER;

export class CheckpointsQueryDto {
  @ApiPropertyOptional({ description: 'nextBeforeSize of the previous page: older checkpoints' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SIZE)
  beforeSize?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** Inclusion (eventId or position, optional treeSize) or consistency (fromSize, optional toSize). */
export class ProofsQueryDto {
  @ApiPropertyOptional({ description: 'inclusion: the event, by id' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    message: 'must be an event id (UUID)',
  })
  eventId?: string;

  @ApiPropertyOptional({ description: 'inclusion: the event, by global log position' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SIZE)
  position?: number;

  @ApiPropertyOptional({ description: "inclusion: a signed checkpoint's tree size (default: the latest)" })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SIZE)
  treeSize?: number;

  @ApiPropertyOptional({ description: 'consistency: the older tree size' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SIZE)
  fromSize?: number;

  @ApiPropertyOptional({ description: 'consistency: the newer tree size (default: the latest checkpoint)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SIZE)
  toSize?: number;
}
