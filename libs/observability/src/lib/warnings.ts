import type { Logger } from './logger';

/**
 * Sends Node process warnings through the JSON logger instead of free-form stderr lines. One is
 * dropped: kafkajs 2.2 (its last release) arms a 1 ms timer with a negative delay whenever its
 * request queue is idle, which Node 24 reports as TimeoutNegativeWarning; Node clamps the delay
 * to 1 ms exactly as kafkajs expects, so the warning carries no information.
 */
export function routeProcessWarnings(logger: Pick<Logger, 'warn'>): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name === 'TimeoutNegativeWarning') return;
    logger.warn(`node: ${warning.message}`, { warning: warning.name });
  });
}
