import type { TestInfra } from '@vidx/testing';

export default async function globalTeardown(): Promise<void> {
  const infra = (globalThis as { __vidxInfra?: TestInfra }).__vidxInfra;
  if (process.env.VIDX_TEST_KEEP_INFRA === 'true') return;
  await infra?.stop();
}
