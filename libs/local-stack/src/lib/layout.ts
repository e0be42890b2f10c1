import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above `from` whose package.json is vidx's. */
export function findRepoRoot(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'vidx') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the vidx repository above ${from}`);
    dir = parent;
  }
}

/** Ports and names of one local stack instance (`dev` for `vidx stack`, `test` for the tests). */
export interface StackInstance {
  name: string;
  kafkaPort: number;
  kafkaControllerPort: number;
  elasticsearchPort: number;
  elasticsearchTransportPort: number;
  gatewayPort: number;
  /** First of the stage apps' health ports (cleaner, boilerplate-remover, entity-extractor, indexer). */
  stageBasePort: number;
}

export const DEV_INSTANCE: StackInstance = {
  name: 'dev',
  kafkaPort: 9092,
  kafkaControllerPort: 9093,
  elasticsearchPort: 9200,
  elasticsearchTransportPort: 9300,
  gatewayPort: 3000,
  stageBasePort: 3101,
};

export const TEST_INSTANCE: StackInstance = {
  name: 'test',
  kafkaPort: 19092,
  kafkaControllerPort: 19093,
  elasticsearchPort: 19200,
  elasticsearchTransportPort: 19300,
  gatewayPort: 13000,
  stageBasePort: 13101,
};

/** The fault-injection suite's own instance, so it can run beside a dev stack and the tests. */
export const FAULTS_INSTANCE: StackInstance = {
  name: 'faults',
  kafkaPort: 29092,
  kafkaControllerPort: 29093,
  elasticsearchPort: 29200,
  elasticsearchTransportPort: 29300,
  gatewayPort: 23000,
  stageBasePort: 23101,
};

/**
 * Extra test instances `t3`…`t6`, each in its own block of ports (t3: gateway 30000, stages
 * 30101–30104, Kafka 30092/30093, Elasticsearch 30200/30300; t4: 40000…; t5: 50000…; t6:
 * 60000…), so several integration runs can share one machine: VIDX_TEST_INSTANCE=t3 npm test.
 */
export function numberedInstance(name: string): StackInstance | undefined {
  const match = /^t([3-6])$/.exec(name);
  if (!match) return undefined;
  const base = Number(match[1]) * 10_000;
  return {
    name,
    kafkaPort: base + 92,
    kafkaControllerPort: base + 93,
    elasticsearchPort: base + 200,
    elasticsearchTransportPort: base + 300,
    gatewayPort: base,
    stageBasePort: base + 101,
  };
}

/** The instance integration tests use: `test` unless VIDX_TEST_INSTANCE names another. */
export function testInstance(env: NodeJS.ProcessEnv): StackInstance {
  const name = env.VIDX_TEST_INSTANCE ?? 'test';
  if (name === 'test') return TEST_INSTANCE;
  if (name === 'dev') return DEV_INSTANCE;
  const numbered = numberedInstance(name);
  if (!numbered) throw new Error(`VIDX_TEST_INSTANCE="${name}" is not one of test, dev, t3, t4, t5, t6`);
  return numbered;
}

export interface AppSpec {
  name: string;
  /** Where its HTTP server (gateway API or a stage's /health and /metrics) listens. */
  port: number;
  /** The environment variable that sets that port. */
  portVariable: 'GATEWAY_PORT' | 'HEALTH_PORT';
  /** Node options it starts with (before the script). */
  nodeArgs: readonly string[];
}

/**
 * The gateway's young generation may grow to 32 MB per semi-space (V8's default is 16 MB): each
 * search parses and builds tens of KB of short-lived objects, and with more room fewer of them
 * survive a scavenge. Side by side under bench:search's load (two gateways taking turns against one
 * Elasticsearch, 8 rounds of 8 s, twice) it used 5% less CPU per search (0.847 → 0.809 and 0.798 →
 * 0.755 ms), for at most 32 MB more memory. Docker Compose and Kubernetes set it in NODE_OPTIONS.
 */
export const GATEWAY_NODE_ARGS: readonly string[] = ['--max-semi-space-size=32'];

export const STAGE_NAMES = ['cleaner', 'boilerplate-remover', 'entity-extractor', 'indexer'] as const;

export function appsOf(instance: StackInstance): AppSpec[] {
  return [
    ...STAGE_NAMES.map((name, i) => ({ name, port: instance.stageBasePort + i, portVariable: 'HEALTH_PORT' as const, nodeArgs: [] })),
    { name: 'gateway', port: instance.gatewayPort, portVariable: 'GATEWAY_PORT' as const, nodeArgs: GATEWAY_NODE_ARGS },
  ];
}

export function runtimeDir(root: string, instance: StackInstance, env: NodeJS.ProcessEnv = process.env): string {
  return join(env.VIDX_HOME ?? join(root, '.vidx'), instance.name);
}
