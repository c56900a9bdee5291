import { FOLLOW_UP_KINDS, type FollowUpKind } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsCode } from '../../common/field-rules';

export class FollowUpDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ enum: FOLLOW_UP_KINDS })
  @IsIn(FOLLOW_UP_KINDS)
  kind!: FollowUpKind;

  @ApiProperty() @IsString() @Length(1, 4000) detail!: string;

  @ApiPropertyOptional({ description: 'For a referral: the department it goes to' })
  @IsOptional()
  @IsString()
  @IsCode()
  toDepartmentId?: string;
}
