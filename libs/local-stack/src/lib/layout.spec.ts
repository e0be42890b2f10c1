import { appsOf, DEV_INSTANCE, FAULTS_INSTANCE, runtimeDir, TEST_INSTANCE, testInstance } from './layout';
import { embeddedServers, appEnv } from './stack';

describe('local stack layout', () => {
  it('gives every app its own port and keeps dev and test apart', () => {
    const instances = [DEV_INSTANCE, TEST_INSTANCE, FAULTS_INSTANCE, ...['t3', 't4', 't5', 't6'].map((name) => testInstance({ VIDX_TEST_INSTANCE: name }))];
    const ports = instances.flatMap((i) => [
      ...appsOf(i).map((a) => a.port),
      i.kafkaPort,
      i.kafkaControllerPort,
      i.elasticsearchPort,
      i.elasticsearchTransportPort,
    ]);
    expect(new Set(ports).size).toBe(ports.length);
    expect(Math.max(...ports)).toBeLessThan(65536);
    expect(() => testInstance({ VIDX_TEST_INSTANCE: 'nope' })).toThrow(/VIDX_TEST_INSTANCE/);
    expect(appsOf(DEV_INSTANCE).find((a) => a.name === 'gateway')?.port).toBe(3000);
  });

  it('puts runtime state under VIDX_HOME or .vidx', () => {
    expect(runtimeDir('/repo', DEV_INSTANCE, {})).toBe('/repo/.vidx/dev');
    expect(runtimeDir('/repo', TEST_INSTANCE, { VIDX_HOME: '/data' })).toBe('/data/test');
  });

  it('embeds only servers without a configured address', () => {
    expect(embeddedServers({})).toEqual({ kafka: true, elasticsearch: true });
    expect(embeddedServers({ KAFKA_BROKERS: 'k:9092' })).toEqual({ kafka: false, elasticsearch: true });
    const env = appEnv({ root: '/r', instance: TEST_INSTANCE, env: { ELASTICSEARCH_URL: 'http://es:9200' }, log: () => undefined });
    expect(env.KAFKA_BROKERS).toBe('127.0.0.1:19092');
    expect(env.ELASTICSEARCH_URL).toBe('http://es:9200');
  });
});
