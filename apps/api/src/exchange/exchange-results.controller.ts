import type { Actor, Stores } from '@app/runtime';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { IsCode } from '../common/field-rules';
import { STORES } from '../stores/stores.providers';
import { XLSX_TYPE, publicityCsv, publicityXlsx } from './publicity-files';
import { type PublicityPeriod, publicityRows } from './publicity-rows';
import { publicityPeriod } from './publicity-scope';

export class PublicityExportQueryDto {
  @ApiPropertyOptional({ description: 'first day of publication (YYYY-MM-DD, Beijing); required' })
  @IsOptional()
  @IsString()
  from?: string;

  @ApiPropertyOptional({ description: 'last day of publication; at most 366 days after from; required' })
  @IsOptional()
  @IsString()
  to?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @IsCode() departmentId?: string;
}

/**
 * Published results in the layout of the national enterprise credit publicity system's 抽查检查结果
 * (docs/exchange.md), for a county to hand over rather than type again: CSV and XLSX, streamed.
 */
@ApiTags('exchange')
@ApiBearerAuth()
@Controller('api/exchange')
export class ExchangeResultsController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  @Get('results.csv')
  @Roles('admin', 'auditor', 'supervisor', 'operator', 'head', 'principal')
  @ApiProduces('text/csv')
  async csv(
    @Query() query: PublicityExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const period = await publicityPeriod(this.stores, actor, query);
    await this.send(reply, period, 'csv', 'text/csv; charset=utf-8', publicityCsv);
  }

  @Get('results.xlsx')
  @Roles('admin', 'auditor', 'supervisor', 'operator', 'head', 'principal')
  @ApiProduces(XLSX_TYPE)
  async xlsx(
    @Query() query: PublicityExportQueryDto,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const period = await publicityPeriod(this.stores, actor, query);
    await this.send(reply, period, 'xlsx', XLSX_TYPE, publicityXlsx);
  }

  private async send(
    reply: FastifyReply,
    period: PublicityPeriod,
    extension: string,
    type: string,
    write: (rows: ReturnType<typeof publicityRows>) => Readable,
  ): Promise<void> {
    await reply
      .header('content-type', type)
      .header(
        'content-disposition',
        `attachment; filename="publicity-results-${period.from}-${period.to}.${extension}"`,
      )
      .header('cache-control', 'private, no-store')
      .send(write(publicityRows(this.stores, period)));
  }
}
