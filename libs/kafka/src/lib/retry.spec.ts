import { InvalidInputError } from '@vidx/contracts';
import { backoffDelay, RetriesExhaustedError, withRetries } from './retry';

const fast = { retries: 2, initialDelayInMs: 100, maxDelayInMs: 1000, sleep: async () => undefined, random: () => 1 };

describe('withRetries', () => {
  it('retries transient failures until success', async () => {
    let calls = 0;
    const result = await withRetries(async () => {
      calls += 1;
      if (calls < 3) throw new Error('leader not available');
      return 'ok';
    }, fast);
    expect(result).toBe('ok');
    expect(calls).toBe(3);
  });

  it('gives up after the bound with the last error', async () => {
    let calls = 0;
    const failing = withRetries(async () => {
      calls += 1;
      throw new Error('still down');
    }, fast);
    await expect(failing).rejects.toBeInstanceOf(RetriesExhaustedError);
    expect(calls).toBe(3);
  });

  it('does not retry a permanent error', async () => {
    let calls = 0;
    const failing = withRetries(async () => {
      calls += 1;
      throw new InvalidInputError('BAD', 'bad input');
    }, fast);
    await expect(failing).rejects.toThrow('bad input');
    expect(calls).toBe(1);
  });

  it('grows the delay exponentially up to the cap', () => {
    expect(backoffDelay(1, fast, () => 1)).toBe(100);
    expect(backoffDelay(3, fast, () => 1)).toBe(400);
    expect(backoffDelay(10, fast, () => 1)).toBe(1000);
    expect(backoffDelay(3, fast, () => 0)).toBe(200);
  });
});
