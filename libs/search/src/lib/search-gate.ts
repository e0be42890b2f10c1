import type { Client } from '@elastic/elasticsearch';
import { VidxError } from '@vidx/contracts';

export interface SearchGateOptions {
  /** At most this many requests in Elasticsearch at once; 0 = no limit (no queue in the gateway). */
  concurrency: number;
  /** New searches waiting beyond this many are refused (SearchOverloadedError) instead of queued. */
  maxQueued: number;
  /**
   * With a ceiling above `concurrency` (setConcurrency), the limit moves between the two by how
   * long Elasticsearch takes: up while its requests take on average less than this many
   * milliseconds and searches wait in the gateway, down while they take more.
   */
  latencyTargetMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

/** Too many searches are waiting for Elasticsearch: answered 503 with Retry-After, nothing is queued. */
export class SearchOverloadedError extends VidxError {
  constructor(readonly waiting: number) {
    super('OVERLOADED', `${waiting} searches are already waiting for Elasticsearch (GATEWAY_ES_MAX_QUEUED): retry in a second`, true);
  }
}

/**
 * What a request is to the gate: the first Elasticsearch request of a search, or the next step of
 * a search already under way (the fuzzy retry, a retry on a new snapshot).
 */
export type GatePriority = 'new' | 'continuation';

/** A FIFO queue of waiters with O(1) push and shift. */
class Waiters {
  private items: Array<() => void> = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(wake: () => void): void {
    this.items.push(wake);
  }

  shift(): (() => void) | undefined {
    if (this.head >= this.items.length) return undefined;
    const wake = this.items[this.head];
    this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return wake;
  }
}

/**
 * Admission control between the gateway and Elasticsearch. At most `concurrency` requests are in
 * Elasticsearch at once; the others wait here, in order, where the gateway can choose what goes
 * next: a search that is under way (its fuzzy retry) goes before new searches, so it pays one wait
 * rather than two. Elasticsearch would otherwise queue both steps alike behind every request sent
 * meanwhile. Past `maxQueued` waiting searches, new ones are refused at once, which keeps latency
 * bounded under overload and tells clients to back off.
 */
export class SearchGate {
  private active = 0;
  private limit: number;
  /** The limit's range while it adapts: [floor, ceiling]; equal when it does not. */
  private floor: number;
  private ceiling: number;
  /** Requests finished since the limit last moved: their time in Elasticsearch, and whether searches waited meanwhile. */
  private observed = 0;
  private observedMs = 0;
  private queued = false;
  private readonly now: () => number;
  private readonly continuations = new Waiters();
  private readonly fresh = new Waiters();

  constructor(private readonly options: SearchGateOptions) {
    this.limit = options.concurrency;
    this.floor = this.ceiling = this.limit;
    this.now = options.now ?? (() => performance.now());
  }

  /** Requests allowed in Elasticsearch at once (0 = no limit). */
  get concurrency(): number {
    return this.limit;
  }

  /**
   * Changes the limit (e.g. once Elasticsearch has said how many search threads it has); waiters get
   * the new slots at once. A `ceiling` above it lets the limit rise that far while Elasticsearch
   * answers within `latencyTargetMs` (and fall back to `concurrency`, no lower, when it does not).
   */
  setConcurrency(concurrency: number, ceiling = concurrency): void {
    this.floor = Math.max(0, concurrency);
    this.ceiling = this.options.latencyTargetMs && this.floor > 0 ? Math.max(this.floor, ceiling) : this.floor;
    this.observed = 0;
    this.observedMs = 0;
    this.queued = false;
    this.setLimit(this.floor);
  }

  private setLimit(limit: number): void {
    const unlimited = limit <= 0;
    this.limit = Math.max(0, limit);
    while ((unlimited || this.active < this.limit) && this.waiting > 0) {
      this.active += 1;
      this.next()?.();
    }
  }

  /**
   * One request's time in Elasticsearch. Every twice-the-limit requests (eight at least) the limit
   * moves by one: up when they took on average under four fifths of the target and searches waited
   * for a slot (more at once would have been taken), down when they took over the target.
   */
  private observe(ms: number): void {
    if (this.ceiling <= this.floor) return;
    this.observed += 1;
    this.observedMs += ms;
    if (this.waiting > 0) this.queued = true;
    if (this.observed < Math.max(8, 2 * this.limit)) return;
    const mean = this.observedMs / this.observed;
    const target = this.options.latencyTargetMs ?? 0;
    const queued = this.queued;
    this.observed = 0;
    this.observedMs = 0;
    this.queued = false;
    if (mean > target && this.limit > this.floor) this.limit -= 1;
    else if (mean < 0.8 * target && queued && this.limit < this.ceiling) this.setLimit(this.limit + 1);
  }

  /** Searches waiting for a slot. */
  get waiting(): number {
    return this.continuations.length + this.fresh.length;
  }

  /** Requests in Elasticsearch now. */
  get inFlight(): number {
    return this.active;
  }

  /** Runs `request` when a slot is free; rejects with SearchOverloadedError when too many new searches wait. */
  async run<T>(request: () => Promise<T>, priority: GatePriority = 'new'): Promise<T> {
    if (this.limit > 0 && this.active >= this.limit) {
      if (priority === 'new' && this.fresh.length >= this.options.maxQueued) throw new SearchOverloadedError(this.waiting);
      await new Promise<void>((wake) => (priority === 'new' ? this.fresh : this.continuations).push(wake));
    } else {
      this.active += 1;
    }
    const started = this.now();
    try {
      return await request();
    } finally {
      this.observe(this.now() - started);
      this.release();
    }
  }

  /** Hands the slot to the next waiter (continuations first), or frees it (also when the limit was lowered). */
  private release(): void {
    const next = this.limit > 0 && this.active > this.limit ? undefined : this.next();
    if (next) next();
    else this.active -= 1;
  }

  private next(): (() => void) | undefined {
    return this.continuations.shift() ?? this.fresh.shift();
  }
}

/**
 * How many searches the cluster runs at once: the size of the search thread pool summed over the
 * nodes that hold data (Elasticsearch sizes it from each node's cores).
 */
export async function clusterSearchThreads(client: Client): Promise<number> {
  const info = await client.nodes.info({ metric: ['thread_pool'], filter_path: ['nodes.*.roles', 'nodes.*.thread_pool.search.size'] });
  const nodes = Object.values(info.nodes ?? {}) as Array<{ roles?: string[]; thread_pool?: { search?: { size?: number } } }>;
  const data = nodes.filter((n) => !n.roles || n.roles.some((r) => r.startsWith('data')));
  return data.reduce((sum, n) => sum + (n.thread_pool?.search?.size ?? 0), 0);
}

/**
 * The gate's limit for a cluster with `threads` search threads: half as many again, so that a
 * thread finishing a search finds the next one already waiting in Elasticsearch rather than idling
 * for the gateway's round trip (at exactly `threads`, throughput dropped under load on two shared
 * cores), while a search's second step still waits behind at most that half, not behind every
 * search sent meanwhile.
 */
export function concurrencyForThreads(threads: number): number {
  return Math.max(1, Math.ceil(threads * 1.5));
}

/**
 * How far the limit may rise above concurrencyForThreads while Elasticsearch keeps within the
 * latency target: five searches per search thread. More waiting in Elasticsearch's own queue keeps
 * its threads busy while the gateway reads answers, but a search's second step (its fuzzy retry)
 * waits behind all of them there, which the target bounds.
 */
export function concurrencyCeilingForThreads(threads: number): number {
  return Math.max(concurrencyForThreads(threads), threads * 5);
}
