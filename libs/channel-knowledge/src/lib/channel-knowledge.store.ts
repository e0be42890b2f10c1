import { randomUUID } from 'node:crypto';
import type { Consumer, ConsumerRunConfig, Kafka } from 'kafkajs';
import { ChannelKnowledge, type ChannelKnowledgeOptions, type KnowledgeRecord, type ObservedDocument } from '@vidx/boilerplate';
import { Header } from '@vidx/contracts';
import { ensureTopics, RenewingProducer, restartAfterFatalCrash, type TopicLayout } from '@vidx/kafka';
import type { Logger } from '@vidx/observability';
import { KnowledgeLoadTimeoutError, KnowledgeStoreStateError } from './errors';
import { decodeKnowledgeRecord, encodeKnowledgeRecord, knowledgeKey, knowledgeTopicConfig } from './knowledge-topic';

export interface ChannelKnowledgeStoreOptions {
  kafka: Kafka;
  layout: TopicLayout;
  logger: Logger;
  /** Thresholds and memory bounds of the in-memory knowledge (see ChannelKnowledge). */
  knowledge?: ChannelKnowledgeOptions;
  /**
   * A record is published once it holds this many document ids (default 2). Publishing every
   * one-off sentence would copy all editorial text into the topic forever; a segment seen twice by
   * one instance is a plausible footer. The price: with N instances, a channel's footer is learned
   * after a few more documents than minDocuments (each instance must see it twice first).
   */
  publishMinDocuments?: number;
  /** How long observations wait to be published together (default 250 ms). */
  flushIntervalInMs?: number;
  /** Most records per produce request; reaching it flushes at once (default 500). */
  maxBatchRecords?: number;
  /** Bound on reading the topic to its end at start-up (default 60 s). */
  loadTimeoutInMs?: number;
  /** Bound on the last flush at stop (default 10 s). */
  stopTimeoutInMs?: number;
  /**
   * Consumer group. Default: unique per instance (`<prefix>vidx-channel-knowledge-<uuid>`), so every
   * instance reads every partition from the beginning; nothing is committed, so it leaves no offsets.
   */
  groupId?: string;
}

/**
 * Learned channel boilerplate, durable and shared by every instance of the boilerplate remover
 * through a compacted Kafka topic.
 *
 * - start(): creates the topic if missing, reads it from the beginning up to the end offsets of
 *   that moment, and only then resolves (isReady() turns true); it keeps consuming afterwards, so
 *   what other instances learn arrives here within a flush interval.
 * - observe(doc): updates the local knowledge at once (the document being processed already
 *   benefits) and queues changed records; they are produced in batches with acks=-1.
 * - Convergence: records merge by capped set union (idempotent, commutative, associative). When a
 *   received record lacks ids this instance has (two instances published concurrently, so the
 *   newer value on the topic is not the union), the instance republishes its merged record; the
 *   newest value of every key therefore ends as the union, which is all compaction keeps.
 * - Restarts rebuild everything from the topic. Durability is best effort by design: a crash loses
 *   only the observations of the last flush interval, which the next documents of the channel
 *   make up for; documents themselves never wait for knowledge writes.
 */
export class ChannelKnowledgeStore {
  readonly knowledge: ChannelKnowledge;
  readonly topic: string;
  readonly groupId: string;
  private readonly log: Logger;
  private readonly publishMinDocuments: number;
  private readonly pending = new Map<string, KnowledgeRecord>();
  private consumer?: Consumer;
  private producer?: RenewingProducer;
  private flushTimer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  private state: 'new' | 'starting' | 'loaded' | 'stopped' = 'new';
  private crashed = false;
  /** While loading: keys whose received value lacked local ids, with the newest value read for them. */
  private readonly suspects = new Map<string, KnowledgeRecord>();
  /** Ends a load in progress when stop() comes first. */
  private abortLoad?: (error: Error) => void;

  constructor(private readonly options: ChannelKnowledgeStoreOptions) {
    this.knowledge = new ChannelKnowledge(options.knowledge);
    this.topic = knowledgeTopicConfig(options.layout).topic;
    this.groupId = options.groupId ?? `${options.layout.prefix}vidx-channel-knowledge-${randomUUID()}`;
    this.log = options.logger.child({ component: 'channel-knowledge', topic: this.topic });
    this.publishMinDocuments = options.publishMinDocuments ?? 2;
    if (!Number.isInteger(this.publishMinDocuments) || this.publishMinDocuments < 1) {
      throw new KnowledgeStoreStateError(`publishMinDocuments must be an integer ≥ 1 (got ${options.publishMinDocuments})`);
    }
  }


  /** True once the topic was read to its end, while the consumer runs. */
  isReady(): boolean {
    return this.state === 'loaded' && !this.crashed;
  }

  async start(): Promise<void> {
    if (this.state !== 'new') throw new KnowledgeStoreStateError(`start() called when ${this.state}; create a new store to start again`);
    this.state = 'starting';
    const started = Date.now();
    try {
      await this.load();
    } catch (error) {
      await this.stop();
      await this.disconnect(); // clients a load connected after an early stop() returned
      throw error;
    }
    this.state = 'loaded';
    for (const received of this.suspects.values()) this.republishIfAhead(received);
    this.suspects.clear();
    this.flushTimer = setInterval(() => void this.flush(), this.options.flushIntervalInMs ?? 250);
    this.flushTimer.unref();
    this.log.info('channel knowledge loaded', { ...this.knowledge.stats(), loadInMs: Date.now() - started });
  }

  /**
   * Learns from one document; its own channel's patterns include what it just taught. After stop()
   * (a chunk still finishing during shutdown) it learns locally only: failing would dead-letter a
   * good document for a shutdown.
   */
  observe(doc: ObservedDocument): void {
    const changed = this.knowledge.observe(doc);
    if (this.state === 'stopped') return;
    for (const record of changed) {
      if (record.docIds.length >= this.publishMinDocuments) this.enqueue(record);
    }
  }

  patternsFor(source: string | undefined): string[] {
    return this.knowledge.patternsFor(source);
  }

  /** Produces every queued record (acks=-1). Failed records stay queued for the next flush. */
  flush(): Promise<void> {
    this.flushing = this.flushing
      .then(() => this.flushNow())
      .catch((error: unknown) => this.log.error('channel knowledge flush failed', { error }));
    return this.flushing;
  }

  /** Publishes what is queued (bounded by stopTimeoutInMs) and disconnects. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    const wasRunning = this.state === 'loaded';
    this.state = 'stopped';
    this.abortLoad?.(new KnowledgeStoreStateError('stopped before the knowledge topic was read to its end'));
    if (this.flushTimer) clearInterval(this.flushTimer);
    if (wasRunning && this.pending.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), this.options.stopTimeoutInMs ?? 10_000);
      });
      const outcome = await Promise.race([this.flush().then(() => 'done' as const), timeout]);
      clearTimeout(timer);
      if (outcome === 'timeout' || this.pending.size > 0) {
        this.log.warn('stopped with unpublished channel knowledge; later documents will teach it again', { records: this.pending.size });
      }
    }
    await this.disconnect();
  }

  private async disconnect(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  private throwIfStopped(): void {
    if (this.state === 'stopped') throw new KnowledgeStoreStateError('stopped before the knowledge topic was read to its end');
  }

  private async load(): Promise<void> {
    const { kafka, layout } = this.options;
    const admin = kafka.admin();
    await admin.connect();
    let ends: Map<number, bigint>;
    try {
      const created = await ensureTopics(admin, [knowledgeTopicConfig(layout)]);
      if (created.length > 0) this.log.info('created topics', { topics: created });
      const offsets = await admin.fetchTopicOffsets(this.topic);
      // Only partitions holding records need reading; their high watermark is where "loaded" is.
      ends = new Map(offsets.filter((p) => BigInt(p.high) > BigInt(p.low)).map((p) => [p.partition, BigInt(p.high)]));
    } finally {
      await admin.disconnect();
    }

    this.throwIfStopped();
    this.producer = new RenewingProducer(kafka, this.log);
    await this.producer.connect();
    this.throwIfStopped();

    const consumer = kafka.consumer({ groupId: this.groupId, sessionTimeout: 30_000, heartbeatInterval: 3_000, maxBytesPerPartition: 1024 * 1024 });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, (e) => {
      this.crashed = !e.payload.restart;
      if (e.payload.restart) this.log.error('channel knowledge consumer crashed; kafkajs restarts it', { error: e.payload.error });
    });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.crashed = false;
    });

    let caughtUp!: () => void;
    const loaded = new Promise<void>((resolve, reject) => {
      caughtUp = resolve;
      this.abortLoad = reject;
    });
    if (ends.size === 0) caughtUp();

    await consumer.connect();
    await consumer.subscribe({ topics: [this.topic], fromBeginning: true });
    const run: ConsumerRunConfig = {
      autoCommit: false,
      eachBatch: async ({ batch, heartbeat }) => {
        for (const message of batch.messages) {
          if (message.value === null || message.key === null) continue; // never written; tolerated
          this.receive(message.key.toString(), message.value, batch.partition, message.offset);
        }
        const end = ends.get(batch.partition);
        if (end !== undefined && BigInt(batch.lastOffset()) + 1n >= end) {
          ends.delete(batch.partition);
          if (ends.size === 0) caughtUp();
        }
        await heartbeat();
      },
    };
    restartAfterFatalCrash(consumer, () => consumer.run(run), { logger: this.log, isStopping: () => this.state === 'stopped' });
    await consumer.run(run);

    const timeoutInMs = this.options.loadTimeoutInMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutInMs);
    });
    const outcome = await Promise.race([loaded.then(() => 'loaded' as const), timeout]).finally(() => clearTimeout(timer));
    this.abortLoad = undefined;
    if (outcome === 'timeout') throw new KnowledgeLoadTimeoutError(this.topic, timeoutInMs, [...ends.keys()]);
  }

  /** Merges one record from the topic; a bad one is logged and skipped (it cannot block the others). */
  private receive(key: string, value: Buffer, partition: number, offset: string): void {
    let record: KnowledgeRecord;
    try {
      record = decodeKnowledgeRecord(value);
    } catch (error) {
      this.log.warn('skipping an unusable channel knowledge record', { partition, offset, error });
      return;
    }
    this.knowledge.merge(record);
    if (this.state === 'starting') {
      // While the topic is replayed, a newer value of the same key often follows; decide at the end.
      if (this.suspects.has(key) || this.isAhead(record)) this.suspects.set(key, record);
      return;
    }
    this.republishIfAhead(record);
  }

  private isAhead(received: KnowledgeRecord): boolean {
    const local = this.knowledge.get(received.channel, received.segment);
    return local !== undefined && local.docIds.some((id) => !received.docIds.includes(id));
  }

  private republishIfAhead(received: KnowledgeRecord): void {
    const local = this.knowledge.get(received.channel, received.segment);
    if (local && local.docIds.some((id) => !received.docIds.includes(id))) this.enqueue(local);
  }

  private enqueue(record: KnowledgeRecord): void {
    this.pending.set(knowledgeKey(record.channel, record.segment), record);
    if (this.state === 'loaded' && this.pending.size >= (this.options.maxBatchRecords ?? 500)) void this.flush();
  }

  private async flushNow(): Promise<void> {
    const producer = this.producer;
    if (!producer || this.pending.size === 0) return;
    const max = this.options.maxBatchRecords ?? 500;
    while (this.pending.size > 0) {
      const batch = [...this.pending].slice(0, max);
      // Send the newest local value: it may have grown since it was queued.
      const messages = batch.map(([key, queued]) => {
        const record = this.knowledge.get(queued.channel, queued.segment) ?? queued;
        return { key, value: encodeKnowledgeRecord(record), headers: { [Header.SchemaVersion]: '1' } };
      });
      for (const [key] of batch) this.pending.delete(key);
      try {
        await producer.send({ topic: this.topic, acks: -1, messages });
      } catch (error) {
        // Put them back unless a newer value was queued meanwhile; the next flush retries.
        for (const [key, record] of batch) if (!this.pending.has(key)) this.pending.set(key, record);
        this.log.warn('publishing channel knowledge failed; will retry', { error, records: batch.length });
        return;
      }
    }
  }
}
