import type { AppConfig } from '@app/runtime';
import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { HealthController } from './health/health.controller';
import { ProjectionsController } from './projections/projections.controller';
import { APP_CONFIG, STORES, StoresLifecycle, storesProvider } from './stores/stores.providers';

@Module({})
export class AppModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [CqrsModule.forRoot()],
      controllers: [HealthController, ProjectionsController],
      providers: [{ provide: APP_CONFIG, useValue: config }, storesProvider, StoresLifecycle],
      exports: [STORES, APP_CONFIG],
    };
  }
}
