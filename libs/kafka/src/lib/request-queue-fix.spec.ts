import { createRequire } from 'node:module';
import { kafkaJsRequestQueue, mendKafkaJs, MENDED_KAFKAJS_VERSION, scheduleCheckPendingRequests, type RequestQueueInternals } from './request-queue-fix';

const load = createRequire(__filename);
const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

type Queue = RequestQueueInternals & {
  push(request: { entry: object; expectResponse: boolean; sendRequest: () => void }): void;
  fulfillRequest(response: { correlationId: number; payload: Buffer; size: number }): void;
  maybeThrottle(ms: number): void;
  destroy(): void;
};

function queue(maxInFlightRequests = 1): Queue {
  const RequestQueue = kafkaJsRequestQueue() as unknown as new (options: object) => Queue;
  return new RequestQueue({ maxInFlightRequests, requestTimeout: 30_000, enforceRequestTimeout: false, clientId: 'test', broker: 'b:9092', logger: silent });
}

/** Sends a request through the queue; resolves when its sendRequest is called. */
function request(q: Queue, correlationId: number): Promise<void> {
  const entry = { correlationId, apiKey: 3, apiName: 'Metadata', apiVersion: 6, resolve: () => undefined, reject: () => undefined };
  return new Promise((sent) => q.push({ entry, expectResponse: true, sendRequest: () => sent() }));
}

const answer = (correlationId: number) => ({ correlationId, payload: Buffer.alloc(0), size: 0 });

describe('kafkajs request queue, mended', () => {
  const original = kafkaJsRequestQueue().prototype.scheduleCheckPendingRequests;
  afterEach(() => {
    kafkaJsRequestQueue().prototype.scheduleCheckPendingRequests = original;
  });

  it('is written for the installed kafkajs (check the mend against a new release before moving this)', () => {
    expect((load('kafkajs/package.json') as { version: string }).version).toBe(MENDED_KAFKAJS_VERSION);
    expect(mendKafkaJs()).toBe(true);
    expect(kafkaJsRequestQueue().prototype.scheduleCheckPendingRequests).toBe(scheduleCheckPendingRequests);
  });

  it('kafkajs as released arms a timer with a negative delay after an answer when nothing waits (the fault mended)', async () => {
    // The delays asked for are recorded; the timers run after 1 ms, as Node runs a negative one (without its warning).
    const realSetTimeout = global.setTimeout;
    const delays: number[] = [];
    const spy = jest.spyOn(global, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return realSetTimeout(fn, Math.max(ms ?? 0, 1));
    }) as typeof setTimeout);
    try {
      const q = queue();
      await request(q, 1);
      q.fulfillRequest(answer(1));
      expect(q.pending).toHaveLength(0);
      expect(q.throttleCheckTimeoutId).not.toBeNull();
      expect(delays.at(-1)).toBeLessThan(0);
      q.destroy();
    } finally {
      spy.mockRestore();
    }
  });

  it('arms no timer after an answer when nothing waits', async () => {
    mendKafkaJs();
    const q = queue();
    await request(q, 1);
    q.fulfillRequest(answer(1));
    expect(q.throttleCheckTimeoutId).toBeNull();
    q.destroy();
  });

  it('still sends a request that waited for the one in flight, when that one is answered', async () => {
    mendKafkaJs();
    const q = queue(1);
    await request(q, 1);
    const second = request(q, 2);
    expect(q.pending).toHaveLength(1);
    q.fulfillRequest(answer(1));
    await second;
    expect(q.pending).toHaveLength(0);
    q.fulfillRequest(answer(2));
    // The check the wait scheduled (10 ms) runs once and schedules no other.
    await new Promise((done) => setTimeout(done, 30));
    expect(q.throttleCheckTimeoutId).toBeNull();
    q.destroy();
  });

  it('sends a request held by a client-side throttle when the throttle ends, and then stops checking', async () => {
    mendKafkaJs();
    const q = queue(5);
    q.maybeThrottle(40);
    const started = Date.now();
    await request(q, 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
    q.fulfillRequest(answer(1));
    expect(q.throttleCheckTimeoutId).toBeNull();
    q.destroy();
  });
});
