import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows a minute of burst, then refuses with the seconds until a token is back, then refills', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 3, now: () => now });
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].map((d) => d.allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    now = 10_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now = 20_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('keeps one bucket per client', () => {
    const limiter = new RateLimiter({ perMinute: 1, now: () => 0 });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('forgets the least recently seen client beyond the bound', () => {
    const limiter = new RateLimiter({ perMinute: 1, maxClients: 2, now: () => 0 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('a'); // a is now the most recent, refused
    limiter.take('c'); // evicts b
    expect(limiter.size).toBe(2);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true); // forgotten: a fresh bucket
  });

  it('refuses a zero limit (disable by not installing it)', () => {
    expect(() => new RateLimiter({ perMinute: 0 })).toThrow(RangeError);
  });
});
