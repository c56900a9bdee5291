import { UniqueItems } from '../common/unique-items';
import { FEED_ITEM_KINDS } from '@app/runtime';
import type { Stores } from '@app/runtime';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Public } from '../auth/auth.decorators';
import { STORES } from '../stores/stores.providers';
import { type FeedPage, readFeedPage } from './feed-page';

export class PublicFeedQueryDto {
  @ApiPropertyOptional({ description: 'the `next` of the previous page; 0 (default) reads from the start' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  after?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'comma-separated kinds (default: every kind)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @ArrayMaxSize(FEED_ITEM_KINDS.length)
  @UniqueItems()
  @IsIn(FEED_ITEM_KINDS, { each: true })
  kinds?: string[];
}

/** The public feed for systems that poll (docs/exchange.md): cursor paging over the log. */
@ApiTags('public')
@Controller('api/feeds/public')
export class PublicFeedController {
  constructor(@Inject(STORES) private readonly stores: Stores) {}

  @Public()
  @Get()
  page(@Query() query: PublicFeedQueryDto): Promise<FeedPage> {
    return readFeedPage(
      this.stores.events,
      query.after ?? 0,
      query.limit ?? 100,
      query.kinds ?? FEED_ITEM_KINDS,
    );
  }
}
