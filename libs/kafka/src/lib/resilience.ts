import type { Consumer, Kafka, Producer, ProducerRecord, RecordMetadata } from 'kafkajs';
import type { Logger } from '@vidx/observability';
import { createProducer } from './client';
import { backoffDelay, type RetryOptions } from './retry';

export interface CrashRestartOptions {
  logger: Logger;
  /** True once the owner is shutting down: no restart is attempted then. */
  isStopping: () => boolean;
  /** Backoff between restart attempts (retries is ignored: it tries until it works or stops). */
  backoff?: Pick<RetryOptions, 'initialDelayInMs' | 'maxDelayInMs'>;
  /** Called before each restart attempt, e.g. to forget partitions paused on the crashed run. */
  onRestart?: () => void;
  /** Injected for tests; default setTimeout / Math.random. */
  schedule?: (fn: () => void, ms: number) => void;
  random?: () => number;
  now?: () => number;
}

/**
 * kafkajs restarts a crashed consumer only when the error is retriable. Some errors a broker
 * restart causes are not ("Failed to find group coordinator", tulios/kafkajs#1630): kafkajs then
 * disconnects the consumer and leaves it stopped for good while the process looks alive. This
 * restarts it in that case, on the same consumer (its subscriptions are kept): connect, then
 * `run` again, with backoff until it works or the owner stops.
 */
export function restartAfterFatalCrash(consumer: Consumer, run: () => Promise<void>, options: CrashRestartOptions): void {
  const backoff = { retries: 0, initialDelayInMs: 1000, maxDelayInMs: 30_000, ...options.backoff };
  const schedule = options.schedule ?? ((fn: () => void, ms: number) => void setTimeout(fn, ms).unref());
  const random = options.random ?? Math.random;
  const attempt = (n: number) => {
    schedule(() => {
      if (options.isStopping()) return;
      options.onRestart?.();
      consumer
        .connect()
        .then(run)
        .then(() => options.logger.info('consumer restarted after a crash kafkajs does not recover from', { attempt: n }))
        .catch((error: unknown) => {
          options.logger.warn('consumer restart failed, trying again', { error, attempt: n });
          attempt(n + 1);
        });
    }, backoffDelay(n, backoff, random));
  };
  // A crash within a minute of the last one continues its backoff: an error that comes back at
  // once (a sink refusing every write) restarts the consumer ever less often, not every second.
  const now = options.now ?? Date.now;
  let lastCrash = Number.NEGATIVE_INFINITY;
  let crashes = 0;
  consumer.on(consumer.events.CRASH, (e) => {
    if (e.payload.restart || options.isStopping()) return;
    crashes = now() - lastCrash < 60_000 ? crashes + 1 : 1;
    lastCrash = now();
    options.logger.error('consumer stopped by an error kafkajs does not restart after; restarting it', { error: e.payload.error, crashes });
    attempt(crashes);
  });
}

/**
 * Protocol errors after which an idempotent producer cannot send again: its producer id and
 * sequence numbers no longer match the broker's (seen after a broker restart while a send was in
 * flight, tulios/kafkajs#598). Only a new producer, with a new id, recovers.
 */
const FATAL_PRODUCER_ERRORS = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_EPOCH',
  'INVALID_PRODUCER_ID_MAPPING',
]);

/** Whether an error (or any error it was caused by) leaves its idempotent producer unusable. */
export function isFatalProducerError(error: unknown): boolean {
  for (let e = error as { type?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 10; depth += 1) {
    if (typeof e.type === 'string' && FATAL_PRODUCER_ERRORS.has(e.type)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/** The one operation vidx's writers need from a producer. */
export type Sender = Pick<Producer, 'send'>;

/**
 * The producer of a long-running writer: `createProducer`'s idempotent producer, replaced by a new
 * one when a send fails with an error it cannot recover from (`isFatalProducerError`). The failed
 * send still throws, so the caller's retry sends again, through the new producer (connected on
 * that send); the resend may duplicate messages the broker had already written, which the
 * at-least-once design absorbs.
 */
export class RenewingProducer implements Sender {
  private producer: Producer;
  private connected = false;
  private connecting?: Promise<void>;
  private closed = false;

  constructor(
    private readonly kafka: Pick<Kafka, 'producer'>,
    private readonly logger: Logger,
    private readonly config: Parameters<typeof createProducer>[1] = {},
  ) {
    this.producer = createProducer(kafka, config);
  }

  /** Connects the current producer; one attempt shared by concurrent callers. */
  connect(): Promise<void> {
    if (this.connected) return Promise.resolve();
    const producer = this.producer;
    const attempt = (this.connecting ??= producer
      .connect()
      .then(() => {
        if (this.producer === producer) this.connected = true;
      })
      .finally(() => {
        if (this.connecting === attempt) this.connecting = undefined;
      }));
    return attempt;
  }

  async send(record: ProducerRecord): Promise<RecordMetadata[]> {
    let producer: Producer;
    do {
      producer = this.producer;
      await this.connect();
    } while (producer !== this.producer); // replaced meanwhile: connect the new one
    try {
      return await producer.send(record);
    } catch (error) {
      if (isFatalProducerError(error)) this.replace(producer, error);
      throw error;
    }
  }

  /** Replaces `failed` once, however many sends saw it fail; it is closed in the background. */
  private replace(failed: Producer, error: unknown): void {
    if (this.closed || this.producer !== failed) return;
    this.logger.warn('the producer cannot send any more; replacing it with a new one', { error });
    this.producer = createProducer(this.kafka, this.config);
    this.connected = false;
    this.connecting = undefined;
    failed.disconnect().catch(() => undefined);
  }

  async disconnect(): Promise<void> {
    this.closed = true;
    await this.producer.disconnect();
  }
}
