import { DynamicModule, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createKafka, StageMetrics, StageRunner, withRetries, type StageDefinition } from '@vidx/kafka';
import { ServiceModule, type ServiceContext } from './service.module';
import { startApp, failStartup } from './bootstrap';

/** What a stage app gives: how to build its definition (may open clients, e.g. Elasticsearch). */
export type DefineStage = (context: ServiceContext, onShutdown: (fn: () => Promise<void>) => void) => StageDefinition | Promise<StageDefinition>;

const RUNNER_CONTEXT = Symbol('vidx:stage-context');
const DEFINE_STAGE = Symbol('vidx:define-stage');

@Injectable()
class StageRunnerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private runner?: StageRunner;
  private starting?: Promise<void>;
  private readonly cleanups: Array<() => Promise<void>> = [];
  private stopped = false;

  constructor(
    private readonly context: ServiceContext,
    private readonly define: DefineStage,
  ) {
    context.readiness.register('kafka-consumer', () => this.runner?.isReady() ?? false);
  }

  /** Starts in the background: /health answers at once, ready once the consumer joined. */
  onApplicationBootstrap(): void {
    const { config, logger } = this.context;
    // Registered once: a retried start must not register the same metrics again.
    const metrics = new StageMetrics(this.context.registry);
    this.starting = withRetries(
      async () => {
        if (this.stopped) return;
        const definition = await this.define(this.context, (fn) => this.cleanups.push(fn));
        const kafka = createKafka(config.kafka, logger, `${config.kafka.clientId}-${definition.name}`);
        const runner = new StageRunner({
          kafka,
          definition,
          layout: { prefix: config.kafka.topicPrefix, partitions: config.kafka.topicPartitions, replicationFactor: config.kafka.replicationFactor },
          logger,
          metrics,
          shutdownTimeoutInMs: config.shutdownTimeoutInMs,
        });
        try {
          await runner.start();
          this.runner = runner;
        } catch (error) {
          await runner.stop();
          throw error;
        }
      },
      {
        retries: 1000,
        initialDelayInMs: 500,
        maxDelayInMs: 15_000,
        isRetriable: () => !this.stopped,
        onRetry: (error, attempt) => logger.warn('stage start failed, retrying', { error, attempt }),
      },
    ).catch((error) => failStartup(this.context.service)(error));
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.stopped = true;
    this.context.logger.info('shutting down', { signal });
    await this.runner?.stop();
    for (const cleanup of this.cleanups) await cleanup();
  }
}

@Module({})
class StageModule {
  static forStage(context: ServiceContext, define: DefineStage): DynamicModule {
    return {
      module: StageModule,
      imports: [ServiceModule.forContext(context)],
      providers: [
        { provide: RUNNER_CONTEXT, useValue: context },
        { provide: DEFINE_STAGE, useValue: define },
        { provide: StageRunnerService, useFactory: (c: ServiceContext, d: DefineStage) => new StageRunnerService(c, d), inject: [RUNNER_CONTEXT, DEFINE_STAGE] },
      ],
    };
  }
}

/**
 * The whole main.ts of a stage app: health/metrics HTTP on HEALTH_PORT (or the stage's default
 * port), the runner consuming `definition.input`, graceful shutdown on SIGTERM/SIGINT.
 */
export function bootstrapStage(options: { service: string; defaultPort: number; define: DefineStage }): void {
  startApp(
    options.service,
    (context) => StageModule.forStage(context, options.define),
    (config) => ({ host: config.health.host, port: config.health.port || options.defaultPort }),
  ).catch(failStartup(options.service));
}
