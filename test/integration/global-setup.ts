import { provideInfra, uniqueName } from '@vidx/testing';

/**
 * Once per `npm run test:integration`: real Kafka and Elasticsearch (see libs/testing), and a
 * topic prefix and index alias unique to this run so runs never see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const infra = await provideInfra(process.env, (line) => process.stderr.write(`[infra] ${line}\n`));
  process.env.KAFKA_BROKERS = infra.kafkaBrokers;
  process.env.ELASTICSEARCH_URL = infra.elasticsearchUrl;
  const run = uniqueName('it');
  process.env.VIDX_TOPIC_PREFIX = `${run}.`;
  process.env.ELASTICSEARCH_INDEX_ALIAS = `${run}-videos`;
  process.env.KAFKA_TOPIC_PARTITIONS = '2';
  (globalThis as { __vidxInfra?: typeof infra }).__vidxInfra = infra;
  process.stderr.write(`[infra] ${infra.mode}: Kafka ${infra.kafkaBrokers}, Elasticsearch ${infra.elasticsearchUrl} ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
