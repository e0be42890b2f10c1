import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { transformFileSync } from '@swc/core';
import { WorkerCrashedError, WorkerPoolClosedError, WorkerPoolFullError, WorkerTaskError } from './errors';
import { WorkerPool } from './worker-pool';

/**
 * Real worker threads. Worker scripts must be JavaScript, so `serve.ts` (import-free apart from
 * node:worker_threads) is compiled into a temporary folder and the test workers require it.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'vidx-worker-pool-'));

beforeAll(() => {
  const { code } = transformFileSync(path.join(__dirname, 'serve.ts'), { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } });
  writeFileSync(path.join(dir, 'serve.js'), code);
  writeFileSync(
    path.join(dir, 'task.worker.js'),
    `const { threadId } = require('node:worker_threads');
     require('./serve.js').serveWorker(async (input, data) => {
       if (input.op === 'echo') return { value: input.value, prefix: data && data.prefix, threadId };
       if (input.op === 'sleep') { await new Promise((r) => setTimeout(r, input.ms)); return { threadId }; }
       if (input.op === 'spin') { const end = Date.now() + input.ms; while (Date.now() < end); return { threadId }; }
       if (input.op === 'coded') { const e = new Error('bad document'); e.code = 'BAD_DOC'; e.retriable = false; throw e; }
       if (input.op === 'plain') throw new TypeError('plain failure');
       if (input.op === 'crash') process.exit(7);
       throw new Error('unknown op');
     });`,
  );
  writeFileSync(path.join(dir, 'broken.worker.js'), `throw new Error('cannot load the model');`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Input = { op: string; value?: unknown; ms?: number };
type Output = { value?: unknown; prefix?: string; threadId: number };
const script = () => path.join(dir, 'task.worker.js');

describe('WorkerPool', () => {
  it('runs tasks on several threads and returns each output to its caller', async () => {
    const pool = new WorkerPool<Input, Output>({ script: script(), size: 2, workerData: { prefix: 'p' } });
    try {
      const outputs = await Promise.all([1, 2, 3, 4, 5, 6].map((value) => pool.run({ op: 'echo', value })));
      expect(outputs.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(outputs.every((o) => o.prefix === 'p')).toBe(true);
      // Two busy tasks at once land on two different threads.
      const busy = await Promise.all([pool.run({ op: 'spin', ms: 150 }), pool.run({ op: 'spin', ms: 150 })]);
      expect(new Set(busy.map((o) => o.threadId)).size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('keeps the error code and retriable flag of a VidxError-like failure, and plain errors plain', async () => {
    const pool = new WorkerPool<Input, Output>({ script: script(), size: 1 });
    try {
      const coded = await pool.run({ op: 'coded' }).catch((e: unknown) => e);
      expect(coded).toBeInstanceOf(WorkerTaskError);
      expect(coded).toMatchObject({ code: 'BAD_DOC', retriable: false, message: 'bad document' });
      const plain = await pool.run({ op: 'plain' }).catch((e: unknown) => e);
      expect(plain).not.toBeInstanceOf(WorkerTaskError);
      expect(plain).toMatchObject({ name: 'TypeError', message: 'plain failure' });
    } finally {
      await pool.close();
    }
  });

  it('replaces a crashed worker, fails only its task with a clear error and keeps serving', async () => {
    const exits: Array<{ exitCode: number; replaced: boolean }> = [];
    const pool = new WorkerPool<Input, Output>({ script: script(), size: 1, onWorkerExit: (e) => exits.push(e) });
    try {
      const [crashed, after] = await Promise.allSettled([pool.run({ op: 'crash' }), pool.run({ op: 'echo', value: 'next' })]);
      expect(crashed.status).toBe('rejected');
      const reason = (crashed as PromiseRejectedResult).reason as WorkerCrashedError;
      expect(reason).toBeInstanceOf(WorkerCrashedError);
      expect(reason.code).toBe('WORKER_CRASHED');
      expect(reason.message).toMatch(/died \(exit code 7\).*replaced/);
      expect(after).toEqual({ status: 'fulfilled', value: expect.objectContaining({ value: 'next' }) });
      expect(exits).toEqual([expect.objectContaining({ exitCode: 7, replaced: true })]);
      expect(pool.stats().replaced).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('stops a task over its time limit and replaces the worker', async () => {
    const pool = new WorkerPool<Input, Output>({ script: script(), size: 1, taskTimeoutInMs: 100 });
    try {
      await expect(pool.run({ op: 'spin', ms: 5_000 })).rejects.toThrow(/ran over 100 ms/);
      expect((await pool.run({ op: 'echo', value: 1 })).value).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('refuses tasks beyond the bounded queue', async () => {
    const pool = new WorkerPool<Input, Output>({ script: script(), size: 1, maxQueue: 2 });
    try {
      const accepted = [pool.run({ op: 'sleep', ms: 50 }), pool.run({ op: 'sleep', ms: 1 }), pool.run({ op: 'sleep', ms: 1 })];
      await expect(pool.run({ op: 'sleep', ms: 1 })).rejects.toBeInstanceOf(WorkerPoolFullError);
      await Promise.all(accepted);
    } finally {
      await pool.close();
    }
  });

  it('closes after the queued work is done and refuses new work', async () => {
    const pool = new WorkerPool<Input, Output>({ script: script(), size: 1 });
    const pending = [pool.run({ op: 'sleep', ms: 50 }), pool.run({ op: 'echo', value: 'queued' })];
    await pool.close();
    const settled = await Promise.allSettled(pending);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled']);
    await expect(pool.run({ op: 'echo', value: 1 })).rejects.toBeInstanceOf(WorkerPoolClosedError);
  });

  it('fails fast with the reason when the worker script cannot start, instead of restarting it forever', async () => {
    const pool = new WorkerPool<Input, Output>({ script: path.join(dir, 'broken.worker.js'), size: 2 });
    try {
      await expect(pool.run({ op: 'echo' })).rejects.toThrow(/failed to start.*cannot load the model/);
      await expect(pool.run({ op: 'echo' })).rejects.toBeInstanceOf(WorkerCrashedError);
    } finally {
      await pool.close();
    }
  });
});
