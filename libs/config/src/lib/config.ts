import { z } from 'zod';
import { InvalidInputError } from '@vidx/contracts';

/**
 * The one validated configuration of every vidx process. Apps call `loadConfig(process.env)` once
 * at start-up; libraries receive the parts they need as options and never read the environment.
 * Defaults are the embedded local stack (Kafka and Elasticsearch on 127.0.0.1).
 */
export class ConfigError extends InvalidInputError {
  constructor(message: string) {
    super('INVALID_CONFIG', message);
  }
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const EnvSchema = z.object({
  KAFKA_BROKERS: list.default(['127.0.0.1:9092']),
  KAFKA_CLIENT_ID: z.string().min(1).default('vidx'),
  KAFKA_SSL: bool.default(false),
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),
  KAFKA_TOPIC_PARTITIONS: positiveInt.default(3),
  KAFKA_REPLICATION_FACTOR: positiveInt.default(1),
  VIDX_TOPIC_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9._-]*$/, 'only letters, digits, ".", "_" and "-"')
    .default(''),
  ELASTICSEARCH_URL: z.string().url().default('http://127.0.0.1:9200'),
  ELASTICSEARCH_API_KEY: z.string().optional(),
  ELASTICSEARCH_USERNAME: z.string().optional(),
  ELASTICSEARCH_PASSWORD: z.string().optional(),
  ELASTICSEARCH_CA_FILE: z.string().optional(),
  ELASTICSEARCH_INDEX_ALIAS: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase letters, digits, ".", "_" and "-", not starting with a symbol')
    .default('videos'),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: port.default(3000),
  HEALTH_HOST: z.string().default('127.0.0.1'),
  /** Each stage serves /health and /metrics on its own port; 0 picks the stage's default. */
  HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  VIDX_API_KEYS: list.default([]),
  VIDX_API_KEY_SHA256: list.default([]),
  VIDX_SEARCH_REQUIRES_KEY: bool.default(false),
  /** 0 turns rate limiting off (benchmarks, a gateway behind a limiting proxy). */
  GATEWAY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  GATEWAY_CORS_ORIGINS: list.default([]),
  GATEWAY_SNAPSHOT_REUSE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /** Searches in Elasticsearch at once: auto = 1.5 × the cluster's search threads; 0 = no limit. */
  GATEWAY_ES_CONCURRENCY: z
    .union([z.literal('auto'), z.coerce.number().int().min(0).max(10_000)], { error: 'expected auto, or a whole number of searches from 0 (no limit) to 10000' })
    .default('auto'),
  GATEWAY_ES_MAX_QUEUED: z.coerce.number().int().min(0).max(1_000_000).default(1000),
  /** With GATEWAY_ES_CONCURRENCY=auto: the mean time in Elasticsearch the limit adapts to (0 = a fixed limit). */
  GATEWAY_ES_LATENCY_TARGET_MS: z.coerce.number().int().min(0).max(60_000).default(20),
  GATEWAY_MAX_BODY_BYTES: positiveInt.default(5 * 1024 * 1024),
  VIDX_MAX_DOCUMENT_BYTES: positiveInt.default(256 * 1024),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  VIDX_ALIASES_FILE: z.string().optional(),
  /** Unset: one worker thread per available core; 0: extract in the stage's own thread. */
  VIDX_ENTITY_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  /** The indexer's bulk: at most this many documents per chunk (and commit). */
  INDEXER_BULK_MAX_DOCS: z.coerce.number().int().min(1).max(10_000).default(1000),
  /** At most this many bytes per bulk request; below Elasticsearch's 100 MB http.max_content_length. */
  INDEXER_BULK_MAX_BYTES: z.coerce.number().int().min(64 * 1024).max(64 * 1024 * 1024).default(5 * 1024 * 1024),
  /** How long the broker may hold a fetch to fill a bulk; 0 = answer as soon as anything is there. */
  INDEXER_BULK_LINGER_MS: z.coerce.number().int().min(0).max(10_000).default(200),
});

export interface KafkaConfig {
  brokers: string[];
  clientId: string;
  ssl: boolean;
  sasl?: { mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; username: string; password: string };
  topicPartitions: number;
  replicationFactor: number;
  topicPrefix: string;
}

export interface ElasticsearchConfig {
  url: string;
  auth?: { apiKey: string } | { username: string; password: string };
  caFile?: string;
  indexAlias: string;
}

export interface VidxConfig {
  kafka: KafkaConfig;
  elasticsearch: ElasticsearchConfig;
  gateway: {
    host: string;
    port: number;
    /** Plain keys (VIDX_API_KEYS); hashed at start-up, never kept or logged as given. */
    apiKeys: string[];
    /** Lowercase hex SHA-256 digests of accepted keys (VIDX_API_KEY_SHA256), for keys not to be stored in clear. */
    apiKeyDigests: string[];
    /** Whether the read endpoints (search, suggest, stats, videos, entities) need a key too. */
    searchRequiresKey: boolean;
    /** Requests per minute per API key (or per client address without one); 0 = unlimited. */
    rateLimitPerMinute: number;
    /** Origins allowed by CORS; empty = no CORS headers (same-origin only); "*" = any. */
    corsOrigins: string[];
    /** How long one point-in-time snapshot serves new searches, in ms (0 = one per search). */
    snapshotReuseInMs: number;
    /**
     * Searches sent to Elasticsearch at once (0 = no limit; auto = 1.5 × the search threads of its
     * data nodes); the rest wait in the gateway, next steps of started searches first.
     */
    esConcurrency: number | 'auto';
    /** New searches that may wait for a slot; more are refused with 503. */
    esMaxQueued: number;
    /** auto only: the limit rises from 1.5 × to up to 5 × the search threads while Elasticsearch answers within this mean (ms); 0 = fixed. */
    esLatencyTargetMs: number;
    maxBodyBytes: number;
  };
  health: { host: string; port: number };
  maxDocumentBytes: number;
  shutdownTimeoutInMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  entities: {
    /** JSON alias table extending the curated one; the apps that extract or register entities read it at start. */
    aliasesFile?: string;
    /** Worker threads of the entity extractor; undefined = os.availableParallelism(), 0 = in-process. */
    workers?: number;
  };
  indexer: { bulkMaxDocs: number; bulkMaxBytes: number; bulkLingerInMs: number };
}

/** Validates the environment; throws ConfigError naming every bad variable and how to fix it. */
export function loadConfig(env: Record<string, string | undefined>): VidxConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}=${JSON.stringify(present[String(issue.path[0])] ?? '')}: ${issue.message}`,
    );
    throw new ConfigError(`invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const problems: string[] = [];

  let sasl: KafkaConfig['sasl'];
  if (e.KAFKA_SASL_MECHANISM) {
    if (!e.KAFKA_SASL_USERNAME || !e.KAFKA_SASL_PASSWORD) {
      problems.push('KAFKA_SASL_MECHANISM is set: also set KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
    } else {
      sasl = { mechanism: e.KAFKA_SASL_MECHANISM, username: e.KAFKA_SASL_USERNAME, password: e.KAFKA_SASL_PASSWORD };
    }
  } else if (e.KAFKA_SASL_USERNAME || e.KAFKA_SASL_PASSWORD) {
    problems.push('KAFKA_SASL_USERNAME/PASSWORD are set without KAFKA_SASL_MECHANISM: set the mechanism (plain, scram-sha-256 or scram-sha-512)');
  }

  let auth: ElasticsearchConfig['auth'];
  if (e.ELASTICSEARCH_API_KEY && (e.ELASTICSEARCH_USERNAME || e.ELASTICSEARCH_PASSWORD)) {
    problems.push('set either ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME/PASSWORD, not both');
  } else if (e.ELASTICSEARCH_API_KEY) {
    auth = { apiKey: e.ELASTICSEARCH_API_KEY };
  } else if (e.ELASTICSEARCH_USERNAME || e.ELASTICSEARCH_PASSWORD) {
    if (!e.ELASTICSEARCH_USERNAME || !e.ELASTICSEARCH_PASSWORD) {
      problems.push('set both ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD');
    } else {
      auth = { username: e.ELASTICSEARCH_USERNAME, password: e.ELASTICSEARCH_PASSWORD };
    }
  }
  if (e.KAFKA_BROKERS.length === 0) problems.push('KAFKA_BROKERS is empty: give host:port[,host:port…]');
  for (const broker of e.KAFKA_BROKERS) {
    if (!/^[^\s:]+:\d{1,5}$/.test(broker)) problems.push(`KAFKA_BROKERS entry "${broker}" is not host:port`);
  }
  for (const digest of e.VIDX_API_KEY_SHA256) {
    if (!/^[0-9a-fA-F]{64}$/.test(digest)) {
      problems.push(`VIDX_API_KEY_SHA256 entry "${digest.slice(0, 80)}" is not a SHA-256 digest: give 64 hex digits, e.g. from \`printf %s "$KEY" | sha256sum\``);
    }
  }
  if (e.VIDX_SEARCH_REQUIRES_KEY && e.VIDX_API_KEYS.length === 0 && e.VIDX_API_KEY_SHA256.length === 0) {
    problems.push('VIDX_SEARCH_REQUIRES_KEY=true but no key is configured: set VIDX_API_KEYS or VIDX_API_KEY_SHA256, or leave search open');
  }
  for (const origin of e.GATEWAY_CORS_ORIGINS) {
    if (origin !== '*' && !/^https?:\/\/[^\s/]+$/.test(origin)) {
      problems.push(`GATEWAY_CORS_ORIGINS entry "${origin}" is not an origin: give scheme://host[:port] without a path (or * for any)`);
    }
  }
  if (problems.length > 0) {
    throw new ConfigError(`invalid configuration in the environment:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }

  return {
    kafka: {
      brokers: e.KAFKA_BROKERS,
      clientId: e.KAFKA_CLIENT_ID,
      ssl: e.KAFKA_SSL,
      sasl,
      topicPartitions: e.KAFKA_TOPIC_PARTITIONS,
      replicationFactor: e.KAFKA_REPLICATION_FACTOR,
      topicPrefix: e.VIDX_TOPIC_PREFIX,
    },
    elasticsearch: { url: e.ELASTICSEARCH_URL, auth, caFile: e.ELASTICSEARCH_CA_FILE, indexAlias: e.ELASTICSEARCH_INDEX_ALIAS },
    gateway: {
      host: e.GATEWAY_HOST,
      port: e.GATEWAY_PORT,
      apiKeys: e.VIDX_API_KEYS,
      apiKeyDigests: e.VIDX_API_KEY_SHA256.map((d) => d.toLowerCase()),
      searchRequiresKey: e.VIDX_SEARCH_REQUIRES_KEY,
      rateLimitPerMinute: e.GATEWAY_RATE_LIMIT_PER_MINUTE,
      corsOrigins: e.GATEWAY_CORS_ORIGINS,
      snapshotReuseInMs: e.GATEWAY_SNAPSHOT_REUSE_MS,
      esConcurrency: e.GATEWAY_ES_CONCURRENCY,
      esMaxQueued: e.GATEWAY_ES_MAX_QUEUED,
      esLatencyTargetMs: e.GATEWAY_ES_LATENCY_TARGET_MS,
      maxBodyBytes: e.GATEWAY_MAX_BODY_BYTES,
    },
    health: { host: e.HEALTH_HOST, port: e.HEALTH_PORT },
    maxDocumentBytes: e.VIDX_MAX_DOCUMENT_BYTES,
    shutdownTimeoutInMs: e.SHUTDOWN_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    entities: { aliasesFile: e.VIDX_ALIASES_FILE, workers: e.VIDX_ENTITY_WORKERS },
    indexer: { bulkMaxDocs: e.INDEXER_BULK_MAX_DOCS, bulkMaxBytes: e.INDEXER_BULK_MAX_BYTES, bulkLingerInMs: e.INDEXER_BULK_LINGER_MS },
  };
}

/** Human-readable description of every setting, for `--help` and the README. */
export const CONFIG_VARIABLES: ReadonlyArray<[name: string, meaning: string]> = [
  ['KAFKA_BROKERS', 'comma-separated host:port list (default 127.0.0.1:9092, the local stack)'],
  ['KAFKA_SSL', 'true to use TLS to the brokers (default false)'],
  ['KAFKA_SASL_MECHANISM', 'plain | scram-sha-256 | scram-sha-512, with KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD'],
  ['KAFKA_TOPIC_PARTITIONS', 'partitions of topics the apps create (default 3)'],
  ['KAFKA_REPLICATION_FACTOR', 'replication factor of topics the apps create (default 1)'],
  ['VIDX_TOPIC_PREFIX', 'prefix for every topic name, to isolate environments (default none)'],
  ['ELASTICSEARCH_URL', 'cluster URL (default http://127.0.0.1:9200, the local stack)'],
  ['ELASTICSEARCH_API_KEY', 'API key, or ELASTICSEARCH_USERNAME/ELASTICSEARCH_PASSWORD'],
  ['ELASTICSEARCH_CA_FILE', 'PEM file of the CA that signed the cluster certificate (TLS)'],
  ['ELASTICSEARCH_INDEX_ALIAS', 'alias searches and writes go through (default videos)'],
  ['GATEWAY_HOST / GATEWAY_PORT', 'gateway bind address (default 127.0.0.1:3000)'],
  ['VIDX_API_KEYS', 'comma-separated keys accepted on POST/DELETE (empty: writes open, for local use); several keys allow rotation'],
  ['VIDX_API_KEY_SHA256', 'comma-separated hex SHA-256 digests of further accepted keys, so keys need not be stored in clear (printf %s "$KEY" | sha256sum)'],
  ['VIDX_SEARCH_REQUIRES_KEY', 'true: the read endpoints (search, suggest, similar, stats, videos, entities) need a key too (default false: open)'],
  ['GATEWAY_RATE_LIMIT_PER_MINUTE', 'requests per minute per API key, or per client address without one; over it: 429 with Retry-After (default 600; 0 = off)'],
  ['GATEWAY_CORS_ORIGINS', 'comma-separated origins allowed by CORS, e.g. https://app.example.org, or * (default none: same-origin only)'],
  ['GATEWAY_SNAPSHOT_REUSE_MS', 'how long one Elasticsearch point-in-time serves new searches (default 2000; 0 = one per search): first pages may lag indexing by this much; each stays open while cursors use it (5 min), and Elasticsearch caps open PITs at 300 by default (when refused, the current one keeps serving)'],
  ['GATEWAY_ES_CONCURRENCY', 'searches the gateway sends to Elasticsearch at once (default auto: one and a half times the search threads of its data nodes, asked at start, rising to five times while Elasticsearch answers within GATEWAY_ES_LATENCY_TARGET_MS; 0 = no limit); the others wait in the gateway, where a started search\'s next step (its fuzzy retry) goes before new searches'],
  ['GATEWAY_ES_LATENCY_TARGET_MS', 'with GATEWAY_ES_CONCURRENCY=auto: the mean time a search request may take in Elasticsearch before the limit comes down again, one step at a time, to 1.5 × its search threads (default 20; 0 = keep that limit fixed)'],
  ['GATEWAY_ES_MAX_QUEUED', 'new searches that may wait for a slot (default 1000); past it the gateway answers 503 OVERLOADED with Retry-After: 1'],
  ['GATEWAY_MAX_BODY_BYTES', 'largest accepted request body (default 5 MiB; larger gets 413)'],
  ['VIDX_MAX_DOCUMENT_BYTES', 'largest description accepted (default 256 KiB; larger is rejected to the DLQ)'],
  ['HEALTH_HOST / HEALTH_PORT', 'where a stage serves /health and /metrics (default 127.0.0.1, port per stage)'],
  ['SHUTDOWN_TIMEOUT_MS', 'how long a stage may take to stop on SIGTERM (default 10000)'],
  ['LOG_LEVEL', 'debug | info | warn | error (default info)'],
  ['VIDX_ALIASES_FILE', 'JSON alias table extending the curated one ({"version","entries":[{"canonical","type","aliases"}]}); read by entity-extractor and indexer at start'],
  ['VIDX_ENTITY_WORKERS', 'worker threads of the entity extractor (default: one per core; 0 = in the stage thread)'],
  ['INDEXER_BULK_MAX_DOCS', 'most documents the indexer writes and commits together (default 1000, 1-10000)'],
  ['INDEXER_BULK_MAX_BYTES', 'largest bulk request body; a bigger chunk is split into several (default 5 MiB, 64 KiB-64 MiB)'],
  ['INDEXER_BULK_LINGER_MS', 'how long the broker may hold a fetch to fill a bulk (default 200; 0 = no wait)'],
];
