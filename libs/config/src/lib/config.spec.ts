import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the local stack', () => {
    const config = loadConfig({});
    expect(config.kafka.brokers).toEqual(['127.0.0.1:9092']);
    expect(config.elasticsearch.url).toBe('http://127.0.0.1:9200');
    expect(config.gateway.port).toBe(3000);
    expect(config.elasticsearch.auth).toBeUndefined();
  });

  it('parses lists and numbers, ignoring empty values', () => {
    const config = loadConfig({ KAFKA_BROKERS: 'a:1, b:2', GATEWAY_PORT: '8080', ELASTICSEARCH_API_KEY: '' });
    expect(config.kafka.brokers).toEqual(['a:1', 'b:2']);
    expect(config.gateway.port).toBe(8080);
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ GATEWAY_PORT: 'eighty' })).toThrow(/GATEWAY_PORT="eighty"/);
    expect(() => loadConfig({ KAFKA_BROKERS: 'nohostport' })).toThrow(/not host:port/);
  });

  it('rejects contradictory settings with a fix', () => {
    expect(() => loadConfig({ ELASTICSEARCH_API_KEY: 'k', ELASTICSEARCH_USERNAME: 'u' })).toThrow(ConfigError);
    expect(() => loadConfig({ KAFKA_SASL_MECHANISM: 'plain' })).toThrow(/KAFKA_SASL_USERNAME/);
  });
});

describe('entity settings', () => {
  it('reads the aliases file path and the worker count, and rejects a bad count', () => {
    expect(loadConfig({}).entities).toEqual({ aliasesFile: undefined, workers: undefined });
    expect(loadConfig({ VIDX_ALIASES_FILE: '/etc/vidx/aliases.json', VIDX_ENTITY_WORKERS: '0' }).entities).toEqual({ aliasesFile: '/etc/vidx/aliases.json', workers: 0 });
    expect(() => loadConfig({ VIDX_ENTITY_WORKERS: 'two' })).toThrow(/VIDX_ENTITY_WORKERS="two"/);
    expect(() => loadConfig({ VIDX_ENTITY_WORKERS: '-1' })).toThrow(/VIDX_ENTITY_WORKERS/);
  });

  it('reads the indexer bulk bounds and rejects a bulk that Elasticsearch could not take', () => {
    expect(loadConfig({}).indexer).toEqual({ bulkMaxDocs: 1000, bulkMaxBytes: 5 * 1024 * 1024, bulkLingerInMs: 200 });
    expect(loadConfig({ INDEXER_BULK_MAX_DOCS: '50', INDEXER_BULK_MAX_BYTES: '65536', INDEXER_BULK_LINGER_MS: '0' }).indexer).toEqual({ bulkMaxDocs: 50, bulkMaxBytes: 65536, bulkLingerInMs: 0 });
    expect(() => loadConfig({ INDEXER_BULK_MAX_BYTES: String(200 * 1024 * 1024) })).toThrow(/INDEXER_BULK_MAX_BYTES/);
    expect(() => loadConfig({ INDEXER_BULK_MAX_DOCS: '0' })).toThrow(/INDEXER_BULK_MAX_DOCS/);
  });
});

describe('gateway security settings', () => {
  const digest = 'A'.repeat(64);

  it('defaults to open search, 600 requests a minute and no CORS', () => {
    expect(loadConfig({}).gateway).toMatchObject({ apiKeys: [], apiKeyDigests: [], searchRequiresKey: false, rateLimitPerMinute: 600, corsOrigins: [] });
  });

  it('reads plain keys, lowercases digests, the search switch, the limit and origins', () => {
    const gateway = loadConfig({
      VIDX_API_KEYS: 'k1,k2',
      VIDX_API_KEY_SHA256: `${digest}, ${'b'.repeat(64)}`,
      VIDX_SEARCH_REQUIRES_KEY: 'true',
      GATEWAY_RATE_LIMIT_PER_MINUTE: '0',
      GATEWAY_CORS_ORIGINS: 'https://a.example, http://localhost:5173',
    }).gateway;
    expect(gateway.apiKeys).toEqual(['k1', 'k2']);
    expect(gateway.apiKeyDigests).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
    expect(gateway.searchRequiresKey).toBe(true);
    expect(gateway.rateLimitPerMinute).toBe(0);
    expect(gateway.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
  });

  it('rejects a digest that is not 64 hex digits, an origin with a path, a negative limit', () => {
    expect(() => loadConfig({ VIDX_API_KEY_SHA256: 'secret' })).toThrow(/VIDX_API_KEY_SHA256 entry "secret" is not a SHA-256 digest/);
    expect(() => loadConfig({ GATEWAY_CORS_ORIGINS: 'https://a.example/app' })).toThrow(/GATEWAY_CORS_ORIGINS/);
    expect(() => loadConfig({ GATEWAY_RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/GATEWAY_RATE_LIMIT_PER_MINUTE/);
  });

  it('refuses keyed search without any key', () => {
    expect(() => loadConfig({ VIDX_SEARCH_REQUIRES_KEY: 'true' })).toThrow(/no key is configured/);
    expect(loadConfig({ VIDX_SEARCH_REQUIRES_KEY: 'true', VIDX_API_KEY_SHA256: digest }).gateway.searchRequiresKey).toBe(true);
  });
});

describe('gateway admission control settings', () => {
  it('defaults to auto (sized from the cluster) and a queue of 1000', () => {
    expect(loadConfig({}).gateway).toMatchObject({ esConcurrency: 'auto', esMaxQueued: 1000 });
  });

  it('takes a number of searches at once (0 = no limit) and a queue length', () => {
    expect(loadConfig({ GATEWAY_ES_CONCURRENCY: '12', GATEWAY_ES_MAX_QUEUED: '0' }).gateway).toMatchObject({ esConcurrency: 12, esMaxQueued: 0 });
    expect(loadConfig({ GATEWAY_ES_CONCURRENCY: '0' }).gateway.esConcurrency).toBe(0);
  });

  it('names the variable when a value is neither auto nor a count', () => {
    expect(() => loadConfig({ GATEWAY_ES_CONCURRENCY: 'lots' })).toThrow(/GATEWAY_ES_CONCURRENCY="lots": expected auto, or a whole number/);
    expect(() => loadConfig({ GATEWAY_ES_CONCURRENCY: '-2' })).toThrow(/GATEWAY_ES_CONCURRENCY/);
    expect(() => loadConfig({ GATEWAY_ES_MAX_QUEUED: '-1' })).toThrow(/GATEWAY_ES_MAX_QUEUED/);
  });
});
