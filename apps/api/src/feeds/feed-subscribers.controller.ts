import { feedSubscriberDecider } from '@app/domain';
import type { DeadLetter, FeedDeliverer, SubscriberStatus } from '@app/projections';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { Roles } from '../auth/auth.decorators';
import type { CommandContext } from '../commands/command-context';
import { DecideCommand } from '../commands/decide.command';
import { Context } from '../commands/request-context';
import { ApiError } from '../common/api-error';
import { FeedDeliverers } from './feed-deliverers';

export class FeedCursorDto {
  @ApiProperty({ description: 'the next item delivered is the first after this log position' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  position!: number;
}

/** The administrator's view of the feed's push subscribers: their cursors and dead letters. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('api/feeds/subscribers')
export class FeedSubscribersController {
  constructor(
    private readonly deliverers: FeedDeliverers,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @Roles('admin')
  async list(): Promise<{ items: (SubscriberStatus & { deadLetters: number; storedCursor: number })[] }> {
    const items = [];
    for (const deliverer of this.deliverers.all()) {
      const id = deliverer.subscriber.id;
      items.push({
        ...deliverer.status(),
        storedCursor: await this.deliverers.records.cursor(id),
        deadLetters: (await this.deliverers.records.deadLetters(id)).items.length,
      });
    }
    return { items };
  }

  @Get(':id/dead-letters')
  @Roles('admin')
  async deadLetters(@Param('id') id: string): Promise<{ items: DeadLetter[]; dropped: number }> {
    this.subscriber(id);
    return this.deliverers.records.deadLetters(id);
  }

  /** Delivers a dead letter's item once more, now; it leaves the list once delivered. */
  @Post(':id/dead-letters/:itemId/replay')
  @HttpCode(200)
  @Roles('admin')
  async replay(
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @Context() context: CommandContext,
  ): Promise<{ delivered: boolean; error?: string }> {
    const deliverer = this.here(id);
    const letter = (await this.deliverers.records.deadLetters(id)).items.find((l) => l.itemId === itemId);
    if (!letter) throw ApiError.notFound('FEED_DEAD_LETTER_NOT_FOUND', `No dead letter ${itemId} for ${id}`);
    const outcome = await deliverer.replay(letter.position, itemId);
    await this.record(id, context, {
      kind: 'ReplayFeedDeadLetter',
      subscriberId: id,
      itemId,
      position: letter.position,
      delivered: outcome.delivered,
    });
    return outcome;
  }

  /**
   * Sets the cursor: delivery goes on with the first item after `position` (a replay when behind).
   * On an api that does not deliver (RUN_PROJECTIONS=false) the reset is written as a request that
   * the projector's deliverer applies before its next item, or within FEED_RESET_POLL_MS when idle.
   */
  @Post(':id/cursor')
  @HttpCode(200)
  @Roles('admin')
  async cursor(
    @Param('id') id: string,
    @Body() body: FeedCursorDto,
    @Context() context: CommandContext,
  ): Promise<{ position: number; previous: number }> {
    const deliverer = this.subscriber(id);
    const previous = this.deliverers.runsHere
      ? await deliverer.resetCursor(body.position)
      : await this.requestReset(id, body.position);
    await this.record(id, context, {
      kind: 'ResetFeedCursor',
      subscriberId: id,
      position: body.position,
      previous,
    });
    return { position: body.position, previous };
  }

  private record(
    id: string,
    context: CommandContext,
    command: Parameters<typeof feedSubscriberDecider.decide>[0],
  ): Promise<unknown> {
    return this.commands.execute(
      new DecideCommand(`feedSubscriber-${id}`, feedSubscriberDecider, command, context, {
        waitForReadModels: false,
      }),
    );
  }

  private async requestReset(id: string, position: number): Promise<number> {
    const previous = await this.deliverers.records.cursor(id);
    await this.deliverers.records.requestReset(id, position);
    return previous;
  }

  private subscriber(id: string): FeedDeliverer {
    const found = this.deliverers.get(id);
    if (!found) throw ApiError.notFound('FEED_SUBSCRIBER_NOT_FOUND', `No feed subscriber ${id}`);
    return found;
  }

  private here(id: string): FeedDeliverer {
    const found = this.subscriber(id);
    if (!this.deliverers.runsHere)
      throw new ApiError(
        409,
        'FEED_NOT_RUN_HERE',
        'Feed delivery runs in the process that runs the projections',
      );
    return found;
  }
}
