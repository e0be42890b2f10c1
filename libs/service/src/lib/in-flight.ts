/**
 * Work still running, so that shutdown can wait for it before closing what it uses. An HTTP server
 * closes once its connections have ended, and a client that hung up has ended its connection while
 * the gateway may still be working on its request (its search waiting for Elasticsearch); closing
 * the Elasticsearch client under it would fail it and log a failure nobody will see.
 */
export class InFlight {
  private running = 0;
  private readonly waiters: Array<() => void> = [];

  get count(): number {
    return this.running;
  }

  /** Runs `work`, counted until it settles either way. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      if (this.running === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Resolves true once nothing is running, or false after `timeoutMs` with work still running. */
  settled(timeoutMs: number): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref();
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
