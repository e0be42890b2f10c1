import { Topic } from '@vidx/contracts';
import { defineDocumentStage, type StageDefinition } from '@vidx/kafka';
import type { DefineStage } from '@vidx/service';
import { createElasticsearchClient, ElasticsearchSink, ensureIndex } from '@vidx/search';

/** videos.enriched → the index alias (bulk, `_id` = document id; tombstones delete). */
export const defineIndexer: DefineStage = async ({ config, logger, readiness }, onShutdown): Promise<StageDefinition> => {
  const client = createElasticsearchClient(config.elasticsearch);
  onShutdown(() => client.close());
  const { index, created } = await ensureIndex(client, config.elasticsearch.indexAlias);
  logger.info('index ready', { alias: config.elasticsearch.indexAlias, index, created });
  const sink = new ElasticsearchSink({ client, alias: config.elasticsearch.indexAlias });
  readiness.register('elasticsearch', () => sink.healthy());
  return defineDocumentStage({
    name: 'indexer',
    input: Topic.Enriched,
    output: { sink, describe: `elasticsearch:${config.elasticsearch.indexAlias}` },
    transform: (doc) => ({ ...doc, pipeline: { ...doc.pipeline, indexedAt: new Date().toISOString() } }),
  });
};
