import 'reflect-metadata';
import { Controller, Get, Patch, Post, Put } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { withIdempotentWrites } from './idempotent-writes';

@Controller('things')
class ThingsController {
  @Get()
  list(): void {}

  @Post()
  create(): void {}

  @Put(':id')
  replace(): void {}

  @Patch(':id')
  amend(): void {}
}

const interceptorsOf = (name: keyof ThingsController): unknown =>
  Reflect.getMetadata(INTERCEPTORS_METADATA, ThingsController.prototype[name]);

describe('withIdempotentWrites', () => {
  it('puts the idempotency interceptor on every write route and on no read, once', () => {
    withIdempotentWrites([ThingsController]);
    withIdempotentWrites([ThingsController]);
    for (const write of ['create', 'replace', 'amend'] as const) {
      expect(interceptorsOf(write)).toEqual([IdempotencyInterceptor]);
    }
    expect(interceptorsOf('list')).toBeUndefined();
  });
});
