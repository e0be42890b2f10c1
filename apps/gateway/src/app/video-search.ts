import type { Client } from '@elastic/elasticsearch';
import { searchVideos, SearchParamsSchema, type RegistryCache, type SearchGate, type SearchResult, type SnapshotPool } from '@vidx/search';
import { parseQuery } from './request-errors';

/**
 * GET /v1/search's own work, one piece for both ways a search arrives (the Nest route and the
 * fast path): the parameters checked (400 naming each bad one), then searchVideos with the
 * gateway's shared snapshots, registry cache and admission gate.
 */
export class VideoSearch {
  constructor(
    private readonly es: Client,
    private readonly alias: string,
    private readonly shared: { snapshots: SnapshotPool; registry: RegistryCache; gate: SearchGate },
  ) {}

  get gate(): SearchGate {
    return this.shared.gate;
  }

  run(query: Record<string, unknown>): Promise<SearchResult> {
    return searchVideos(this.es, this.alias, parseQuery(SearchParamsSchema, query), this.shared);
  }
}
