import { EventEmitter } from 'node:events';
import type { Consumer, Kafka, Producer, ProducerRecord } from 'kafkajs';
import { KafkaJSNonRetriableError, KafkaJSProtocolError } from 'kafkajs';
import { createLogger } from '@vidx/observability';
import { isFatalProducerError, RenewingProducer, restartAfterFatalCrash } from './resilience';

const lines: string[] = [];
const logger = createLogger({ service: 'test', level: 'debug', write: (line) => lines.push(line) });

/** kafkajs's own error for a broker's error code, as its protocol table describes it. */
const CODES: Record<string, number> = { OUT_OF_ORDER_SEQUENCE_NUMBER: 45, UNKNOWN_PRODUCER_ID: 59, NOT_LEADER_FOR_PARTITION: 6 };
function protocolError(type: keyof typeof CODES): Error {
  return new KafkaJSProtocolError({ type, code: CODES[type], retriable: false, message: 'from the broker' } as never);
}

describe('isFatalProducerError', () => {
  it('knows the errors after which an idempotent producer cannot send again, also as a cause', () => {
    expect(isFatalProducerError(protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER'))).toBe(true);
    expect(isFatalProducerError(protocolError('UNKNOWN_PRODUCER_ID'))).toBe(true);
    const cause = protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER');
    // As kafkajs's retrier wraps what it gives up on.
    expect(isFatalProducerError(new (KafkaJSNonRetriableError as unknown as new (e: Error, o: { cause: Error }) => Error)(cause, { cause }))).toBe(true);
  });

  it('leaves the errors a retry with the same producer recovers from', () => {
    expect(isFatalProducerError(protocolError('NOT_LEADER_FOR_PARTITION'))).toBe(false);
    expect(isFatalProducerError(new Error('Connection error: connect ECONNREFUSED'))).toBe(false);
    expect(isFatalProducerError(undefined)).toBe(false);
  });
});

/** Producers that fail their sends with the given errors, then succeed. */
function fakeKafka(failures: Array<Error | undefined>) {
  const made: Array<{ connects: number; disconnects: number; sent: ProducerRecord[] }> = [];
  const kafka = {
    producer: () => {
      const state = { connects: 0, disconnects: 0, sent: [] as ProducerRecord[] };
      made.push(state);
      return {
        connect: async () => {
          state.connects += 1;
        },
        disconnect: async () => {
          state.disconnects += 1;
        },
        send: async (record: ProducerRecord) => {
          await new Promise((resolve) => setImmediate(resolve));
          const failure = failures.shift();
          if (failure) throw failure;
          state.sent.push(record);
          return [];
        },
      } as unknown as Producer;
    },
  } as Pick<Kafka, 'producer'>;
  return { kafka, made };
}

const record: ProducerRecord = { topic: 't', messages: [{ value: 'v' }] };

describe('RenewingProducer', () => {
  it('replaces a producer whose sequence the broker rejects; the retried send goes through the new one', async () => {
    const { kafka, made } = fakeKafka([protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER')]);
    const producer = new RenewingProducer(kafka, logger);
    await producer.connect();
    await expect(producer.send(record)).rejects.toThrow('from the broker');
    await producer.send(record);
    expect(made).toHaveLength(2);
    expect(made[0]).toMatchObject({ connects: 1, disconnects: 1, sent: [] });
    expect(made[1]).toMatchObject({ connects: 1, disconnects: 0, sent: [record] });
  });

  it('keeps its producer through errors a retry recovers from', async () => {
    const { kafka, made } = fakeKafka([protocolError('NOT_LEADER_FOR_PARTITION'), new Error('ECONNREFUSED')]);
    const producer = new RenewingProducer(kafka, logger);
    await expect(producer.send(record)).rejects.toThrow();
    await expect(producer.send(record)).rejects.toThrow();
    await producer.send(record);
    expect(made).toHaveLength(1);
    expect(made[0].sent).toEqual([record]);
  });

  it('replaces the producer once when several sends in flight fail with it', async () => {
    const { kafka, made } = fakeKafka([protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER'), protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER'), protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER')]);
    const producer = new RenewingProducer(kafka, logger);
    const outcomes = await Promise.allSettled([producer.send(record), producer.send(record), producer.send(record)]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(made).toHaveLength(2);
    await producer.send(record);
    expect(made[1]).toMatchObject({ connects: 1, sent: [record] });
  });

  it('connects once for concurrent senders and does not replace a producer after disconnect', async () => {
    const { kafka, made } = fakeKafka([undefined, undefined, protocolError('OUT_OF_ORDER_SEQUENCE_NUMBER')]);
    const producer = new RenewingProducer(kafka, logger);
    await Promise.all([producer.send(record), producer.send(record)]);
    expect(made[0].connects).toBe(1);
    const last = producer.send(record);
    await producer.disconnect();
    await expect(last).rejects.toThrow();
    expect(made).toHaveLength(1);
  });
});

/** A consumer that can be crashed, and counts how it is brought back. */
function fakeConsumer(connectFailures = 0) {
  const emitter = new EventEmitter();
  const counts = { connects: 0 };
  const consumer = {
    events: { CRASH: 'consumer.crash' },
    on: (event: string, listener: (e: unknown) => void) => emitter.on(event, listener),
    connect: async () => {
      counts.connects += 1;
      if (counts.connects <= connectFailures) throw new Error('broker away');
    },
  } as unknown as Consumer;
  const crash = (restart: boolean) => emitter.emit('consumer.crash', { payload: { error: new Error('Failed to find group coordinator'), restart } });
  return { consumer, counts, crash };
}

/** Runs scheduled callbacks when asked, recording their delays. */
function manualScheduler() {
  const queue: Array<{ fn: () => void; ms: number }> = [];
  return {
    schedule: (fn: () => void, ms: number) => queue.push({ fn, ms }),
    queue,
    async runNext() {
      queue.shift()?.fn();
      for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('restartAfterFatalCrash', () => {
  it('connects and runs the consumer again after a crash kafkajs does not restart from', async () => {
    const { consumer, counts, crash } = fakeConsumer();
    const clock = manualScheduler();
    let runs = 0;
    let restarts = 0;
    restartAfterFatalCrash(consumer, async () => void (runs += 1), {
      logger,
      isStopping: () => false,
      onRestart: () => void (restarts += 1),
      schedule: clock.schedule,
      random: () => 1,
    });
    crash(false);
    expect(clock.queue.map((q) => q.ms)).toEqual([1000]);
    await clock.runNext();
    expect({ connects: counts.connects, runs, restarts }).toEqual({ connects: 1, runs: 1, restarts: 1 });
    expect(clock.queue).toHaveLength(0);
  });

  it('leaves the restarts kafkajs makes itself alone', () => {
    const { consumer, crash } = fakeConsumer();
    const clock = manualScheduler();
    restartAfterFatalCrash(consumer, async () => undefined, { logger, isStopping: () => false, schedule: clock.schedule });
    crash(true);
    expect(clock.queue).toHaveLength(0);
  });

  it('keeps trying with a growing, bounded delay while the broker is away', async () => {
    const { consumer, counts, crash } = fakeConsumer(3);
    const clock = manualScheduler();
    let runs = 0;
    restartAfterFatalCrash(consumer, async () => void (runs += 1), {
      logger,
      isStopping: () => false,
      backoff: { initialDelayInMs: 100, maxDelayInMs: 300 },
      schedule: clock.schedule,
      random: () => 1,
    });
    crash(false);
    const delays: number[] = [];
    while (clock.queue.length > 0) {
      delays.push(clock.queue[0].ms);
      await clock.runNext();
    }
    expect(delays).toEqual([100, 200, 300, 300]);
    expect({ connects: counts.connects, runs }).toEqual({ connects: 4, runs: 1 });
  });

  it('continues the backoff when the consumer crashes again within a minute, and starts over after', async () => {
    const { consumer, crash } = fakeConsumer();
    const clock = manualScheduler();
    let time = 0;
    restartAfterFatalCrash(consumer, async () => undefined, {
      logger,
      isStopping: () => false,
      backoff: { initialDelayInMs: 100, maxDelayInMs: 10_000 },
      schedule: clock.schedule,
      random: () => 1,
      now: () => time,
    });
    const delays: number[] = [];
    for (const at of [0, 5_000, 10_000, 100_000]) {
      time = at;
      crash(false);
      delays.push(clock.queue[0].ms);
      await clock.runNext();
    }
    expect(delays).toEqual([100, 200, 400, 100]);
  });

  it('does not restart a consumer whose owner is stopping', async () => {
    const { consumer, counts, crash } = fakeConsumer();
    const clock = manualScheduler();
    let stopping = false;
    restartAfterFatalCrash(consumer, async () => undefined, { logger, isStopping: () => stopping, schedule: clock.schedule });
    crash(false);
    stopping = true;
    await clock.runNext();
    expect(counts.connects).toBe(0);
  });
});
