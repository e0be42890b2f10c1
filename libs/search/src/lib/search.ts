import type { Client } from '@elastic/elasticsearch';
import type { SearchRequest } from '@elastic/elasticsearch/lib/api/types';
import { errors } from '@elastic/elasticsearch';
import type { EnrichedDocument } from '@vidx/contracts';
import { z } from 'zod';
import { lookupKeys, registryContext } from './alias-expansion';
import { CursorExpiredError, decodeCursor, encodeCursor, fingerprintQuery } from './cursor';
import { toFacets, toSearchHit, type SearchHit, type SearchResult } from './hits';
import {
  buildSearchRequest,
  buildSimilarRequest,
  buildTitleSuggestRequest,
  cleanText,
  fuzzyRetryCorrections,
  totalOf,
  type SearchParams,
  type TextMatching,
} from './query';
import { leanSearch } from './lean-search';
import { REGISTRY_TYPES } from './registry';
import { findEntitiesByAliasKeys, suggestEntities } from './registry-store';
import { DEFAULT_SNAPSHOT_OPTIONS, SnapshotPool } from './point-in-time';
import type { RegistryCache } from './registry-cache';
import type { GatePriority, SearchGate } from './search-gate';

/** Elasticsearch's answer when a PIT id is unknown, expired or not a PIT id at all. */
function isGoneSnapshot(error: unknown): boolean {
  if (!(error instanceof errors.ResponseError)) return false;
  const body = error.body as { error?: { type?: string; root_cause?: Array<{ type?: string }>; caused_by?: { type?: string } } } | undefined;
  const types = [body?.error?.type, body?.error?.caused_by?.type, ...(body?.error?.root_cause ?? []).map((c) => c.type)];
  return (
    error.statusCode === 404 ||
    types.some((t) => t === 'search_context_missing_exception' || t === 'illegal_argument_exception' || t === 'search_phase_execution_exception')
  ) && error.statusCode !== undefined && error.statusCode < 500;
}

/**
 * What a search reads of Elasticsearch's answer (filter_path): the rest (index names, shard
 * counts, per-bucket error bounds) is work to write, send and parse for nothing.
 */
export const SEARCH_RESPONSE_FIELDS = [
  'pit_id',
  'hits.total',
  'hits.hits._id',
  'hits.hits._score',
  'hits.hits._source',
  'hits.hits.highlight',
  'hits.hits.sort',
  'aggregations.*.buckets.key',
  'aggregations.*.buckets.key_as_string',
  'aggregations.*.buckets.doc_count',
  // Dates are read by their formatted key only.
  '-aggregations.dates.buckets.key',
  'suggest.*.text',
  'suggest.*.options.text',
];

/**
 * Searches the videos alias in a point-in-time snapshot with search_after, so a cursor pages
 * through a fixed result list however many documents are indexed meanwhile, as deep as needed
 * (no from+size window). Query words and filter values that are aliases of registered entities are
 * looked up in the entity registry first (one request), so "AMLO" also finds documents that only
 * say "López Obrador".
 */
export async function searchVideos(
  client: Client,
  alias: string,
  params: SearchParams,
  options: { snapshots?: SnapshotPool; registry?: RegistryCache; gate?: SearchGate } = {},
): Promise<SearchResult> {
  const pool = options.snapshots ?? new SnapshotPool(client, alias, { ...DEFAULT_SNAPSHOT_OPTIONS, reuseInMs: 0 });
  const { cursor: token, ...query } = params;
  const fp = fingerprintQuery(query);
  const cursor = token ? decodeCursor(token, fp) : undefined;
  const keys = lookupKeys(params);
  const entities = options.registry ? await options.registry.find(keys) : await findEntitiesByAliasKeys(client, alias, keys);
  const context = registryContext(params, entities);
  let corrections = cursor?.corrections ?? {};
  const request = (pit: string, matching: TextMatching) => () =>
    leanSearch(client, {
      ...(buildSearchRequest(params, context, matching, Object.values(corrections)) as SearchRequest),
      filter_path: SEARCH_RESPONSE_FIELDS,
      pit: { id: pit, keep_alive: pool.options.keepAlive },
      ...(cursor && { search_after: cursor.after }),
    });
  // The first request waits its turn at the gate; the next steps of this search go first.
  const run = async (pit: string, matching: TextMatching, priority: GatePriority) =>
    options.gate ? options.gate.run(request(pit, matching), priority) : request(pit, matching)();
  let matching: TextMatching = cursor?.fuzzy ? 'fuzzy' : 'exact';
  let response;
  let pit = cursor?.pit ?? (await pool.id());
  try {
    response = await run(pit, matching, 'new');
  } catch (error) {
    if (!isGoneSnapshot(error)) throw error;
    if (cursor) throw new CursorExpiredError({ cause: error });
    // The shared snapshot vanished (a cluster restart): take a new one once.
    pool.invalidate(pit);
    pit = await pool.id();
    response = await run(pit, matching, 'continuation');
  }
  // Nothing matched the words as typed and a word has a close indexed spelling: try again allowing
  // typos (same snapshot, so a cursor made from these results pages through the same list),
  // marking the corrected spellings.
  const retry = cursor ? undefined : fuzzyRetryCorrections(response);
  if (retry) {
    matching = 'fuzzy';
    corrections = retry;
    response = await run(response.pit_id ?? pit, matching, 'continuation');
  }
  const total = totalOf(response);
  // filter_path leaves `hits.hits` out when there are none.
  const hits = response.hits.hits ?? [];
  const seen = (cursor?.seen ?? 0) + hits.length;
  const last = hits.at(-1);
  const fuzzy = matching === 'fuzzy';
  const nextCursor =
    last?.sort && hits.length === params.size && seen < total
      ? encodeCursor({ pit: response.pit_id ?? pit, after: last.sort as Array<string | number | null>, seen, fp, fuzzy, corrections })
      : null;
  return {
    total,
    hits: hits.map(toSearchHit),
    nextCursor,
    facets: toFacets(response.aggregations as Record<string, unknown> | undefined),
    fuzzy,
    ...(fuzzy && { corrections }),
  };
}

/** The whole enriched document (including what was removed as boilerplate), or null. */
export async function getVideo(client: Client, alias: string, id: string): Promise<EnrichedDocument | null> {
  try {
    const response = await client.get<EnrichedDocument>({ index: alias, id });
    return response._source ?? null;
  } catch (error) {
    if (error instanceof errors.ResponseError && error.statusCode === 404) return null;
    throw error;
  }
}

export const SimilarParamsSchema = z.object({ size: z.coerce.number().int().min(1).max(50).default(10) }).strict();
export type SimilarParams = z.infer<typeof SimilarParamsSchema>;

/** Videos most like one video (title and body), the video itself left out; null if it is unknown. */
export async function similarVideos(client: Client, alias: string, id: string, params: SimilarParams): Promise<{ hits: SearchHit[] } | null> {
  const doc = await getVideo(client, alias, id);
  if (!doc) return null;
  const response = await client.search({ index: alias, ...buildSimilarRequest({ id, title: doc.title, body: doc.body }, params.size) });
  return { hits: response.hits.hits.map(toSearchHit) };
}

export const SuggestParamsSchema = z
  .object({
    q: z
      .string()
      .pipe(cleanText('q'))
      .pipe(z.string().trim().min(1, 'must not be empty').max(100)),
    size: z.coerce.number().int().min(1).max(20).default(5),
  })
  .strict();
export type SuggestParams = z.infer<typeof SuggestParamsSchema>;

export interface Suggestions {
  /** Titles whose words start with what was typed, best first. */
  titles: Array<{ id: string; title: string; publishedAt?: string; source?: string }>;
  /** Registered people, organisations and places whose name or an alias starts with it. */
  entities: Array<{ id: string; type: string; name: string; matched?: string }>;
}

/** As-you-type suggestions: titles (title.prefix edge n-grams) and entity names (the registry, aliases included). */
export async function suggest(client: Client, alias: string, params: SuggestParams): Promise<Suggestions> {
  const [titles, entities] = await Promise.all([
    client.search<Partial<EnrichedDocument>>({ index: alias, ...buildTitleSuggestRequest(params.q, params.size) }),
    suggestEntities(client, alias, { prefix: params.q, types: REGISTRY_TYPES, size: params.size }),
  ]);
  return {
    titles: titles.hits.hits.map((h) => ({ id: h._id ?? '', title: h._source?.title ?? '', publishedAt: h._source?.publishedAt, source: h._source?.source })),
    entities: entities.map((e) => ({ id: e.id, type: e.type, name: e.canonical })),
  };
}

/** How many documents the alias holds and when the last one was indexed (null when none). */
export async function indexStats(client: Client, alias: string): Promise<{ documents: number; lastIndexedAt: string | null }> {
  const response = await client.search({ index: alias, size: 0, track_total_hits: true, aggs: { last: { max: { field: 'pipeline.indexedAt' } } } });
  const total = totalOf(response);
  const last = response.aggregations?.last as { value: number | null; value_as_string?: string } | undefined;
  return { documents: total, lastIndexedAt: last?.value ? new Date(last.value).toISOString() : null };
}
