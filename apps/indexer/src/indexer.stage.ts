import { Topic } from '@vidx/contracts';
import { DEFAULT_ALIAS_TABLE } from '@vidx/entities';
import { defineDocumentStage, type StageDefinition } from '@vidx/kafka';
import { createElasticsearchClient, curatedUpdates, ElasticsearchSink, ensureEntityRegistry, ensureIndex, EntityRegistry, registryAlias } from '@vidx/search';
import { readAliasesFile, type DefineStage } from '@vidx/service';

/**
 * videos.enriched → the index alias (bulk, `_id` = document id; tombstones delete), and the entity
 * registry (`<alias>-entities`) with the entities of every document written.
 */
export const defineIndexer: DefineStage = async ({ config, logger, readiness }, onShutdown): Promise<StageDefinition> => {
  const aliases = readAliasesFile(config.entities.aliasesFile);
  const client = createElasticsearchClient(config.elasticsearch);
  onShutdown(() => client.close());
  const { index, created } = await ensureIndex(client, config.elasticsearch.indexAlias);
  logger.info('index ready', { alias: config.elasticsearch.indexAlias, index, created });
  const registryIndex = await ensureEntityRegistry(client, config.elasticsearch.indexAlias);
  const registry = new EntityRegistry({ client, videosAlias: config.elasticsearch.indexAlias });
  // Entities registered before the alias table gained entries (a new release, an edited
  // VIDX_ALIASES_FILE) learn their curated aliases now, not only when a document mentions them again.
  const refreshed = await registry.record(curatedUpdates([...DEFAULT_ALIAS_TABLE.entries, ...aliases.entries]), { onlyExisting: true });
  logger.info('entity registry ready', { alias: registryAlias(config.elasticsearch.indexAlias), ...registryIndex, curatedRefreshed: refreshed, aliasTableVersion: DEFAULT_ALIAS_TABLE.version, userAliases: aliases.entries.length });
  const sink = new ElasticsearchSink({ client, alias: config.elasticsearch.indexAlias, registry, aliases: aliases.entries });
  readiness.register('elasticsearch', () => sink.healthy());
  return defineDocumentStage({
    name: 'indexer',
    input: Topic.Enriched,
    output: { sink, describe: `elasticsearch:${config.elasticsearch.indexAlias}` },
    transform: (doc) => ({ ...doc, pipeline: { ...doc.pipeline, indexedAt: new Date().toISOString() } }),
  });
};
