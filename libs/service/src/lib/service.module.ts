import { DynamicModule, Global, Module } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { VidxConfig } from '@vidx/config';
import type { Logger } from '@vidx/observability';
import { HealthController } from './health.controller';
import { Readiness } from './readiness';
import { CONFIG, LOGGER, METRICS_REGISTRY, READINESS, SERVICE_NAME } from './service.constants';

export interface ServiceContext {
  service: string;
  config: VidxConfig;
  logger: Logger;
  registry: Registry;
  readiness: Readiness;
}

export function createServiceContext(service: string, config: VidxConfig, logger: Logger): ServiceContext {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return { service, config, logger, registry, readiness: new Readiness() };
}

/** What every vidx app has: config, logger, metrics registry, readiness, /health and /metrics. */
@Global()
@Module({})
export class ServiceModule {
  static forContext(context: ServiceContext): DynamicModule {
    return {
      module: ServiceModule,
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_NAME, useValue: context.service },
        { provide: CONFIG, useValue: context.config },
        { provide: LOGGER, useValue: context.logger },
        { provide: METRICS_REGISTRY, useValue: context.registry },
        { provide: READINESS, useValue: context.readiness },
      ],
      exports: [SERVICE_NAME, CONFIG, LOGGER, METRICS_REGISTRY, READINESS],
    };
  }
}
