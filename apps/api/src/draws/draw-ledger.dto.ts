import { DRAW_LEDGER_VOID_REASON_MAX } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { IsCode, IsNotBlank } from '../common/field-rules';

/** Revisions of the ledger stream: far beyond any number of draws, within a safe integer. */
const MAX_SEQUENCE = 2_147_483_647;

/** The entry to void, by its sequence or by its task and draw id, and why (ADR 44). */
export class VoidDrawLedgerEntryDto {
  @ApiPropertyOptional({ description: "The entry's sequence (GET /api/draw-ledger); or taskId and drawId" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SEQUENCE)
  sequence?: number;

  @ApiPropertyOptional({ description: "The entry's task (with drawId), when no sequence is given" })
  @ValidateIf((dto: VoidDrawLedgerEntryDto) => dto.sequence === undefined || dto.taskId !== undefined)
  @IsString()
  @IsCode()
  taskId?: string;

  @ApiPropertyOptional({ description: "The entry's drawId (with taskId), when no sequence is given" })
  @ValidateIf((dto: VoidDrawLedgerEntryDto) => dto.sequence === undefined || dto.drawId !== undefined)
  @IsString()
  @Length(1, 1_000_000)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'drawId must be a draw id (base64url)' })
  drawId?: string;

  @ApiProperty({ description: 'Why the entry is voided: what the operators found', maxLength: 1000 })
  @IsString()
  @Length(1, DRAW_LEDGER_VOID_REASON_MAX)
  @IsNotBlank()
  reason!: string;
}

/** A page of the ledger, newest entry first. */
export class DrawLedgerQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,10}$/, { message: 'cursor must be the nextCursor of a page' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
