import { NON_PUBLICATION_GROUNDS, type NonPublicationGround } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { IsCode, IsNotBlank } from '../../common/field-rules';

/** Keep the department's result for an entity from publication (Gui'an 第四十三、四十六条). */
export class NonPublicationRequestDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ enum: NON_PUBLICATION_GROUNDS })
  @IsIn(NON_PUBLICATION_GROUNDS)
  ground!: NonPublicationGround;

  @ApiProperty({
    description: 'The legal provision it rests on, in words',
    example: '《保守国家秘密法》第九条',
  })
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  legalBasis!: string;
}

/** A 整改 follow-up result on the department's published result (Gui'an 第三十二条). */
export class RectificationResultDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ description: 'Whether the problem was put right (整改到位)' })
  @IsBoolean()
  rectified!: boolean;

  @ApiProperty() @IsString() @Length(1, 4000) @IsNotBlank() findings!: string;

  @ApiProperty({ example: '2026-06-01' })
  @IsCalendarDate()
  rectifiedOn!: string;
}
