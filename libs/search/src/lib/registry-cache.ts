import type { RegistryEntity } from './registry';

export interface RegistryCacheOptions {
  /**
   * How long an alias key's answer is kept at most, in ms. The changes read every `pollInMs` keep
   * cached answers current; this bound only matters when they cannot be read (Elasticsearch down)
   * or the registry was replaced rather than changed.
   */
  ttlInMs: number;
  /** Alias keys remembered at once; the least recently used go first. */
  maxKeys: number;
  /** How often the registry's changes are read, in ms (by start()). */
  pollInMs: number;
  /**
   * Each read asks for entries changed since the newest change seen minus this much, in ms: an
   * entry stamped a little earlier by another indexer's clock, or made visible by a later refresh,
   * is still read. Entries read twice are applied twice, which changes nothing.
   */
  overlapInMs: number;
  /** At most this many changed entries per read; a read that fills it drops every cached answer instead. */
  pageSize: number;
  now?: () => number;
}

export const DEFAULT_REGISTRY_CACHE: RegistryCacheOptions = { ttlInMs: 600_000, maxKeys: 20_000, pollInMs: 2_000, overlapInMs: 10_000, pageSize: 500 };

/** Where the cache reads the registry (registry-store's findEntitiesByAliasKeys and findEntitiesChangedSince). */
export interface RegistryReader {
  /** Registered entities with any of these alias keys. */
  find(keys: string[]): Promise<RegistryEntity[]>;
  /** Entries whose `updatedAt` is at or after `since` (all when undefined), newest first, at most `size`. */
  changedSince(since: string | undefined, size: number): Promise<RegistryEntity[]>;
}

/**
 * The registry lookups of alias-aware search, per alias key (a query word run or a filter value),
 * so a word is looked up once rather than on every search. Keys that name no entity are remembered
 * too (as empty), which is most of them.
 *
 * Cached answers follow the registry's changes (refresh(), every `pollInMs` once started): an
 * entry that changed is put into the answer of every cached key it carries. Registry merges are
 * unions, so an entry never leaves a key it had; the keys it carries now are all the answers it
 * can change. A newly registered alias therefore widens searches within about `pollInMs`.
 */
export class RegistryCache {
  private readonly entries = new Map<string, { at: number; entities: RegistryEntity[] }>();
  private readonly now: () => number;
  /** The newest `updatedAt` read so far (ISO). */
  private newest: string | undefined;
  /** Counts the reads that changed cached answers: a lookup that spans one is not cached. */
  private generation = 0;
  private timer: NodeJS.Timeout | undefined;
  private failing = false;

  constructor(
    private readonly reader: RegistryReader,
    private readonly options: RegistryCacheOptions = DEFAULT_REGISTRY_CACHE,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Alias keys with a cached answer. */
  get size(): number {
    return this.entries.size;
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
      const generation = this.generation;
      const fetched = await this.reader.find(missing);
      // Changes read meanwhile may be newer than this answer: use it, but do not keep it.
      const keep = generation === this.generation;
      for (const key of missing) {
        const entities = fetched.filter((e) => e.aliasKeys.includes(key));
        if (keep) {
          this.entries.delete(key);
          this.entries.set(key, { at: now, entities });
        }
        for (const e of entities) found.set(e.id, e);
      }
      while (this.entries.size > this.options.maxKeys) this.entries.delete(this.entries.keys().next().value as string);
    }
    return [...found.values()];
  }

  /**
   * Reads the registry's changes since the last read and applies them to the cached answers; when
   * there are more than `pageSize`, forgets every cached answer instead. The first read only learns
   * where the registry stands. A failed read changes nothing (the next one reads from the same point).
   */
  async refresh(): Promise<void> {
    const { overlapInMs, pageSize } = this.options;
    const since = this.newest === undefined ? undefined : new Date(Date.parse(this.newest) - overlapInMs).toISOString();
    const changed = await this.reader.changedSince(since, pageSize);
    if (changed.length === 0) return;
    this.generation += 1;
    if (changed.length >= pageSize) this.entries.clear();
    else for (const entity of changed) this.apply(entity);
    // Newest first: the first entry is the newest change read.
    if (this.newest === undefined || changed[0].updatedAt > this.newest) this.newest = changed[0].updatedAt;
  }

  /** Reads the changes every `pollInMs` until stop(); `onError` hears of the first failure of a run of them, and of the recovery. */
  start(onError?: (error: Error | undefined) => void): void {
    if (this.timer) return;
    const tick = async () => {
      try {
        await this.refresh();
        if (this.failing) onError?.(undefined);
        this.failing = false;
      } catch (error) {
        if (!this.failing) onError?.(error as Error);
        this.failing = true;
      }
      if (this.timer) this.timer = setTimeout(() => void tick(), this.options.pollInMs).unref();
    };
    this.timer = setTimeout(() => void tick(), 0).unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private apply(entity: RegistryEntity): void {
    for (const key of entity.aliasKeys) {
      const entry = this.entries.get(key);
      if (entry) entry.entities = [...entry.entities.filter((e) => e.id !== entity.id), entity];
    }
  }
}
