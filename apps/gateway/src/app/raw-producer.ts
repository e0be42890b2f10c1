import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Kafka, Message } from 'kafkajs';
import { Topic, VidxError } from '@vidx/contracts';
import { ensureTopics, RenewingProducer, topicConfigs, topicName, withRetries, type TopicLayout } from '@vidx/kafka';
import type { Logger } from '@vidx/observability';

class IngestUnavailableError extends VidxError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INGEST_UNAVAILABLE', message, true, options);
  }
}

/** The gateway's producer into videos.raw: connects in the background, acks=-1 on every send. */
export class RawProducer implements OnApplicationBootstrap, OnApplicationShutdown {
  private producer?: RenewingProducer;
  private connected = false;
  private closing = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly layout: TopicLayout,
    private readonly logger: Logger,
  ) {}

  isConnected(): boolean {
    return this.connected;
  }

  onApplicationBootstrap(): void {
    void withRetries(
      async () => {
        if (this.closing) return;
        const admin = this.kafka.admin();
        await admin.connect();
        try {
          await ensureTopics(admin, topicConfigs([Topic.Raw], this.layout));
        } finally {
          await admin.disconnect();
        }
        const producer = new RenewingProducer(this.kafka, this.logger);
        await producer.connect();
        this.producer = producer;
        this.connected = true;
        this.logger.info('connected to Kafka', { topic: topicName(Topic.Raw, this.layout.prefix) });
      },
      {
        retries: 1000,
        initialDelayInMs: 500,
        maxDelayInMs: 15_000,
        isRetriable: () => !this.closing,
        onRetry: (error, attempt) => this.logger.warn('Kafka connect failed, retrying', { error, attempt }),
      },
    ).catch((error) => this.logger.error('giving up connecting to Kafka', { error }));
  }

  async send(messages: Message[]): Promise<void> {
    if (!this.producer || !this.connected) {
      throw new IngestUnavailableError('not connected to Kafka yet: retry in a few seconds');
    }
    try {
      await this.producer.send({ topic: topicName(Topic.Raw, this.layout.prefix), acks: -1, messages });
    } catch (cause) {
      throw new IngestUnavailableError(`Kafka did not accept the documents: ${(cause as Error).message}`, { cause });
    }
  }

  async sendTombstone(topic: Topic, key: string): Promise<void> {
    if (!this.producer || !this.connected) throw new IngestUnavailableError('not connected to Kafka yet: retry in a few seconds');
    await this.producer.send({ topic: topicName(topic, this.layout.prefix), acks: -1, messages: [{ key, value: null }] });
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    this.connected = false;
    await this.producer?.disconnect();
  }
}
