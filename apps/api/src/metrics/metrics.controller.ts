import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { MetricsRegistry } from './metrics-registry';

/**
 * Prometheus exposition: requests, commands, and the process's own figures. Not anonymous: the
 * scraper sends a token of an administrator, supervisor or auditor (npm run cli -- token).
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsRegistry) {}

  @Roles('admin', 'supervisor', 'auditor')
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
