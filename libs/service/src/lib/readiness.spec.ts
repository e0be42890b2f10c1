import { Readiness } from './readiness';

describe('Readiness', () => {
  it('is ready only when every check passes, and a throwing check counts as not ready', async () => {
    const readiness = new Readiness();
    readiness.register('a', () => true);
    expect((await readiness.evaluate()).ready).toBe(true);
    readiness.register('b', async () => {
      throw new Error('down');
    });
    expect(await readiness.evaluate()).toEqual({ ready: false, checks: { a: true, b: false } });
  });
});
