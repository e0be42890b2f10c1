import { findRepoRoot, infraDown, infraUp, testInstance, type StackOptions } from '@vidx/local-stack';

/**
 * Real Kafka and Elasticsearch for integration tests, chosen by one setting, VIDX_TEST_INFRA:
 * - `local` (default): the project's JVM stack from Maven Central, as a separate `test` instance
 *   (ports 19092/19200) so it runs beside a developer's `vidx stack`;
 * - `env`: the servers at KAFKA_BROKERS and ELASTICSEARCH_URL, used as they are;
 * - `containers`: testcontainers starts them from images (VIDX_KAFKA_IMAGE, VIDX_ELASTICSEARCH_IMAGE).
 * Nothing here is a mock or an in-memory fake.
 */
export type InfraMode = 'local' | 'env' | 'containers';

export interface TestInfra {
  mode: InfraMode;
  kafkaBrokers: string;
  elasticsearchUrl: string;
  stop(): Promise<void>;
}

export const DEFAULT_KAFKA_IMAGE = 'apache/kafka:4.4.0';
export const DEFAULT_ELASTICSEARCH_IMAGE = 'docker.elastic.co/elasticsearch/elasticsearch:8.19.21';

export function infraMode(env: NodeJS.ProcessEnv): InfraMode {
  const mode = env.VIDX_TEST_INFRA ?? 'local';
  if (mode !== 'local' && mode !== 'env' && mode !== 'containers') {
    throw new Error(`VIDX_TEST_INFRA="${mode}" is not one of local, env, containers`);
  }
  return mode;
}

export async function provideInfra(env: NodeJS.ProcessEnv, log: (line: string) => void = () => undefined): Promise<TestInfra> {
  const mode = infraMode(env);
  if (mode === 'env') {
    if (!env.KAFKA_BROKERS || !env.ELASTICSEARCH_URL) {
      throw new Error('VIDX_TEST_INFRA=env needs KAFKA_BROKERS and ELASTICSEARCH_URL');
    }
    return { mode, kafkaBrokers: env.KAFKA_BROKERS, elasticsearchUrl: env.ELASTICSEARCH_URL, stop: async () => undefined };
  }
  if (mode === 'containers') return startContainers(env);

  const instance = testInstance(env);
  const { KAFKA_BROKERS: _k, ELASTICSEARCH_URL: _e, ...rest } = env;
  const options: StackOptions = { root: findRepoRoot(__dirname), instance, env: rest, log };
  await infraUp(options);
  return {
    mode,
    kafkaBrokers: `127.0.0.1:${instance.kafkaPort}`,
    elasticsearchUrl: `http://127.0.0.1:${instance.elasticsearchPort}`,
    stop: () => infraDown(options),
  };
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startContainers(env: NodeJS.ProcessEnv): Promise<TestInfra> {
  const { GenericContainer, Wait } = await import('testcontainers');
  // Kafka tells clients where to connect (advertised listener), so the host port must be known
  // before the broker starts: bind a free port explicitly instead of a random mapping.
  const kafkaHostPort = await freePort();
  const kafka = await new GenericContainer(env.VIDX_KAFKA_IMAGE ?? DEFAULT_KAFKA_IMAGE)
    .withExposedPorts({ container: 9092, host: kafkaHostPort })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://localhost:${kafkaHostPort}`,
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .start();

  const elasticsearch = await new GenericContainer(env.VIDX_ELASTICSEARCH_IMAGE ?? DEFAULT_ELASTICSEARCH_IMAGE)
    .withExposedPorts(9200)
    .withEnvironment({ 'discovery.type': 'single-node', 'xpack.security.enabled': 'false', ES_JAVA_OPTS: '-Xms1g -Xmx1g' })
    .withWaitStrategy(Wait.forHttp('/_cluster/health?wait_for_status=yellow', 9200).forStatusCode(200))
    .start();
  return {
    mode: 'containers',
    kafkaBrokers: `localhost:${kafkaHostPort}`,
    elasticsearchUrl: `http://${elasticsearch.getHost()}:${elasticsearch.getMappedPort(9200)}`,
    stop: async () => {
      await kafka.stop();
      await elasticsearch.stop();
    },
  };
}
