import { Kafka, logLevel, Partitioners, type LogEntry, type Producer, type ProducerConfig, type SASLOptions } from 'kafkajs';
import type { KafkaConfig } from '@vidx/config';
import type { Logger } from '@vidx/observability';
import { mendKafkaJs } from './request-queue-fix';

// Every process that talks to Kafka imports this module: mend kafkajs's request queue before any
// client connects (request-queue-fix.ts).
mendKafkaJs();

const LEVELS: Record<number, 'debug' | 'info' | 'warn' | 'error'> = {
  [logLevel.DEBUG]: 'debug',
  [logLevel.INFO]: 'info',
  [logLevel.WARN]: 'warn',
  [logLevel.ERROR]: 'error',
};

/**
 * kafkajs warnings that describe a choice vidx makes on purpose, logged at debug instead:
 * - producers are idempotent with a bounded number of retries, so that a send to a broker that is
 *   gone fails and the stage pauses and retries itself rather than hang; a resend after that can
 *   duplicate a message, which the at-least-once design absorbs (documents are written by id with
 *   versions, README "Guarantees"). kafkajs warns about it on every producer.
 */
const EXPECTED_WARNINGS = new Set(['Limiting retries for the idempotent producer may invalidate EoS guarantees']);

/** The level of a kafkajs log line in our log. */
export function kafkaLogLevel(level: number, message: string): 'debug' | 'info' | 'warn' | 'error' {
  if (level === logLevel.WARN && EXPECTED_WARNINGS.has(message)) return 'debug';
  return LEVELS[level] ?? 'info';
}

/** A kafkajs client whose own log lines go through our JSON logger (never the secrets). */
export function createKafka(config: KafkaConfig, logger: Logger, clientId = config.clientId): Kafka {
  return new Kafka({
    clientId,
    brokers: config.brokers,
    ssl: config.ssl,
    sasl: config.sasl as SASLOptions | undefined,
    connectionTimeout: 5000,
    requestTimeout: 30000,
    retry: { retries: 8, initialRetryTime: 300, maxRetryTime: 10000 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, label, log }: LogEntry) => {
        const { message, ...fields } = log;
        logger[kafkaLogLevel(level, message)](`kafkajs: ${message}`, { ...fields, kafkaLevel: label });
      },
  });
}

/**
 * The producer every vidx writer uses: idempotent with one request in flight (order kept across
 * retries), and kafkajs's default partitioner (murmur2, as the Java client) named explicitly: the
 * one it uses anyway, without its version-2 migration warning in every log.
 */
export function createProducer(kafka: Pick<Kafka, 'producer'>, config: Omit<ProducerConfig, 'idempotent' | 'maxInFlightRequests' | 'createPartitioner'> = {}): Producer {
  return kafka.producer({ ...config, idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
}
