import type { Client } from '@elastic/elasticsearch';
import { errors } from '@elastic/elasticsearch';
import type { EnrichedDocument } from '@vidx/contracts';
import { toSearchHit, type SearchResult } from './hits';
import { buildSearchRequest, type SearchParams } from './query';

export async function searchVideos(client: Client, alias: string, params: SearchParams): Promise<SearchResult> {
  const response = await client.search({ index: alias, ...buildSearchRequest(params) });
  const total = typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
  return { total, hits: response.hits.hits.map(toSearchHit) };
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
