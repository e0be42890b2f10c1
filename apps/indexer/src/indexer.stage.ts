import { Topic } from '@vidx/contracts';
import { DEFAULT_ALIAS_TABLE } from '@vidx/entities';
import { defineDocumentStage, type StageDefinition } from '@vidx/kafka';
import {
  createElasticsearchClient,
  curatedUpdates,
  ElasticsearchSink,
  ensureEntityRegistry,
  ensureIndex,
  EntityRegistry,
  indexMappingVersion,
  MAPPING_VERSION,
  registryAlias,
  writeAliasName,
} from '@vidx/search';
import { readAliasesFile, type DefineStage } from '@vidx/service';

/**
 * videos.enriched → the write alias `<alias>-write` (bulk, `_id` = document id, external version =
 * the message's offset, so an older message never overwrites a newer one; tombstones delete), and
 * the entity registry (`<alias>-entities`) with the entities of every document written.
 *
 * Bulk sizing without a buffer of our own: a runner chunk (written, then committed) holds at most
 * INDEXER_BULK_MAX_DOCS messages, the sink splits a chunk into bulk requests of at most
 * INDEXER_BULK_MAX_BYTES and resolves only when all of them succeeded, and the linger is the
 * broker's: it holds a fetch up to INDEXER_BULK_LINGER_MS until a bulk's worth of bytes is there.
 * Whatever is in memory is also uncommitted in Kafka, bounded by one fetch per partition.
 */
export const defineIndexer: DefineStage = async ({ config, logger, readiness }, onShutdown): Promise<StageDefinition> => {
  const aliases = readAliasesFile(config.entities.aliasesFile);
  const client = createElasticsearchClient(config.elasticsearch);
  onShutdown(() => client.close());
  const { index, created } = await ensureIndex(client, config.elasticsearch.indexAlias);
  logger.info('index ready', { alias: config.elasticsearch.indexAlias, index, created });
  const mapping = await indexMappingVersion(client, index);
  if (mapping.outdated) {
    logger.warn('index made by an older mapping: searches work, but what the new mapping adds reaches stored documents only after `npx vidx reindex`', {
      index,
      mappingVersion: mapping.version,
      currentMappingVersion: MAPPING_VERSION,
    });
  }
  const registryIndex = await ensureEntityRegistry(client, config.elasticsearch.indexAlias);
  const registry = new EntityRegistry({ client, videosAlias: config.elasticsearch.indexAlias });
  // Entities registered before the alias table gained entries (a new release, an edited
  // VIDX_ALIASES_FILE) learn their curated aliases now, not only when a document mentions them again.
  const refreshed = await registry.record(curatedUpdates([...DEFAULT_ALIAS_TABLE.entries, ...aliases.entries]), { onlyExisting: true });
  logger.info('entity registry ready', { alias: registryAlias(config.elasticsearch.indexAlias), ...registryIndex, curatedRefreshed: refreshed, aliasTableVersion: DEFAULT_ALIAS_TABLE.version, userAliases: aliases.entries.length });
  const { bulkMaxDocs, bulkMaxBytes, bulkLingerInMs } = config.indexer;
  const sink = new ElasticsearchSink({ client, alias: config.elasticsearch.indexAlias, registry, aliases: aliases.entries, maxBulkBytes: bulkMaxBytes });
  readiness.register('elasticsearch', () => sink.healthy());
  return defineDocumentStage({
    name: 'indexer',
    input: Topic.Enriched,
    output: { sink, describe: `elasticsearch:${writeAliasName(config.elasticsearch.indexAlias)}` },
    chunkSize: bulkMaxDocs,
    // A fetch per partition can carry a whole bulk; with a linger the broker answers once a
    // bulk's bytes are there or the linger passed, whichever comes first.
    fetch: {
      maxBytesPerPartition: Math.max(1024 * 1024, bulkMaxBytes),
      ...(bulkLingerInMs > 0 ? { minBytes: bulkMaxBytes, maxWaitTimeInMs: bulkLingerInMs } : {}),
    },
    transform: (doc) => ({ ...doc, pipeline: { ...doc.pipeline, indexedAt: new Date().toISOString() } }),
  });
};
