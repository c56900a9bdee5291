import {
  ENTITY_LISTS,
  type EntityList,
  REFERRAL_CASE_NUMBER_MAX,
  REFERRAL_KINDS,
  REFERRAL_OUTCOMES,
  REFERRAL_STATES,
  REFERRAL_TEXT_MAX,
  type ReferralKind,
  type ReferralOutcome,
  type ReferralStatus,
} from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { DEPARTMENT_ID, IsCode, IsNotBlank, IsSingleLine } from '../common/field-rules';

/** A department refers the finding of its result to another department (ADR 50). */
export class CreateReferralDto {
  @ApiProperty() @IsString() @IsCode() taskId!: string;

  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ example: 'wjw-320102' })
  @Matches(DEPARTMENT_ID, { message: 'must be 1–64 letters, digits, - or _' })
  toDepartmentId!: string;

  @ApiProperty({ enum: REFERRAL_KINDS, description: '`referral` 移送, `transfer` 转办' })
  @IsIn(REFERRAL_KINDS)
  kind!: ReferralKind;

  @ApiProperty({ maxLength: REFERRAL_TEXT_MAX })
  @IsString()
  @Length(1, REFERRAL_TEXT_MAX)
  @IsNotBlank()
  reason!: string;
}

/** The receiving department returns a referral, saying why. */
export class ReturnReferralDto {
  @ApiProperty({ maxLength: REFERRAL_TEXT_MAX })
  @IsString()
  @Length(1, REFERRAL_TEXT_MAX)
  @IsNotBlank()
  reason!: string;
}

/** What came of an accepted referral. */
export class ReferralOutcomeDto {
  @ApiProperty({ enum: REFERRAL_OUTCOMES }) @IsIn(REFERRAL_OUTCOMES) outcome!: ReferralOutcome;

  @ApiProperty({ example: '2026-06-18', description: 'The day it was decided (case filed, penalty, …)' })
  @IsString()
  @IsCalendarDate()
  decidedOn!: string;

  @ApiProperty({ maxLength: REFERRAL_TEXT_MAX })
  @IsString()
  @Length(0, REFERRAL_TEXT_MAX)
  notes!: string;

  @ApiPropertyOptional({ description: 'Required for `caseFiled`', maxLength: REFERRAL_CASE_NUMBER_MAX })
  @IsOptional()
  @IsString()
  @Length(1, REFERRAL_CASE_NUMBER_MAX)
  @IsSingleLine()
  @IsNotBlank()
  caseNumber?: string;
}

/** An inbox (`to`) or outbox (`from`), possibly of one state. */
export class ReferralQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DEPARTMENT_ID, { message: 'must be 1–64 letters, digits, - or _' })
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(DEPARTMENT_ID, { message: 'must be 1–64 letters, digits, - or _' })
  from?: string;

  @ApiPropertyOptional({ enum: REFERRAL_STATES }) @IsOptional() @IsIn(REFERRAL_STATES) state?: ReferralStatus;
}

/** An entity put on, or taken off, the abnormal or serious-violation list. */
export class EntityListingDto {
  @ApiProperty({ enum: ENTITY_LISTS }) @IsIn(ENTITY_LISTS) list!: EntityList;

  @ApiProperty({ maxLength: REFERRAL_TEXT_MAX })
  @IsString()
  @Length(1, REFERRAL_TEXT_MAX)
  @IsNotBlank()
  reason!: string;

  @ApiPropertyOptional({ description: 'The referral whose outcome the listing follows' })
  @IsOptional()
  @IsString()
  @IsCode()
  referralId?: string;
}
