import { DynamicModule, Module } from '@nestjs/common';
import { createKafka } from '@vidx/kafka';
import { createElasticsearchClient } from '@vidx/search';
import { ServiceModule, type ServiceContext } from '@vidx/service';
import { ApiKeyGuard } from './api-key.guard';
import { EntitiesController } from './entities.controller';
import { ES_CLIENT, RAW_PRODUCER } from './gateway.constants';
import { RawProducer } from './raw-producer';
import { SearchController } from './search.controller';
import { VideosController } from './videos.controller';

@Module({})
export class GatewayModule {
  static forContext(context: ServiceContext): DynamicModule {
    const { config, logger, readiness } = context;
    const es = createElasticsearchClient(config.elasticsearch);
    const producer = new RawProducer(
      createKafka(config.kafka, logger, `${config.kafka.clientId}-gateway`),
      { prefix: config.kafka.topicPrefix, partitions: config.kafka.topicPartitions, replicationFactor: config.kafka.replicationFactor },
      logger,
    );
    readiness.register('kafka-producer', () => producer.isConnected());
    readiness.register('elasticsearch', () => es.ping().catch(() => false));
    if (config.gateway.apiKeys.length === 0) logger.warn('VIDX_API_KEYS is empty: POST/DELETE are open to anyone who can reach the gateway');
    return {
      module: GatewayModule,
      imports: [ServiceModule.forContext(context)],
      controllers: [SearchController, VideosController, EntitiesController],
      providers: [
        { provide: ES_CLIENT, useValue: es },
        { provide: RAW_PRODUCER, useValue: producer },
        ApiKeyGuard,
        { provide: 'ES_CLOSER', useValue: { onApplicationShutdown: () => es.close() } },
      ],
    };
  }
}
