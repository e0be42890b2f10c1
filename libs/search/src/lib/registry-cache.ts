import type { RegistryEntity } from './registry';

export interface RegistryCacheOptions {
  /**
   * How long an alias key's answer is reused, in ms. The registry changes when new entities are
   * indexed, seconds apart at most; without the cache every search pays one more Elasticsearch
   * round trip (a third of the gateway's throughput in bench:search). A new alias is therefore
   * used by search at most this much later than it is registered.
   */
  ttlInMs: number;
  /** Alias keys remembered at once; the least recently used go first. */
  maxKeys: number;
  now?: () => number;
}

export const DEFAULT_REGISTRY_CACHE: RegistryCacheOptions = { ttlInMs: 30_000, maxKeys: 20_000 };

/**
 * The registry lookups of alias-aware search, per alias key (a query word run or a filter value),
 * so popular words are looked up once every few seconds instead of on every search. Keys that
 * name no entity are remembered too (as empty), which is most of them.
 */
export class RegistryCache {
  private readonly entries = new Map<string, { at: number; entities: RegistryEntity[] }>();
  private readonly now: () => number;

  /** `lookup` asks the registry (findEntitiesByAliasKeys with a client and alias). */
  constructor(
    private readonly lookup: (keys: string[]) => Promise<RegistryEntity[]>,
    private readonly options: RegistryCacheOptions = DEFAULT_REGISTRY_CACHE,
  ) {
    this.now = options.now ?? Date.now;
  }

  async find(keys: readonly string[]): Promise<RegistryEntity[]> {
    const now = this.now();
    const found = new Map<string, RegistryEntity>();
    const missing: string[] = [];
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (entry && now - entry.at < this.options.ttlInMs) {
        this.entries.delete(key);
        this.entries.set(key, entry);
        for (const e of entry.entities) found.set(e.id, e);
      } else {
        missing.push(key);
      }
    }
    if (missing.length > 0) {
      const fetched = await this.lookup(missing);
      for (const key of missing) {
        const entities = fetched.filter((e) => e.aliasKeys.includes(key));
        this.entries.delete(key);
        this.entries.set(key, { at: now, entities });
        for (const e of entities) found.set(e.id, e);
      }
      while (this.entries.size > this.options.maxKeys) this.entries.delete(this.entries.keys().next().value as string);
    }
    return [...found.values()];
  }
}
