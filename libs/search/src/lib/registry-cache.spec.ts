import type { RegistryEntity } from './registry';
import { RegistryCache } from './registry-cache';

const amlo = { id: 'p-1', type: 'PERSON', canonical: 'AMLO', variants: ['AMLO'], aliases: [], aliasKeys: ['amlo', 'lopez obrador'] } as unknown as RegistryEntity;

describe('RegistryCache', () => {
  it('asks only for keys it has no fresh answer for, remembering misses too, until the TTL passes', async () => {
    let now = 0;
    const asked: string[][] = [];
    const cache = new RegistryCache(
      async (keys) => {
        asked.push(keys);
        return keys.includes('amlo') ? [amlo] : [];
      },
      { ttlInMs: 1000, maxKeys: 100, now: () => now },
    );
    expect(await cache.find(['amlo', 'talks'])).toEqual([amlo]);
    expect(await cache.find(['amlo', 'talks', 'grain'])).toEqual([amlo]);
    expect(asked).toEqual([['amlo', 'talks'], ['grain']]);
    now = 1000;
    await cache.find(['talks']);
    expect(asked.at(-1)).toEqual(['talks']);
  });

  it('forgets the least recently used keys beyond the bound', async () => {
    const asked: string[][] = [];
    const cache = new RegistryCache(async (keys) => (asked.push(keys), []), { ttlInMs: 60_000, maxKeys: 2, now: () => 0 });
    await cache.find(['a', 'b']);
    await cache.find(['a']);
    await cache.find(['c']);
    await cache.find(['a', 'b']);
    expect(asked).toEqual([['a', 'b'], ['c'], ['b']]);
  });
});
