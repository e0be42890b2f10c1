import { InFlight } from './in-flight';

describe('InFlight', () => {
  it('counts running work until it settles, also when it fails', async () => {
    const work = new InFlight();
    let finish!: () => void;
    const a = work.track(() => new Promise<string>((resolve) => (finish = () => resolve('a'))));
    const b = work.track(() => Promise.reject(new Error('b failed')));
    expect(work.count).toBe(2);
    await expect(b).rejects.toThrow('b failed');
    expect(work.count).toBe(1);
    finish();
    await expect(a).resolves.toBe('a');
    expect(work.count).toBe(0);
  });

  it('settles at once when idle, when the last work ends, or false at the timeout', async () => {
    const work = new InFlight();
    await expect(work.settled(10)).resolves.toBe(true);
    let finish!: () => void;
    const running = work.track(() => new Promise<void>((resolve) => (finish = resolve)));
    await expect(work.settled(20)).resolves.toBe(false);
    const settled = work.settled(10_000);
    finish();
    await running;
    await expect(settled).resolves.toBe(true);
  });
});
