import type { Client } from '@elastic/elasticsearch';
import { errors } from '@elastic/elasticsearch';
import type { NameType } from '@vidx/entities';
import { ElasticsearchWriteError, isRetriableStatus } from './errors';
import { ensureAliasedIndex } from './index-admin';
import { entityId, FACET_FIELD, mergeEntity, registryAlias, registryIndexName, registryTemplate, type RegistryEntity, type RegistryUpdate } from './registry';

/** The entity registry `<alias>-entities` behind its alias (same rules as ensureIndex). */
export function ensureEntityRegistry(client: Client, videosAlias: string): Promise<{ index: string; created: boolean }> {
  return ensureAliasedIndex(client, registryTemplate(videosAlias), registryAlias(videosAlias), registryIndexName(videosAlias));
}

export interface EntityRegistryOptions {
  client: Client;
  /** The videos alias; the registry is `<alias>-entities`. */
  videosAlias: string;
  /** Rounds of read-merge-write for entries another writer changed meanwhile (409) or ES refused with 429/5xx. */
  attempts?: number;
  now?: () => string;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Writes registry updates without scripts: read the current entries (mget), merge in memory,
 * write back with optimistic concurrency control (`create` for new entries, `if_seq_no` +
 * `if_primary_term` for existing ones); an entry another indexer changed meanwhile (409) is read
 * and merged again. Merges are unions, so the outcome does not depend on order, and an update that
 * adds nothing writes nothing. Every bulk item is checked.
 */
export class EntityRegistry {
  private readonly alias: string;

  constructor(private readonly options: EntityRegistryOptions) {
    this.alias = registryAlias(options.videosAlias);
  }

  /**
   * Merges the updates; with `onlyExisting`, entities not registered yet are skipped (used to
   * bring curated aliases to known entities at start). Resolves with the number of entries written.
   */
  async record(updates: readonly RegistryUpdate[], options: { onlyExisting?: boolean } = {}): Promise<number> {
    const { client } = this.options;
    const attempts = this.options.attempts ?? 5;
    const now = this.options.now ?? (() => new Date().toISOString());
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    let pending = [...updates];
    let written = 0;
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      let current;
      try {
        current = await client.mget<RegistryEntity>({ index: this.alias, ids: pending.map((u) => u.id) });
      } catch (cause) {
        throw new ElasticsearchWriteError(`reading the entity registry failed: ${(cause as Error).message}`, true, { cause });
      }
      const operations: object[] = [];
      const sent: RegistryUpdate[] = [];
      pending.forEach((update, i) => {
        const doc = current.docs[i] as { found?: boolean; _source?: RegistryEntity; _seq_no?: number; _primary_term?: number; error?: { type?: string; reason?: string } };
        if (doc.error) throw new ElasticsearchWriteError(`reading registry entry ${update.id} failed: ${doc.error.reason ?? doc.error.type}`, true);
        if (!doc.found && options.onlyExisting) return;
        const merged = mergeEntity(doc.found ? doc._source : undefined, update, now());
        if (!merged) return;
        operations.push(
          doc.found
            ? { index: { _index: this.alias, _id: update.id, if_seq_no: doc._seq_no, if_primary_term: doc._primary_term } }
            : { create: { _index: this.alias, _id: update.id } },
          merged,
        );
        sent.push(update);
      });
      if (sent.length === 0) break;
      let response;
      try {
        response = await client.bulk({ operations });
      } catch (cause) {
        throw new ElasticsearchWriteError(`writing the entity registry failed: ${(cause as Error).message}`, true, { cause });
      }
      const again: RegistryUpdate[] = [];
      response.items.forEach((item, k) => {
        const result = item.index ?? item.create;
        const status = result?.status ?? 500;
        if (status < 300) written += 1;
        else if (status === 409 || isRetriableStatus(status)) again.push(sent[k]);
        else {
          // Our own documents against our own strict mapping: a refusal is a bug, not bad input.
          throw new ElasticsearchWriteError(`the entity registry refused entry ${sent[k].id} (${status}): ${result?.error?.reason ?? 'no reason given'}`, false);
        }
      });
      if (again.length === 0) break;
      if (attempt >= attempts) throw new ElasticsearchWriteError(`${again.length} registry entries still conflicting or refused after ${attempt} attempts`, true);
      await sleep(50 * 2 ** attempt);
      pending = again;
    }
    return written;
  }
}

function isMissingIndex(error: unknown): boolean {
  return error instanceof errors.ResponseError && error.body?.error?.type === 'index_not_found_exception';
}

/**
 * Registered entities with any of the given alias keys (nameKey form), at most `size`. An absent
 * registry (nothing indexed yet, or an indexer that never ran) is an empty answer, not an error.
 */
export async function findEntitiesByAliasKeys(client: Client, videosAlias: string, keys: readonly string[], size = 50): Promise<RegistryEntity[]> {
  if (keys.length === 0) return [];
  try {
    const response = await client.search<RegistryEntity>({ index: registryAlias(videosAlias), size, query: { terms: { aliasKeys: [...keys] } } });
    return response.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
  } catch (error) {
    if (isMissingIndex(error)) return [];
    throw error;
  }
}

/**
 * Registry entries changed at or after `since` (ISO; every entry when undefined), newest first, at
 * most `size`: how the gateway's RegistryCache follows the registry. An absent registry has none.
 */
export async function findEntitiesChangedSince(client: Client, videosAlias: string, since: string | undefined, size: number): Promise<RegistryEntity[]> {
  try {
    const response = await client.search<RegistryEntity>({
      index: registryAlias(videosAlias),
      size,
      query: since === undefined ? { match_all: {} } : { range: { updatedAt: { gte: since } } },
      sort: [{ updatedAt: 'desc' as const }],
    });
    return response.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
  } catch (error) {
    if (isMissingIndex(error)) return [];
    throw error;
  }
}

/** Registry entities whose canonical name or an alias starts with the words of `prefix` (folded), best first. */
export async function suggestEntities(client: Client, videosAlias: string, input: { prefix: string; types: readonly NameType[]; size: number }): Promise<RegistryEntity[]> {
  try {
    const response = await client.search<RegistryEntity>({
      index: registryAlias(videosAlias),
      size: input.size,
      query: {
        bool: {
          filter: [{ terms: { type: [...input.types] } }],
          must: [{ multi_match: { query: input.prefix, fields: ['canonical.prefix^2', 'aliases.prefix'], operator: 'and' as const } }],
        },
      },
      sort: ['_score', { id: 'asc' as const }],
    });
    return response.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
  } catch (error) {
    if (isMissingIndex(error)) return [];
    throw error;
  }
}

export async function getEntities(client: Client, videosAlias: string, ids: readonly string[]): Promise<Map<string, RegistryEntity>> {
  const found = new Map<string, RegistryEntity>();
  if (ids.length === 0) return found;
  try {
    const response = await client.mget<RegistryEntity>({ index: registryAlias(videosAlias), ids: [...ids] });
    for (const doc of response.docs) if ('found' in doc && doc.found && doc._source) found.set(doc._id, doc._source);
  } catch (error) {
    if (!isMissingIndex(error)) throw error;
  }
  return found;
}

/**
 * Documents per entity in the videos index: a `filters` aggregation with one bucket per entity
 * (any of its canonical spellings on its type's facet field), so a document is counted once per
 * entity however often it mentions it and however often it was delivered.
 */
export async function countDocuments(client: Client, videosAlias: string, entities: ReadonlyArray<Pick<RegistryEntity, 'id' | 'type' | 'variants'>>): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (entities.length === 0) return counts;
  const filters = Object.fromEntries(entities.map((e) => [e.id, { terms: { [FACET_FIELD[e.type]]: e.variants } }]));
  const response = await client.search({ index: videosAlias, size: 0, aggs: { entities: { filters: { filters } } } });
  const buckets = (response.aggregations?.entities as { buckets: Record<string, { doc_count: number }> } | undefined)?.buckets ?? {};
  for (const e of entities) counts.set(e.id, buckets[e.id]?.doc_count ?? 0);
  return counts;
}

/** The most frequent canonical names of the given types in the videos index, with their entity ids. */
export async function topEntities(client: Client, videosAlias: string, types: readonly NameType[], size: number): Promise<Array<{ id: string; type: NameType; canonical: string; documents: number }>> {
  const aggs = Object.fromEntries(types.map((t) => [t, { terms: { field: FACET_FIELD[t], size } }]));
  const response = await client.search({ index: videosAlias, size: 0, aggs });
  return types.flatMap((type) => {
    const buckets = (response.aggregations?.[type] as { buckets: Array<{ key: string; doc_count: number }> } | undefined)?.buckets ?? [];
    return buckets.map((b) => ({ id: entityId(type, b.key), type, canonical: b.key, documents: b.doc_count }));
  });
}
