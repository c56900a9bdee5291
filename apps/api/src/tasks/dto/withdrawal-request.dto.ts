import { ENTITY_WITHDRAWAL_REASONS, type EntityWithdrawalReason } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { IsCode, IsNotBlank } from '../../common/field-rules';

export class WithdrawalRequestDto {
  @ApiProperty() @IsString() @IsCode() entityId!: string;

  @ApiProperty({ enum: ENTITY_WITHDRAWAL_REASONS })
  @IsIn(ENTITY_WITHDRAWAL_REASONS)
  reason!: EntityWithdrawalReason;

  @ApiProperty()
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  note!: string;
}
