import type { RegistryEntity } from './registry';
import { DEFAULT_REGISTRY_CACHE, RegistryCache, type RegistryCacheOptions, type RegistryReader } from './registry-cache';

function entity(id: string, aliasKeys: string[], updatedAt: string): RegistryEntity {
  return { id, type: 'PERSON', canonical: id, variants: [id], aliases: [], aliasKeys, updatedAt } as unknown as RegistryEntity;
}

const amlo = entity('p-1', ['amlo', 'lopez obrador'], '2026-01-01T00:00:00.000Z');

/** A registry in memory: `entries` is what Elasticsearch would hold; every request is recorded. */
class FakeRegistry implements RegistryReader {
  entries: RegistryEntity[] = [];
  asked: string[][] = [];
  since: Array<string | undefined> = [];
  failing = false;

  async find(keys: string[]): Promise<RegistryEntity[]> {
    this.asked.push(keys);
    return this.entries.filter((e) => e.aliasKeys.some((k) => keys.includes(k)));
  }

  async changedSince(since: string | undefined, size: number): Promise<RegistryEntity[]> {
    if (this.failing) throw new Error('no living connections');
    this.since.push(since);
    return this.entries
      .filter((e) => since === undefined || e.updatedAt >= since)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .slice(0, size);
  }
}

function cacheOf(registry: FakeRegistry, options: Partial<RegistryCacheOptions> = {}): RegistryCache {
  return new RegistryCache(registry, { ...DEFAULT_REGISTRY_CACHE, now: () => 0, ...options });
}

describe('RegistryCache', () => {
  it('asks only for keys it has no fresh answer for, remembering misses too, until the TTL passes', async () => {
    let now = 0;
    const registry = new FakeRegistry();
    registry.entries = [amlo];
    const cache = cacheOf(registry, { ttlInMs: 1000, now: () => now });
    expect(await cache.find(['amlo', 'talks'])).toEqual([amlo]);
    expect(await cache.find(['amlo', 'talks', 'grain'])).toEqual([amlo]);
    expect(registry.asked).toEqual([['amlo', 'talks'], ['grain']]);
    now = 1000;
    await cache.find(['talks']);
    expect(registry.asked.at(-1)).toEqual(['talks']);
  });

  it('forgets the least recently used keys beyond the bound', async () => {
    const registry = new FakeRegistry();
    const cache = cacheOf(registry, { maxKeys: 2 });
    await cache.find(['a', 'b']);
    await cache.find(['a']);
    await cache.find(['c']);
    await cache.find(['a', 'b']);
    expect(registry.asked).toEqual([['a', 'b'], ['c'], ['b']]);
  });

  it('puts a changed or new entry into the cached answers of the keys it carries, without asking for them again', async () => {
    const registry = new FakeRegistry();
    registry.entries = [amlo];
    const cache = cacheOf(registry);
    await cache.refresh();
    expect(await cache.find(['amlo'])).toEqual([amlo]);
    expect(await cache.find(['wck'])).toEqual([]);
    // An indexer learns a new alias of the same entity, and a new entity under a cached key.
    const amloAgain = { ...amlo, aliasKeys: [...amlo.aliasKeys, 'el peje'], updatedAt: '2026-01-01T00:00:05.000Z' };
    const wck = entity('o-2', ['wck', 'world central kitchen'], '2026-01-01T00:00:06.000Z');
    registry.entries = [amloAgain, wck];
    await cache.refresh();
    expect(registry.since.at(-1)).toBe('2025-12-31T23:59:50.000Z');
    expect(await cache.find(['amlo'])).toEqual([amloAgain]);
    expect(await cache.find(['wck'])).toEqual([wck]);
    expect(registry.asked).toEqual([['amlo'], ['wck']]);
    // The next read starts from the newest change seen, less the overlap.
    await cache.refresh();
    expect(registry.since.at(-1)).toBe('2025-12-31T23:59:56.000Z');
  });

  it('does not keep an answer read while changes were applied', async () => {
    const registry = new FakeRegistry();
    registry.entries = [amlo];
    const cache = cacheOf(registry);
    let release!: () => void;
    const slowFind = registry.find.bind(registry);
    registry.find = async (keys) => {
      const answer = await slowFind(keys);
      await new Promise<void>((r) => (release = r));
      return answer;
    };
    const lookup = cache.find(['amlo']);
    await new Promise((r) => setImmediate(r));
    await cache.refresh();
    release();
    expect(await lookup).toEqual([amlo]);
    expect(cache.size).toBe(0);
  });

  it('forgets every cached answer when more entries changed than one read returns', async () => {
    const registry = new FakeRegistry();
    const cache = cacheOf(registry, { pageSize: 2 });
    await cache.find(['amlo', 'talks']);
    expect(cache.size).toBe(2);
    registry.entries = [amlo, entity('p-2', ['x'], '2026-01-01T00:00:01.000Z')];
    await cache.refresh();
    expect(cache.size).toBe(0);
  });

  it('keeps reading from the same point after a failed read', async () => {
    const registry = new FakeRegistry();
    registry.entries = [amlo];
    const cache = cacheOf(registry);
    await cache.refresh();
    registry.failing = true;
    await expect(cache.refresh()).rejects.toThrow('no living connections');
    registry.failing = false;
    await cache.refresh();
    expect(registry.since).toEqual([undefined, '2025-12-31T23:59:50.000Z']);
  });

  it('reads the changes on a timer once started, reporting the first failure and the recovery', async () => {
    jest.useFakeTimers();
    try {
      const registry = new FakeRegistry();
      const cache = cacheOf(registry, { pollInMs: 1000 });
      const heard: Array<string | undefined> = [];
      cache.start((error) => heard.push(error?.message));
      await jest.advanceTimersByTimeAsync(0);
      expect(registry.since).toHaveLength(1);
      registry.failing = true;
      await jest.advanceTimersByTimeAsync(3000);
      registry.failing = false;
      await jest.advanceTimersByTimeAsync(1000);
      expect(heard).toEqual(['no living connections', undefined]);
      expect(registry.since).toHaveLength(2);
      cache.stop();
      await jest.advanceTimersByTimeAsync(5000);
      expect(registry.since).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
