import { randomUUID } from 'node:crypto';
import type { Consumer, ConsumerRunConfig, IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { CompressionTypes } from 'kafkajs';
import { errorCode, Header, isRetriable, VidxError, type Topic } from '@vidx/contracts';
import type { Logger } from '@vidx/observability';
import { deadLetterMessage, headerString, type DeadLetter } from './dead-letter';
import { mapConcurrent } from './map-concurrent';
import { RenewingProducer, restartAfterFatalCrash, type Sender } from './resilience';
import type { StageMetrics } from './metrics';
import { DEFAULT_RETRY, withRetries, type RetryOptions } from './retry';
import type { Sink, SinkFailure, SourcePosition, StageDefinition, StageOutput, StageResult } from './stage';
import { dlqName, ensureTopics, topicConfigs, topicName, type TopicLayout } from './topics';

export interface StageRunnerOptions {
  kafka: Kafka;
  definition: StageDefinition;
  layout: TopicLayout;
  logger: Logger;
  metrics: StageMetrics;
  /** Consumer group; defaults to `vidx-<stage name>` (prefixed like the topics). */
  groupId?: string;
  retry?: RetryOptions;
  /** Messages processed and acknowledged together before their offsets are resolved. */
  chunkSize?: number;
  /** Pure-function failures that are not VidxErrors are tried this often before the DLQ. */
  processAttempts?: number;
  shutdownTimeoutInMs: number;
  /** While a partition is paused for an unavailable output, how often to check it again. */
  pauseProbeIntervalInMs?: number;
}

/** Produces records to a topic and resolves when the brokers acknowledged them all (acks=-1). */
export class TopicSink implements Sink {
  constructor(
    private readonly producer: Sender,
    private readonly topic: string,
  ) {}

  async write(records: StageOutput[], headers: IHeaders[]): Promise<SinkFailure[]> {
    if (records.length === 0) return [];
    await this.producer.send({
      topic: this.topic,
      acks: -1,
      compression: CompressionTypes.None,
      messages: records.map((r, i) => ({
        key: r.key,
        value: r.value === null ? null : JSON.stringify(r.value),
        headers: headers[i],
      })),
    });
    return [];
  }
}

/**
 * Runs one pipeline stage: consumes its input topic in a consumer group, applies the stage's pure
 * function, writes the outputs, dead-letters what cannot be processed, and only then resolves and
 * commits the offsets (at-least-once). Per-partition order is kept: a partition's messages are
 * handled one chunk after another, in offset order.
 */
export class StageRunner {
  private consumer?: Consumer;
  private producer?: RenewingProducer;
  private sink?: Sink;
  private ready = false;
  private readonly paused = new Set<string>();
  private stopping = false;
  private readonly retry: RetryOptions;
  private readonly log: Logger;

  constructor(private readonly options: StageRunnerOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.log = options.logger.child({ stage: options.definition.name });
  }

  get inputTopic(): string {
    return topicName(this.options.definition.input, this.options.layout.prefix);
  }

  get groupId(): string {
    return this.options.groupId ?? `${this.options.layout.prefix}vidx-${this.options.definition.name}`;
  }

  /** Joined its group, not stopping, and no partition paused for an unavailable output. */
  isReady(): boolean {
    return this.ready && !this.stopping && this.paused.size === 0;
  }

  /**
   * The output (Elasticsearch, the broker) stayed unavailable through the bounded retries: stop
   * fetching this partition instead of crashing the consumer, rewind to the first message not yet
   * written (kafkajs commits that position: everything before it is written), and resume once the
   * output answers again. Nothing is buffered meanwhile, so memory stays flat however long it lasts.
   */
  private pauseUntilHealthy(topic: string, partition: number, offset: string, error: unknown): void {
    const consumer = this.consumer;
    if (!consumer) return;
    const key = `${topic}:${partition}`;
    this.paused.add(key);
    consumer.pause([{ topic, partitions: [partition] }]);
    consumer.seek({ topic, partition, offset });
    this.log.warn('output unavailable: partition paused', { topic, partition, offset, error });
    const interval = this.options.pauseProbeIntervalInMs ?? 5000;
    const probe = async () => {
      if (this.stopping) return;
      const healthy = this.sink?.healthy ? await this.sink.healthy().catch(() => false) : true;
      if (!healthy) {
        setTimeout(probe, interval).unref();
        return;
      }
      this.paused.delete(key);
      try {
        consumer.resume([{ topic, partitions: [partition] }]);
        this.log.info('output available again: partition resumed', { topic, partition, offset });
      } catch (error) {
        // The consumer is restarting after a crash: it starts over unpaused from the committed offsets.
        this.log.debug('partition not resumed: the consumer is not running', { topic, partition, error });
      }
    };
    setTimeout(probe, interval).unref();
  }

  async start(): Promise<void> {
    const { kafka, definition, layout } = this.options;
    const admin = kafka.admin();
    await admin.connect();
    try {
      const topics: Topic[] = [definition.input];
      if (typeof definition.output === 'string') topics.push(definition.output);
      const created = await ensureTopics(admin, topicConfigs(topics, layout));
      if (created.length > 0) this.log.info('created topics', { topics: created });
    } finally {
      await admin.disconnect();
    }

    this.producer = new RenewingProducer(kafka, this.log);
    await this.producer.connect();
    this.sink =
      typeof definition.output === 'string'
        ? new TopicSink(this.producer, topicName(definition.output, layout.prefix))
        : definition.output.sink;

    const fetch = definition.fetch ?? {};
    const consumer = kafka.consumer({
      groupId: this.groupId,
      // A member that dies without leaving (kill -9, a lost host) holds its partitions until this
      // expires: 10 s keeps that pause short. The runner heartbeats between chunks and while
      // retrying, so a live member never goes that long without one.
      sessionTimeout: 10_000,
      heartbeatInterval: 2_000,
      maxBytesPerPartition: fetch.maxBytesPerPartition ?? 1024 * 1024,
      ...(fetch.minBytes !== undefined ? { minBytes: fetch.minBytes } : {}),
      ...(fetch.maxWaitTimeInMs !== undefined ? { maxWaitTimeInMs: fetch.maxWaitTimeInMs } : {}),
      retry: { retries: 10 },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, (e) => {
      this.ready = true;
      this.log.info('joined consumer group', { groupId: this.groupId, assignment: e.payload.memberAssignment });
    });
    consumer.on(consumer.events.CRASH, (e) => {
      this.ready = false;
      // kafkajs restarts it after a retriable error; restartAfterFatalCrash (below) after any other.
      if (e.payload.restart) this.log.error('consumer crashed; kafkajs restarts it', { error: e.payload.error });
    });
    consumer.on(consumer.events.STOP, () => {
      this.ready = false;
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [this.inputTopic], fromBeginning: true });
    const run: ConsumerRunConfig = {
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: Math.max(1, layout.partitions),
      eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
        const chunkSize = definition.chunkSize ?? this.options.chunkSize ?? 100;
        for (let i = 0; i < batch.messages.length; i += chunkSize) {
          if (!isRunning() || isStale()) return;
          const chunk = batch.messages.slice(i, i + chunkSize);
          try {
            await this.handleChunk(batch.topic, batch.partition, chunk, heartbeat);
          } catch (error) {
            if (!isRetriable(error) || this.stopping) throw error;
            this.pauseUntilHealthy(batch.topic, batch.partition, chunk[0].offset, error);
            return;
          }
          // Only now, with every output acknowledged and every failure dead-lettered, may the
          // offsets move: a crash before this line means redelivery, never loss.
          resolveOffset(chunk[chunk.length - 1].offset);
          await commitOffsetsIfNecessary();
          await heartbeat();
        }
      },
    };
    restartAfterFatalCrash(consumer, () => consumer.run(run), {
      logger: this.log,
      isStopping: () => this.stopping,
      // A restarted consumer starts unpaused, from the committed offsets.
      onRestart: () => this.paused.clear(),
    });
    await consumer.run(run);
  }

  private async handleChunk(topic: string, partition: number, chunk: KafkaMessage[], heartbeat: () => Promise<void>): Promise<void> {
    const { definition, metrics } = this.options;
    const timer = metrics.batchSeconds.startTimer({ stage: definition.name });
    const outputs: StageOutput[] = [];
    const outputHeaders: IHeaders[] = [];
    const outputSource: number[] = [];
    const outputPositions: SourcePosition[] = [];
    const letters: Array<{ message: KafkaMessage; letter: DeadLetter }> = [];
    const lettered = new Set<number>();
    const produced = new Set<number>();

    // The stage function may run concurrently (e.g. on a worker pool); outputs stay in offset order.
    const outcomes = await mapConcurrent(chunk, definition.concurrency ?? 1, (message) => this.processOne(message));
    for (let m = 0; m < chunk.length; m += 1) {
      const message = chunk[m];
      const outcome = outcomes[m];
      const traceId = headerString(message.headers, Header.TraceId) ?? randomUUID();
      if ('letter' in outcome) {
        letters.push({ message, letter: outcome.letter });
        lettered.add(m);
        continue;
      }
      for (const output of outcome.result.outputs) {
        outputs.push(output);
        outputHeaders.push({ [Header.TraceId]: traceId, [Header.SchemaVersion]: '1' });
        outputSource.push(m);
        outputPositions.push({ topic, partition, offset: message.offset });
        produced.add(m);
      }
      for (const rejection of outcome.result.rejected) {
        letters.push({ message, letter: { code: rejection.code, reason: rejection.reason, item: rejection.item, attempts: outcome.attempts } });
        lettered.add(m);
      }
    }

    const sink = this.sink;
    if (!sink) throw new Error('the stage runner was not started');
    const failures = await withRetries(() => sink.write(outputs, outputHeaders, outputPositions), {
      ...this.retry,
      onRetry: (error, attempt, delay) => {
        metrics.retries.inc({ stage: definition.name, operation: 'write' });
        this.log.warn('output write failed, retrying', { error, attempt, delayInMs: delay });
        // Retrying can outlast the session timeout; keep the group membership meanwhile.
        heartbeat().catch(() => undefined);
      },
    });
    for (const failure of failures) {
      const m = outputSource[failure.index];
      letters.push({ message: chunk[m], letter: { code: failure.code, reason: failure.reason, attempts: 1 } });
      lettered.add(m);
    }

    if (letters.length > 0) await this.deadLetter(topic, partition, letters);

    const partial = [...lettered].filter((m) => produced.has(m)).length;
    metrics.outputs.inc({ stage: definition.name }, outputs.length - failures.length);
    metrics.messages.inc({ stage: definition.name, outcome: 'dead_lettered' }, lettered.size - partial);
    metrics.messages.inc({ stage: definition.name, outcome: 'partially_dead_lettered' }, partial);
    metrics.messages.inc({ stage: definition.name, outcome: 'ok' }, chunk.length - lettered.size);
    timer();
  }

  /**
   * Applies the stage function to one message. A VidxError knows whether it is worth retrying: a
   * retriable one (infrastructure trouble) is thrown so nothing is committed and the batch is
   * redelivered; a permanent one is dead-lettered. Any other error from a pure function is a bug
   * or unforeseen data: it gets `processAttempts` tries, then the DLQ, so it never blocks the stage.
   */
  private async processOne(message: KafkaMessage): Promise<{ result: StageResult; attempts: number } | { letter: DeadLetter }> {
    const attempts = this.options.processAttempts ?? 2;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await this.options.definition.process({ key: message.key, value: message.value, headers: message.headers });
        return { result, attempts: attempt };
      } catch (error) {
        if (error instanceof VidxError && error.retriable) throw error;
        if (!(error instanceof VidxError) && attempt < attempts) continue;
        const reason = error instanceof Error ? error.message : String(error);
        return { letter: { code: errorCode(error), reason, attempts: attempt } };
      }
    }
  }

  private async deadLetter(topic: string, partition: number, letters: Array<{ message: KafkaMessage; letter: DeadLetter }>): Promise<void> {
    const { definition, layout } = this.options;
    const now = new Date().toISOString();
    const messages = letters.map(({ message, letter }) => {
      this.log.warn('dead-lettering message', {
        code: letter.code,
        reason: letter.reason,
        item: letter.item,
        topic,
        partition,
        offset: message.offset,
        traceId: headerString(message.headers, Header.TraceId),
      });
      return deadLetterMessage(
        { topic, partition, offset: message.offset, key: message.key, value: message.value, headers: message.headers },
        letter,
        definition.name,
        now,
      );
    });
    const producer = this.producer;
    if (!producer) throw new Error('the stage runner was not started');
    await withRetries(
      async () => {
        await producer.send({ topic: dlqName(definition.input, layout.prefix), acks: -1, messages });
      },
      { ...this.retry, isRetriable: () => true },
    );
  }

  /**
   * Graceful stop: kafkajs finishes the chunk in flight (its offsets are resolved only if it
   * completed), commits what was resolved, leaves the group; bounded by shutdownTimeoutInMs.
   */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const work = (async () => {
      await this.consumer?.disconnect();
      await this.producer?.disconnect();
    })();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.shutdownTimeoutInMs);
    });
    const outcome = await Promise.race([work.then(() => 'done' as const), timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.log.warn('shutdown timed out; uncommitted messages will be redelivered', {
        timeoutInMs: this.options.shutdownTimeoutInMs,
      });
    }
  }
}
