import { isRetriable } from '@vidx/contracts';

/**
 * Bounded retries with exponential backoff and full jitter, for transient trouble (a broker leader
 * change, Elasticsearch 429/5xx, a timeout). A non-retriable error is rethrown at once.
 */
export interface RetryOptions {
  /** Attempts after the first one. */
  retries: number;
  initialDelayInMs: number;
  maxDelayInMs: number;
  isRetriable?: (error: unknown) => boolean;
  onRetry?: (error: unknown, attempt: number, delayInMs: number) => void;
  /** Injected for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 5, initialDelayInMs: 200, maxDelayInMs: 10_000 };

export class RetriesExhaustedError extends Error {
  constructor(
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(`gave up after ${attempts} attempts: ${lastError instanceof Error ? lastError.message : String(lastError)}`, {
      cause: lastError,
    });
    this.name = 'RetriesExhaustedError';
  }
}

export function backoffDelay(attempt: number, options: RetryOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelayInMs, options.initialDelayInMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export async function withRetries<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const retriable = options.isRetriable ?? isRetriable;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (!retriable(error)) throw error;
      if (attempt > options.retries) throw new RetriesExhaustedError(attempt, error);
      const delay = backoffDelay(attempt, options, random);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
