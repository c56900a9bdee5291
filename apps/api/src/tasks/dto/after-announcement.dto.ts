import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { IsCode, IsNotBlank } from '../../common/field-rules';
import { WindowDto } from './initiate-task.dto';

/** The lead asks to move a locked task's window (延迟), saying why. */
export class PostponementRequestDto {
  @ApiProperty({ type: WindowDto, description: 'The new window (both days included)' })
  @IsObject()
  @ValidateNested()
  @Type(() => WindowDto)
  window!: WindowDto;

  @ApiProperty() @IsString() @Length(1, 1000) @IsNotBlank() reason!: string;
}

/** The lead hands an entity withdrawn as moved away to the department of its new region. */
export class HandOverDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;
  @ApiProperty() @IsString() @IsCode() toDepartmentId!: string;
  @ApiProperty({ description: 'e.g. how and when the receiving department was told in writing' })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  note!: string;
}

/** The receiving department takes the entity into one of its tasks, or declines with a reason. */
export class HandOverAnswerDto {
  @ApiProperty() @IsBoolean() taken!: boolean;
  @ApiPropertyOptional({ description: 'Required when taken' })
  @IsOptional()
  @IsString()
  @IsCode()
  intoTaskId?: string;
  @ApiPropertyOptional({ description: 'Required when declined' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  reason?: string;
}

export const HAND_OVER_DIRECTIONS = ['received', 'sent'] as const;
export const HAND_OVER_STATUSES = ['awaiting', 'taken', 'declined'] as const;

export class HandOverQueryDto {
  @ApiPropertyOptional({
    enum: HAND_OVER_DIRECTIONS,
    description: "default received: those awaiting the caller's department",
  })
  @IsOptional()
  @IsIn(HAND_OVER_DIRECTIONS)
  direction?: (typeof HAND_OVER_DIRECTIONS)[number];

  @ApiPropertyOptional({ enum: HAND_OVER_STATUSES })
  @IsOptional()
  @IsIn(HAND_OVER_STATUSES)
  status?: (typeof HAND_OVER_STATUSES)[number];
}
