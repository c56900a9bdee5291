import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.tokens';
import { EVENT_STORE, EventStoreLifecycle, openEventStore } from './event-store/event-store.provider';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot()],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: EVENT_STORE, useFactory: () => openEventStore(config) },
        EventStoreLifecycle,
      ],
      exports: [EVENT_STORE, APP_CONFIG],
    };
  }
}
