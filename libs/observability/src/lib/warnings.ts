import type { Logger } from './logger';

/**
 * Sends Node process warnings through the JSON logger instead of free-form stderr lines. A
 * TimeoutNegativeWarning is logged too: the one kafkajs 2.2.4 caused on every idle broker
 * connection is mended (@vidx/kafka, request-queue-fix.ts), so one now points at a real fault.
 */
export function routeProcessWarnings(logger: Pick<Logger, 'warn'>): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    logger.warn(`node: ${warning.message}`, { warning: warning.name });
  });
}
