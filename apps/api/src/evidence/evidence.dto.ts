import {
  EVIDENCE_KINDS,
  EVIDENCE_TARGET_KINDS,
  type EvidenceKind,
  type EvidenceTarget,
  MAX_EVIDENCE_NAME_LENGTH,
} from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCode } from '../common/field-rules';
import { MAX_EVIDENCE_BYTES } from './evidence-types';

const SHA256 = /^[0-9a-f]{64}$/;
const SHA256_MESSAGE = { message: 'must be the SHA-256 of the file, 64 lower-case hex digits' };

/** What the file belongs to: `kind` and the id(s) that kind needs. */
export class EvidenceTargetDto {
  @ApiProperty({ enum: EVIDENCE_TARGET_KINDS })
  @IsIn(EVIDENCE_TARGET_KINDS)
  kind!: EvidenceTarget['kind'];

  @ApiPropertyOptional({ description: 'result: the entity' })
  @ValidateIf((t: EvidenceTargetDto) => t.kind === 'result')
  @IsString()
  @IsCode()
  entityId?: string;

  @ApiPropertyOptional({ description: 'result: the department whose result it is' })
  @ValidateIf((t: EvidenceTargetDto) => t.kind === 'result')
  @IsString()
  @IsCode()
  departmentId?: string;

  @ApiPropertyOptional({ description: 'objection: its id' })
  @ValidateIf((t: EvidenceTargetDto) => t.kind === 'objection')
  @IsString()
  @Length(1, 100)
  objectionId?: string;

  @ApiPropertyOptional({ description: 'followUp: the id of a follow-up or a rectification result' })
  @ValidateIf((t: EvidenceTargetDto) => t.kind === 'followUp')
  @IsString()
  @Length(1, 100)
  followUpId?: string;

  @ApiPropertyOptional({ description: 'correction: the correction request’s id' })
  @ValidateIf((t: EvidenceTargetDto) => t.kind === 'correction')
  @IsString()
  @Length(1, 100)
  requestId?: string;
}

export class AttachEvidenceDto {
  @ApiProperty({ description: 'SHA-256 of an uploaded file (POST /api/evidence)' })
  @IsString()
  @Matches(SHA256, SHA256_MESSAGE)
  hash!: string;

  @ApiProperty({ enum: EVIDENCE_KINDS })
  @IsIn(EVIDENCE_KINDS)
  kind!: EvidenceKind;

  @ApiPropertyOptional({ maxLength: MAX_EVIDENCE_NAME_LENGTH })
  @IsOptional()
  @IsString()
  @Length(1, MAX_EVIDENCE_NAME_LENGTH)
  name?: string;

  @ApiProperty({ type: EvidenceTargetDto })
  @IsObject()
  @ValidateNested()
  @Type(() => EvidenceTargetDto)
  to!: EvidenceTargetDto;
}

/** A resumable upload, announced before its bytes (tus-like). */
export class BeginUploadDto {
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_EVIDENCE_BYTES) size!: number;

  @ApiProperty() @IsString() @Matches(SHA256, SHA256_MESSAGE) sha256!: string;

  @ApiProperty({ example: 'video/mp4' }) @IsString() @Length(3, 100) contentType!: string;
}

export class EvidenceDownloadQueryDto {
  @ApiProperty({ description: 'The task the file is attached to' })
  @IsString()
  @Length(1, 100)
  taskId!: string;
}

export class UploadQueryDto {
  @ApiPropertyOptional({
    description: 'The task the file is meant for: refused before any byte unless your department takes part',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  taskId?: string;
}

/** The target as the domain names it (the DTO validated the id its kind needs). */
export function targetOf(dto: EvidenceTargetDto): EvidenceTarget {
  switch (dto.kind) {
    case 'result':
      return { kind: 'result', entityId: dto.entityId!, departmentId: dto.departmentId! };
    case 'objection':
      return { kind: 'objection', objectionId: dto.objectionId! };
    case 'followUp':
      return { kind: 'followUp', followUpId: dto.followUpId! };
    case 'correction':
      return { kind: 'correction', requestId: dto.requestId! };
  }
}

export { SHA256 };
