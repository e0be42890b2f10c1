import { DynamicModule, Module } from '@nestjs/common';
import { createKafka } from '@vidx/kafka';
import { createElasticsearchClient, DEFAULT_REGISTRY_CACHE, findEntitiesByAliasKeys, RegistryCache, SnapshotPool } from '@vidx/search';
import { ServiceModule, type ServiceContext } from '@vidx/service';
import { ApiKeyGuard, ReadKeyGuard } from './api-key.guard';
import { ApiKeys } from './api-keys';
import { ConsumerLag } from './consumer-lag';
import { EntitiesController } from './entities.controller';
import { API_KEYS, CONSUMER_LAG, ES_CLIENT, RAW_PRODUCER, REGISTRY_CACHE, SNAPSHOTS } from './gateway.constants';
import { RawProducer } from './raw-producer';
import { SearchController } from './search.controller';
import { VideosController } from './videos.controller';
import { WebModule } from '../web/web.module';

/** Point-in-time snapshots stay open this long after each page: how long a search cursor lives. */
const CURSOR_KEEP_ALIVE = '5m';

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
        { provide: SNAPSHOTS, useValue: new SnapshotPool(es, config.elasticsearch.indexAlias, { reuseInMs: config.gateway.snapshotReuseInMs, keepAlive: CURSOR_KEEP_ALIVE }) },
        { provide: REGISTRY_CACHE, useValue: new RegistryCache((keys) => findEntitiesByAliasKeys(es, config.elasticsearch.indexAlias, keys), DEFAULT_REGISTRY_CACHE) },
        { provide: CONSUMER_LAG, useValue: new ConsumerLag(kafka, config.kafka.topicPrefix) },
        ApiKeyGuard,
        ReadKeyGuard,
        { provide: 'ES_CLOSER', useValue: { onApplicationShutdown: () => es.close() } },
      ],
    };
  }
}
