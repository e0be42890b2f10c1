import type { Client } from '@elastic/elasticsearch';
import { searchVideos, SearchParamsSchema, type RegistryCache, type SearchGate, type SearchResult, type SnapshotPool } from '@vidx/search';
import { InFlight } from '@vidx/service';
import { parseQuery } from './request-errors';

/**
 * GET /v1/search's own work, one piece for both ways a search arrives (the Nest route and the
 * fast path): the parameters checked (400 naming each bad one), then searchVideos with the
 * gateway's shared snapshots, registry cache and admission gate.
 */
export class VideoSearch {
  private readonly inFlight = new InFlight();

  constructor(
    private readonly es: Client,
    private readonly alias: string,
    private readonly shared: { snapshots: SnapshotPool; registry: RegistryCache; gate: SearchGate },
  ) {}

  /** Searches running now. */
  get running(): number {
    return this.inFlight.count;
  }

  get gate(): SearchGate {
    return this.shared.gate;
  }

  run(query: Record<string, unknown>): Promise<SearchResult> {
    return this.inFlight.track(async () => searchVideos(this.es, this.alias, parseQuery(SearchParamsSchema, query), this.shared));
  }

  /**
   * At shutdown, after the HTTP server has closed: waits up to `timeoutMs` for the searches still
   * running (those whose clients hung up) before the Elasticsearch client is closed under them.
   */
  settled(timeoutMs: number): Promise<boolean> {
    return this.inFlight.settled(timeoutMs);
  }
}
