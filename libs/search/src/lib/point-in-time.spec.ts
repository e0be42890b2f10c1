import type { Client } from '@elastic/elasticsearch';
import { SnapshotPool } from './point-in-time';

/** A stand-in for the one client call the pool makes: opens numbered snapshots, or refuses. */
function opener() {
  const state = { opened: 0, refuse: false };
  const client = {
    openPointInTime: async () => {
      if (state.refuse) throw new Error('Trying to create too many Point In Time contexts');
      state.opened += 1;
      return { id: `pit-${state.opened}` };
    },
  } as unknown as Client;
  return { state, client };
}

/** Lets an opening started in the background finish. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SnapshotPool', () => {
  it('shares one snapshot for reuseInMs, then opens the next; concurrent callers share an opening', async () => {
    let now = 0;
    const { state, client } = opener();
    const pool = new SnapshotPool(client, 'videos', { reuseInMs: 2000, keepAlive: '5m', now: () => now });
    expect(await Promise.all([pool.id(), pool.id(), pool.id()])).toEqual(['pit-1', 'pit-1', 'pit-1']);
    now = 1999;
    expect(await pool.id()).toBe('pit-1');
    expect(state.opened).toBe(1);
    // Due for renewal: the searches of this moment read the current snapshot while the next opens.
    now = 2000;
    expect(await Promise.all([pool.id(), pool.id()])).toEqual(['pit-1', 'pit-1']);
    await settle();
    expect(await pool.id()).toBe('pit-2');
    expect(state.opened).toBe(2);
  });

  it('after a quiet spell of twice reuseInMs, waits for a new snapshot rather than serve a stale one', async () => {
    let now = 0;
    const { state, client } = opener();
    const pool = new SnapshotPool(client, 'videos', { reuseInMs: 1000, keepAlive: '5m', now: () => now });
    expect(await pool.id()).toBe('pit-1');
    now = 2000;
    expect(await pool.id()).toBe('pit-2');
    expect(state.opened).toBe(2);
  });

  it('keeps serving the current snapshot when Elasticsearch refuses a new one, and tries again later', async () => {
    let now = 0;
    const { state, client } = opener();
    const pool = new SnapshotPool(client, 'videos', { reuseInMs: 1000, keepAlive: '5m', now: () => now });
    expect(await pool.id()).toBe('pit-1');
    state.refuse = true;
    now = 1500;
    expect(await pool.id()).toBe('pit-1');
    await settle();
    state.refuse = false;
    now = 2000;
    expect(await pool.id()).toBe('pit-1');
    await settle();
    expect(state.opened).toBe(1);
    now = 2500;
    expect(await pool.id()).toBe('pit-1');
    await settle();
    expect(await pool.id()).toBe('pit-2');
  });

  it('fails when it has no snapshot to fall back on', async () => {
    const { state, client } = opener();
    state.refuse = true;
    await expect(new SnapshotPool(client, 'videos', { reuseInMs: 1000, keepAlive: '5m' }).id()).rejects.toThrow(/too many/);
  });
});
