import type { ChainVerification } from '@app/contract';
import { checkChain } from '@app/audit';
import type { Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { STORES } from '../stores/stores.providers';

export class AuditVerifyQueryDto {
  @ApiProperty({ description: 'A stream name, e.g. inspectionTask-<id>', example: 'inspectionTask-…' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  stream!: string;
}

/** Tamper evidence: checks a stream's hash chain against the events as stored. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class AuditController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  @Get('verify')
  @Roles('auditor', 'supervisor', 'admin')
  async verify(@Query() query: AuditVerifyQueryDto): Promise<ChainVerification> {
    const { verified, events, brokenLink } = await checkChain(this.stores.auditLog.readStream(query.stream));
    if (events === 0) throw ApiError.notFound('STREAM_NOT_FOUND', `No stream ${query.stream}`);
    return { stream: query.stream, verified, events, ...(brokenLink ? { brokenLink } : {}) };
  }
}
