import { ApiProperty } from '@nestjs/swagger';
import { OBJECTION_NOTICE_MEANS, type ObjectionNoticeMeans } from '@app/domain';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { IsCode } from '../../common/field-rules';

export class ObjectionDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ description: 'The department whose published result is objected to' })
  @IsString()
  @IsCode()
  departmentId!: string;

  @ApiProperty() @IsString() @Length(1, 4000) grounds!: string;
}

export class ObjectionReviewDto {
  @ApiProperty() @IsBoolean() upheld!: boolean;
  @ApiProperty() @IsString() @Length(1, 4000) reply!: string;
}

export class ObjectionOutcomeNoticeDto {
  @ApiProperty({ enum: OBJECTION_NOTICE_MEANS, description: 'How the business was told the outcome' })
  @IsIn(OBJECTION_NOTICE_MEANS)
  means!: ObjectionNoticeMeans;
}
