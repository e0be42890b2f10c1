import type { Client } from '@elastic/elasticsearch';
import { errors } from '@elastic/elasticsearch';
import type { EnrichedDocument } from '@vidx/contracts';
import { lookupKeys, registryContext } from './alias-expansion';
import { toSearchHit, type FacetValue, type SearchResult } from './hits';
import { buildSearchRequest, type SearchParams } from './query';
import { entityId } from './registry';
import { findEntitiesByAliasKeys } from './registry-store';

type Buckets = { buckets: Array<{ key: string; doc_count: number }> } | undefined;

/**
 * Searches the videos alias. Query words and filter values that are aliases of registered
 * entities are looked up in the entity registry first (one request), so "AMLO" also finds
 * documents that only say "López Obrador".
 */
export async function searchVideos(client: Client, alias: string, params: SearchParams): Promise<SearchResult> {
  const entities = await findEntitiesByAliasKeys(client, alias, lookupKeys(params));
  const response = await client.search({ index: alias, ...buildSearchRequest(params, registryContext(params, entities)) });
  const total = typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
  const facet = (name: 'people' | 'organizations' | 'locations', type: 'PERSON' | 'ORGANIZATION' | 'LOCATION'): FacetValue[] =>
    ((response.aggregations?.[name] as Buckets)?.buckets ?? []).map((b) => ({ id: entityId(type, b.key), name: b.key, count: b.doc_count }));
  return {
    total,
    hits: response.hits.hits.map(toSearchHit),
    facets: { people: facet('people', 'PERSON'), organizations: facet('organizations', 'ORGANIZATION'), locations: facet('locations', 'LOCATION') },
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
