/**
 * Token buckets per client (an API key's digest, or an address): each holds up to `perMinute`
 * tokens, refills at perMinute/60 per second, and a request takes one. A burst of a full minute's
 * allowance is allowed; a sustained rate above it is refused with the seconds until a token is
 * back. The map is bounded: beyond `maxClients`, the least recently seen client is forgotten
 * (it starts again with a full bucket, which only errs towards letting a request through).
 */
export interface RateLimiterOptions {
  perMinute: number;
  /** Clients remembered at once (default 10,000: about 1 MB). */
  maxClients?: number;
  now?: () => number;
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    if (!(options.perMinute > 0)) throw new RangeError('perMinute must be positive: leave the limiter out to disable limiting');
    this.perMs = options.perMinute / 60_000;
    this.maxClients = options.maxClients ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.buckets.size;
  }

  take(client: string): RateDecision {
    const now = this.now();
    const capacity = this.options.perMinute;
    const previous = this.buckets.get(client);
    const tokens = previous ? Math.min(capacity, previous.tokens + (now - previous.at) * this.perMs) : capacity;
    // Re-inserting moves the client to the end: Map order is then least recently seen first.
    this.buckets.delete(client);
    if (tokens >= 1) {
      this.buckets.set(client, { tokens: tokens - 1, at: now });
      this.evict();
      return { allowed: true, remaining: Math.floor(tokens - 1) };
    }
    this.buckets.set(client, { tokens, at: now });
    this.evict();
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000)) };
  }

  private evict(): void {
    while (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next().value as string;
      this.buckets.delete(oldest);
    }
  }
}
