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
});
