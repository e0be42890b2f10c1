import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { DynamicModule, INestApplication, LoggerService, Type } from '@nestjs/common';
import { loadConfig, type VidxConfig } from '@vidx/config';
import { createLogger, routeProcessWarnings, type Logger } from '@vidx/observability';
import { JsonReplyAdapter } from './json-reply-adapter';
import { NestJsonLogger } from './nest-logger';
import { createServiceContext, type ServiceContext } from './service.module';

/**
 * The Nest application of an app module, as every app creates it: JSON replies written by Node
 * (JsonReplyAdapter), no built-in body parser (the gateway installs its own, with limits and JSON
 * errors), errors thrown rather than the process aborted. Tests that serve a module create it here
 * too, so they run what the apps run.
 */
export function createNestApp(module: Type<unknown> | DynamicModule, logger: LoggerService | false): Promise<INestApplication> {
  return NestFactory.create(module, new JsonReplyAdapter(), { logger, bodyParser: false, abortOnError: false });
}

/**
 * Start-up shared by every app: validate the environment once (exit 1 with the reason if it is
 * wrong), create the Nest app with JSON logs, enable shutdown hooks, listen.
 */
export async function startApp(
  service: string,
  createModule: (context: ServiceContext) => Type<unknown> | DynamicModule,
  listen: (config: VidxConfig) => { host: string; port: number },
  configure?: (app: INestApplication, context: ServiceContext) => void,
): Promise<INestApplication> {
  let config: VidxConfig;
  let logger: Logger;
  try {
    config = loadConfig(process.env);
    logger = createLogger({ service, level: config.logLevel });
    routeProcessWarnings(logger);
  } catch (error) {
    process.stderr.write(`${service}: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const context = createServiceContext(service, config, logger);
  const app = await createNestApp(createModule(context), new NestJsonLogger(logger));
  app.enableShutdownHooks();
  // Graceful stop is bounded: the runner gives up on its batch after SHUTDOWN_TIMEOUT_MS; if
  // anything still holds the process a little later, exit anyway (uncommitted work is redelivered).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        logger.error('shutdown did not finish in time; exiting', { timeoutInMs: config.shutdownTimeoutInMs });
        process.exit(1);
      }, config.shutdownTimeoutInMs + 2000).unref();
    });
  }
  configure?.(app, context);
  const { host, port } = listen(config);
  await app.listen(port, host);
  logger.info('listening', { url: `http://${host}:${port}` });
  return app;
}

/** `bootstrap().catch(fail)`: log the reason as JSON and exit 1, never hang half-started. */
export function failStartup(service: string) {
  return (error: unknown) => {
    createLogger({ service }).error('start-up failed', { error });
    process.exit(1);
  };
}
