import type { DrawLedgerEntryView, DrawLedgerVoidAnswer, Page } from '@app/contract';
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import type { CommandContext } from '../commands/command-context';
import { Context } from '../commands/request-context';
import { DrawLedgerEntries } from './draw-ledger-entries';
import { DrawLedgerQueryDto, VoidDrawLedgerEntryDto } from './draw-ledger.dto';
import { DrawLedgerVoids, type VoidTarget } from './draw-ledger-voids';

/**
 * The draw ledger (ADR 44): read by those who answer for the deployment; an entry that does not
 * recompute, and so stops every draw (500 DRAW_LEDGER_MISMATCH), voided by an administrator.
 */
@ApiTags('draw-ledger')
@ApiBearerAuth()
@Controller('api/draw-ledger')
export class DrawLedgerController {
  constructor(
    private readonly entries: DrawLedgerEntries,
    private readonly voids: DrawLedgerVoids,
  ) {}

  /** Entries newest first, each recorded, pending or void. */
  @Get()
  @Roles('admin', 'supervisor', 'auditor')
  list(@Query() query: DrawLedgerQueryDto): Promise<Page<DrawLedgerEntryView>> {
    return this.entries.page(
      query.cursor === undefined ? undefined : Number(query.cursor),
      query.limit ?? 20,
    );
  }

  /**
   * Voids the last entry when it does not recompute (409 otherwise): nothing was drawn; draws go
   * on, and its task may draw again. The void is an event of the log, public to auditors.
   */
  @Post('voids')
  @HttpCode(201)
  @Roles('admin')
  void(
    @Body() body: VoidDrawLedgerEntryDto,
    @Context() context: CommandContext,
  ): Promise<DrawLedgerVoidAnswer> {
    const target: VoidTarget =
      body.sequence !== undefined
        ? {
            sequence: body.sequence,
            ...(body.taskId !== undefined ? { taskId: body.taskId } : {}),
            ...(body.drawId !== undefined ? { drawId: body.drawId } : {}),
          }
        : { taskId: body.taskId!, drawId: body.drawId! };
    return this.voids.void(target, body.reason, context);
  }
}
