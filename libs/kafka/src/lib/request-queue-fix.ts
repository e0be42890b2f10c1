import { createRequire } from 'node:module';

/** The kafkajs release whose RequestQueue this mends; another release is left alone (and a unit test says so). */
export const MENDED_KAFKAJS_VERSION = '2.2.4';
/** kafkajs's own interval for looking at waiting requests again (CHECK_PENDING_REQUESTS_INTERVAL). */
const CHECK_PENDING_INTERVAL_MS = 10;

/** What scheduleCheckPendingRequests uses of kafkajs's RequestQueue (src/network/requestQueue). */
export interface RequestQueueInternals {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

/**
 * kafkajs's scheduleCheckPendingRequests, mended. Each answer from a broker checks the connection's
 * queue of waiting requests, and the check schedules the next one. When no request waits and no
 * throttle holds, kafkajs 2.2.4 still schedules it, after `throttledUntil - Date.now()` ms: a
 * negative delay, which Node runs after 1 ms (and, since Node 23, warns about:
 * TimeoutNegativeWarning, tulios/kafkajs#1751). So every broker connection woke its process about a
 * thousand times a second for as long as it lived: 2–3% of a core per idle app here.
 *
 * This schedules a check only while something can come of it: requests wait (at the end of a
 * client-side throttle, else after kafkajs's 10 ms), or a throttle holds. A request that has to
 * wait schedules a check itself (push), and every answer checks the queue (fulfillRequest), as before.
 */
export function scheduleCheckPendingRequests(this: RequestQueueInternals): void {
  if (this.throttleCheckTimeoutId) return;
  const throttled = this.throttledUntil - Date.now();
  if (this.pending.length === 0 && throttled <= 0) return;
  this.throttleCheckTimeoutId = setTimeout(
    () => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    },
    throttled > 0 ? throttled : CHECK_PENDING_INTERVAL_MS,
  );
}

const load = createRequire(__filename);

/** kafkajs's RequestQueue class (an internal module: kafkajs has no `exports` map). */
export function kafkaJsRequestQueue(): { prototype: RequestQueueInternals } {
  return load('kafkajs/src/network/requestQueue') as { prototype: RequestQueueInternals };
}

/**
 * Puts the mended scheduleCheckPendingRequests into kafkajs's RequestQueue, once per process, when
 * the installed kafkajs is the release it was written for. Returns whether it is in place.
 */
export function mendKafkaJs(): boolean {
  const version = (load('kafkajs/package.json') as { version: string }).version;
  if (version !== MENDED_KAFKAJS_VERSION) return false;
  kafkaJsRequestQueue().prototype.scheduleCheckPendingRequests = scheduleCheckPendingRequests;
  return true;
}
