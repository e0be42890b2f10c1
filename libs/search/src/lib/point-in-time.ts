import type { Client } from '@elastic/elasticsearch';

export interface SnapshotOptions {
  /**
   * How long one point in time serves new searches before the next one opens, in ms. Elasticsearch
   * caps open PITs (search.max_open_pit_context, 300 by default), so opening one per search would
   * fail under load; sharing one for a second adds at most that much to the index's own refresh
   * delay. 0 opens one per search (tests, low traffic).
   */
  reuseInMs: number;
  /** How long a PIT stays open after its last use (Elasticsearch time unit): how long a cursor lives between pages. */
  keepAlive: string;
  now?: () => number;
}

/**
 * One new snapshot every 2 s at most: under steady traffic, with cursors living 5 minutes, that
 * keeps at most 150 open, half of Elasticsearch's default cap, and first pages lag indexing by at
 * most 2 s (and the moment an opening takes) more than the index's own 1 s refresh.
 */
export const DEFAULT_SNAPSHOT_OPTIONS: SnapshotOptions = { reuseInMs: 2000, keepAlive: '5m' };

/**
 * The point-in-time snapshots searches read from, so paging with search_after stays stable while
 * documents are added or removed. First pages share the newest snapshot; cursors carry theirs.
 * Old snapshots are not closed here: cursors handed out may still use them, and Elasticsearch
 * frees them after `keepAlive` without use.
 */
export class SnapshotPool {
  private current?: { id: string; openedAt: number };
  private opening?: Promise<string>;
  private readonly now: () => number;

  constructor(
    private readonly client: Client,
    private readonly alias: string,
    readonly options: SnapshotOptions = DEFAULT_SNAPSHOT_OPTIONS,
  ) {
    this.now = options.now ?? Date.now;
  }

  /**
   * A PIT id opened at most reuseInMs ago, or, while the next one opens, the current one if it is
   * less than twice that old: a search never waits for an opening when a snapshot nearly as fresh
   * is at hand. Concurrent callers share one opening; after a quiet spell (older than twice
   * reuseInMs) callers wait for the new snapshot rather than read a stale one.
   */
  async id(): Promise<string> {
    const age = this.current ? this.now() - this.current.openedAt : Infinity;
    if (this.current && age < this.options.reuseInMs) return this.current.id;
    if (this.options.reuseInMs === 0) return this.open();
    const opening = (this.opening ??= this.openNext());
    if (this.current && age < 2 * this.options.reuseInMs) return this.current.id;
    return opening;
  }

  private openNext(): Promise<string> {
    const opening = this.open()
      .then(
        (id) => {
          this.current = { id, openedAt: this.now() };
          return id;
        },
        (error: unknown) => {
          // Elasticsearch refused a new snapshot (e.g. search.max_open_pit_context reached under a
          // burst of paging): keep serving from the current one, a little staler, rather than fail
          // the search; try again after another reuseInMs.
          if (!this.current) throw error;
          this.current = { ...this.current, openedAt: this.now() };
          return this.current.id;
        },
      )
      .finally(() => {
        this.opening = undefined;
      });
    // Callers served the current snapshot do not wait on this one: a failure without a fallback
    // reaches only those who do.
    opening.catch(() => undefined);
    return opening;
  }

  /** Forgets the shared snapshot (Elasticsearch no longer knows it). */
  invalidate(id: string): void {
    if (this.current?.id === id) this.current = undefined;
  }

  private async open(): Promise<string> {
    const response = await this.client.openPointInTime({ index: this.alias, keep_alive: this.options.keepAlive });
    return response.id;
  }
}
