import { Client } from '@elastic/elasticsearch';
import { Kafka, logLevel } from 'kafkajs';
import { ensureIndex, indexTemplateName, registryAlias, registryTemplateName } from '@vidx/search';
import { eventually, uniqueName } from '@vidx/testing';
import { Registry } from 'prom-client';
import { StageMetrics, StageRunner, type StageDefinition } from '@vidx/kafka';
import { createLogger } from '@vidx/observability';

/** Clients for the servers chosen by global-setup, and clean-up of this run's topics/indices. */
export function testKafka(): Kafka {
  return new Kafka({ clientId: 'vidx-it', brokers: process.env.KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING });
}

export function testElasticsearch(): Client {
  return new Client({ node: process.env.ELASTICSEARCH_URL! });
}

export const prefix = () => process.env.VIDX_TOPIC_PREFIX!;
export const alias = () => process.env.ELASTICSEARCH_INDEX_ALIAS!;

export async function dropRunTopics(kafka: Kafka, topicPrefix: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(topicPrefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

export async function dropIndices(es: Client, indexAlias: string): Promise<void> {
  await es.indices.delete({ index: `${indexAlias}-v*`, ignore_unavailable: true, allow_no_indices: true });
  await es.indices.deleteIndexTemplate({ name: indexTemplateName(indexAlias) });
}

/** The videos indices and, where the indexer created it, the entity registry of a run's alias. */
export async function dropRunIndices(es: Client, indexAlias: string): Promise<void> {
  await dropIndices(es, indexAlias);
  await es.indices.delete({ index: `${registryAlias(indexAlias)}-v*`, ignore_unavailable: true, allow_no_indices: true });
  if (await es.indices.existsIndexTemplate({ name: registryTemplateName(indexAlias) })) {
    await es.indices.deleteIndexTemplate({ name: registryTemplateName(indexAlias) });
  }
}

/** Starts a runner and waits until it has joined its consumer group. */
export async function startAndJoin(runner: StageRunner): Promise<void> {
  await runner.start();
  await eventually(async () => (runner.isReady() ? true : undefined), 30_000, 'the runner to join its group');
}

/** After the describe block's tests: stops the runner and drops the run's topics. */
export function stopAndDropAfterAll(runner: StageRunner, kafka: Kafka, topicPrefix: string): void {
  afterAll(async () => {
    await runner.stop();
    await dropRunTopics(kafka, topicPrefix);
  }, 60_000);
}

/** A stage runner of the test's own definition on a real broker, quiet, under a run prefix. */
export function testStageRunner(kafka: Kafka, prefix: string, definition: StageDefinition, partitions: number): StageRunner {
  return new StageRunner({
    kafka,
    definition,
    layout: { prefix, partitions, replicationFactor: 1 },
    logger: createLogger({ service: 'it', level: 'error' }),
    metrics: new StageMetrics(new Registry()),
    shutdownTimeoutInMs: 10_000,
  });
}

/**
 * A videos index of its own for one describe block: created (template + aliases) before its
 * tests, dropped after them. The client connects lazily, so it can be made at describe time.
 */
export function useTestIndex(name: string): { es: Client; alias: string } {
  const es = testElasticsearch();
  const alias = uniqueName(name);
  beforeAll(async () => {
    await ensureIndex(es, alias);
  });
  afterAll(async () => {
    await dropIndices(es, alias);
    await es.close();
  });
  return { es, alias };
}
