import type { Client } from '@elastic/elasticsearch';
import { clusterSearchThreads, concurrencyCeilingForThreads, concurrencyForThreads, SearchGate, SearchOverloadedError } from './search-gate';

/** A request that finishes when the test says so, recording when it started. */
function pending(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    request: async () => {
      log.push(name);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SearchGate', () => {
  it('lets at most `concurrency` requests run, the others in order as slots free', async () => {
    const gate = new SearchGate({ concurrency: 2, maxQueued: 10 });
    const started: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => pending(started, n));
    const results = [a, b, c, d].map((p) => gate.run(p.request));
    await settle();
    expect(started).toEqual(['a', 'b']);
    expect(gate.inFlight).toBe(2);
    expect(gate.waiting).toBe(2);
    b.finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    a.finish();
    c.finish();
    d.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(gate.inFlight).toBe(0);
  });

  it('gives a free slot to the next step of a started search before any new search', async () => {
    const gate = new SearchGate({ concurrency: 1, maxQueued: 10 });
    const started: string[] = [];
    const [first, fresh, retry] = ['first', 'fresh', 'retry'].map((n) => pending(started, n));
    const results = [gate.run(first.request), gate.run(fresh.request, 'new'), gate.run(retry.request, 'continuation')];
    await settle();
    first.finish();
    await settle();
    expect(started).toEqual(['first', 'retry']);
    retry.finish();
    fresh.finish();
    await Promise.all(results);
    expect(started).toEqual(['first', 'retry', 'fresh']);
  });

  it('refuses new searches past maxQueued, never the next step of a started one', async () => {
    const gate = new SearchGate({ concurrency: 1, maxQueued: 1 });
    const started: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((n) => pending(started, n));
    const running = gate.run(a.request);
    const queued = gate.run(b.request);
    await expect(gate.run(async () => 'refused')).rejects.toBeInstanceOf(SearchOverloadedError);
    await expect(gate.run(async () => 'refused')).rejects.toMatchObject({ code: 'OVERLOADED', retriable: true });
    const continuation = gate.run(c.request, 'continuation');
    a.finish();
    b.finish();
    c.finish();
    expect(await Promise.all([running, queued, continuation])).toEqual(['a', 'b', 'c']);
  });

  it('frees the slot when a request fails', async () => {
    const gate = new SearchGate({ concurrency: 1, maxQueued: 10 });
    await expect(gate.run(async () => Promise.reject(new Error('es down')))).rejects.toThrow('es down');
    expect(gate.inFlight).toBe(0);
    expect(await gate.run(async () => 'next')).toBe('next');
  });

  it('with concurrency 0 runs everything at once', async () => {
    const gate = new SearchGate({ concurrency: 0, maxQueued: 0 });
    const started: string[] = [];
    const requests = ['a', 'b', 'c'].map((n) => pending(started, n));
    const results = requests.map((p) => gate.run(p.request));
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    requests.forEach((p) => p.finish());
    await Promise.all(results);
  });

  it('takes a new limit at once: raising it starts waiters, lowering it lets running requests drain', async () => {
    const gate = new SearchGate({ concurrency: 1, maxQueued: 10 });
    const started: string[] = [];
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => pending(started, n));
    const results = [a, b, c, d].map((p) => gate.run(p.request));
    await settle();
    expect(started).toEqual(['a']);
    gate.setConcurrency(3);
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    gate.setConcurrency(1);
    a.finish();
    b.finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    c.finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    d.finish();
    await Promise.all(results);
    expect(gate.inFlight).toBe(0);
  });
});

describe('SearchGate adapting its limit to the latency target', () => {
  /** A gate between `limit` and `ceiling` on a clock the test moves. */
  function setUp(limit: number, ceiling: number, target: number) {
    let clock = 0;
    const gate = new SearchGate({ concurrency: 1, maxQueued: 1000, latencyTargetMs: target, now: () => clock });
    gate.setConcurrency(limit, ceiling);
    return { gate, advance: (ms: number) => (clock += ms) };
  }

  /** Runs `n` searches through the gate, each taking `ms` on the test's clock; keeps `queued` more waiting meanwhile. */
  async function drive(gate: SearchGate, tick: (ms: number) => void, n: number, ms: number, queued: number): Promise<void> {
    const running: Array<{ finish: () => void; done: Promise<string> }> = [];
    let started = 0;
    const start = () => {
      let finish!: () => void;
      const until = new Promise<void>((resolve) => (finish = resolve));
      const done = gate.run(async () => {
        await until;
        return 'x';
      });
      running.push({ finish, done });
      started += 1;
    };
    for (let i = 0; i < Math.min(n, gate.concurrency + queued); i += 1) start();
    while (running.length > 0) {
      await settle();
      tick(ms);
      const batch = running.splice(0, Math.max(1, Math.min(running.length, gate.inFlight)));
      for (const r of batch) r.finish();
      await Promise.all(batch.map((r) => r.done));
      while (started < n && running.length < gate.concurrency + queued) start();
    }
  }

  it('rises one step at a time towards the ceiling while requests stay under the target and searches wait', async () => {
    const { gate, advance } = setUp(6, 20, 20);
    expect(gate.concurrency).toBe(6);
    await drive(gate, advance, 400, 5, 10);
    expect(gate.concurrency).toBeGreaterThan(6);
    expect(gate.concurrency).toBeLessThanOrEqual(20);
  });

  it('comes back down, no lower than its floor, while requests take longer than the target', async () => {
    const { gate, advance } = setUp(6, 20, 20);
    await drive(gate, advance, 400, 5, 10);
    const raised = gate.concurrency;
    expect(raised).toBeGreaterThan(6);
    await drive(gate, advance, 2000, 50, 10);
    expect(gate.concurrency).toBe(6);
  });

  it('does not rise when nothing waits for a slot, nor without a ceiling or a target', async () => {
    const idle = setUp(6, 20, 20);
    await drive(idle.gate, idle.advance, 400, 5, 0);
    expect(idle.gate.concurrency).toBe(6);
    const fixed = setUp(6, 6, 20);
    await drive(fixed.gate, fixed.advance, 400, 5, 10);
    expect(fixed.gate.concurrency).toBe(6);
    let clock = 0;
    const untargeted = new SearchGate({ concurrency: 1, maxQueued: 1000, now: () => clock });
    untargeted.setConcurrency(6, 20);
    await drive(untargeted, (ms) => (clock += ms), 400, 5, 10);
    expect(untargeted.concurrency).toBe(6);
  });
});

describe('clusterSearchThreads', () => {
  const clientAnswering = (nodes: Record<string, unknown>) => ({ nodes: { info: async () => ({ nodes }) } }) as unknown as Client;

  it('sums the search threads of the nodes that hold data', async () => {
    const client = clientAnswering({
      a: { roles: ['master', 'data_hot', 'ingest'], thread_pool: { search: { size: 13 } } },
      b: { roles: ['data_content'], thread_pool: { search: { size: 7 } } },
      c: { roles: ['master'], thread_pool: { search: { size: 4 } } },
    });
    expect(await clusterSearchThreads(client)).toBe(20);
  });

  it('counts every node when roles are not reported', async () => {
    expect(await clusterSearchThreads(clientAnswering({ a: { thread_pool: { search: { size: 4 } } } }))).toBe(4);
  });
});

describe('concurrencyForThreads', () => {
  it('keeps half as many again as the search threads in flight, at least one', () => {
    expect(concurrencyForThreads(4)).toBe(6);
    expect(concurrencyForThreads(13)).toBe(20);
    expect(concurrencyForThreads(0)).toBe(1);
  });

  it('lets the limit rise to five per search thread, never below the floor', () => {
    expect(concurrencyCeilingForThreads(4)).toBe(20);
    expect(concurrencyCeilingForThreads(0)).toBe(1);
  });
});
