import type { DrawBeaconPolicy } from '@app/contract';
import { BEACON_SOURCES } from '@app/domain';
import type { AppConfig } from '@app/runtime';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG } from '../stores/stores.providers';

/** The deployment's beacon policy, for the task initiation form (any signed-in official). */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/draw-beacons')
export class DrawBeaconsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  policy(): DrawBeaconPolicy {
    const { sources, withoutBeacon } = this.config.beaconPolicy;
    return {
      withoutBeacon,
      sources: sources.flatMap((id) => (BEACON_SOURCES[id] ? [BEACON_SOURCES[id]] : [])),
    };
  }
}
