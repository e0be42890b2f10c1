import { DynamicModule, Module } from '@nestjs/common';
import { createKafka } from '@vidx/kafka';
import { clusterSearchThreads, concurrencyCeilingForThreads, concurrencyForThreads, createElasticsearchClient, DEFAULT_REGISTRY_CACHE, findEntitiesByAliasKeys, findEntitiesChangedSince, RegistryCache, SearchGate, SnapshotPool } from '@vidx/search';
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '@vidx/observability';
import { ServiceModule, type ServiceContext } from '@vidx/service';
import { ApiKeyGuard, ReadKeyGuard } from './api-key.guard';
import { ApiKeys } from './api-keys';
import { ConsumerLag } from './consumer-lag';
import { EntitiesController } from './entities.controller';
import { API_KEYS, CONSUMER_LAG, ES_CLIENT, RAW_PRODUCER, VIDEO_SEARCH } from './gateway.constants';
import { RawProducer } from './raw-producer';
import { SearchController } from './search.controller';
import { VideoSearch } from './video-search';
import { VideosController } from './videos.controller';
import { WebModule } from '../web/web.module';

/** Point-in-time snapshots stay open this long after each page: how long a search cursor lives. */
const CURSOR_KEEP_ALIVE = '5m';
/** Searches in Elasticsearch at once until the cluster has said how many search threads it has. */
const PROVISIONAL_ES_CONCURRENCY = 8;
const SIZING_RETRY_MS = 10_000;

/**
 * GATEWAY_ES_CONCURRENCY=auto: asks the cluster for its search threads (the limit is half as many
 * again, see concurrencyForThreads, and may rise to concurrencyCeilingForThreads while
 * Elasticsearch answers within GATEWAY_ES_LATENCY_TARGET_MS) now, and again every 10 s while it
 * cannot be reached (the gateway starts without Elasticsearch); the gate keeps its provisional
 * limit meanwhile.
 */
function sizeFromCluster(gate: SearchGate, es: Client, logger: Logger): void {
  const attempt = () =>
    clusterSearchThreads(es).then(
      (threads) => {
        if (threads <= 0) throw new Error('no data node reported a search thread pool');
        gate.setConcurrency(concurrencyForThreads(threads), concurrencyCeilingForThreads(threads));
        logger.info('searches sent to Elasticsearch at once: sized from its search threads', { threads, concurrency: gate.concurrency, ceiling: concurrencyCeilingForThreads(threads) });
      },
      (error: unknown) => {
        logger.info('could not ask Elasticsearch for its search threads yet; will retry', { error: (error as Error).message, concurrency: gate.concurrency });
        setTimeout(attempt, SIZING_RETRY_MS).unref();
      },
    );
  void attempt();
}

@Module({})
export class GatewayModule {
  static forContext(context: ServiceContext): DynamicModule {
    const { config, logger, readiness } = context;
    const es = createElasticsearchClient(config.elasticsearch);
    const kafka = createKafka(config.kafka, logger, `${config.kafka.clientId}-gateway`);
    const producer = new RawProducer(
      kafka,
      { prefix: config.kafka.topicPrefix, partitions: config.kafka.topicPartitions, replicationFactor: config.kafka.replicationFactor },
      logger,
    );
    const keys = new ApiKeys(config.gateway);
    readiness.register('kafka-producer', () => producer.isConnected());
    readiness.register('elasticsearch', () => es.ping().catch(() => false));
    const { esConcurrency, esMaxQueued, esLatencyTargetMs } = config.gateway;
    const gate = new SearchGate({ concurrency: esConcurrency === 'auto' ? PROVISIONAL_ES_CONCURRENCY : esConcurrency, maxQueued: esMaxQueued, latencyTargetMs: esLatencyTargetMs });
    if (esConcurrency === 'auto') sizeFromCluster(gate, es, logger);
    const alias = config.elasticsearch.indexAlias;
    const registry = new RegistryCache(
      { find: (keys) => findEntitiesByAliasKeys(es, alias, keys), changedSince: (since, size) => findEntitiesChangedSince(es, alias, since, size) },
      DEFAULT_REGISTRY_CACHE,
    );
    registry.start((error) =>
      error
        ? logger.warn(`cannot read the entity registry's changes; cached alias lookups are kept at most ${DEFAULT_REGISTRY_CACHE.ttlInMs / 1000} s meanwhile`, { error: error.message })
        : logger.info('reading the entity registry\'s changes again'),
    );
    const searches = new VideoSearch(es, alias, {
      snapshots: new SnapshotPool(es, alias, { reuseInMs: config.gateway.snapshotReuseInMs, keepAlive: CURSOR_KEEP_ALIVE }),
      registry,
      gate,
    });
    if (!keys.enabled) logger.warn('no API key configured (VIDX_API_KEYS, VIDX_API_KEY_SHA256): POST/DELETE are open to anyone who can reach the gateway');
    return {
      module: GatewayModule,
      // Feature modules of the gateway (e.g. the search web page) are added here.
      imports: [ServiceModule.forContext(context), WebModule],
      controllers: [SearchController, VideosController, EntitiesController],
      providers: [
        { provide: ES_CLIENT, useValue: es },
        { provide: RAW_PRODUCER, useValue: producer },
        { provide: API_KEYS, useValue: keys },
        { provide: VIDEO_SEARCH, useValue: searches },
        { provide: CONSUMER_LAG, useValue: new ConsumerLag(kafka, config.kafka.topicPrefix) },
        ApiKeyGuard,
        ReadKeyGuard,
        {
          provide: 'ES_CLOSER',
          useValue: {
            // Nest closes the HTTP server first; searches of clients that hung up may still be running.
            // They take well under a second; the wait stays inside the shutdown timeout either way.
            onApplicationShutdown: async () => {
              registry.stop();
              if (!(await searches.settled(Math.min(5_000, config.shutdownTimeoutInMs / 2)))) logger.warn('searches still running at shutdown', { running: searches.running });
              await es.close();
            },
          },
        },
      ],
    };
  }
}
