import { Worker, type ResourceLimits } from 'node:worker_threads';
import { WorkerCrashedError, WorkerPoolClosedError, WorkerPoolFullError, WorkerTaskError } from './errors';
import type { ResultMessage, SerializedError } from './serve';

export interface WorkerPoolOptions {
  /** Absolute path of the compiled worker script (.js) that calls `serveWorker`. */
  script: string;
  /** Number of worker threads, ≥ 1 (typically `os.availableParallelism()`). */
  size: number;
  /** Tasks that may wait for a free worker; one more is refused with WorkerPoolFullError (default 1024). */
  maxQueue?: number;
  /** Structured-cloned into every worker (`workerData`), e.g. validated options. */
  workerData?: unknown;
  /** A task running longer stops its worker (replaced) and fails with WorkerCrashedError; 0 = no limit (default). */
  taskTimeoutInMs?: number;
  resourceLimits?: ResourceLimits;
  /** Told about every worker that died or failed to start, for logs and metrics. */
  onWorkerExit?: (event: { worker: number; exitCode: number; error?: Error; replaced: boolean }) => void;
}

interface Task {
  id: number;
  input: unknown;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  number: number;
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
  timedOut?: boolean;
  error?: Error;
}

export interface WorkerPoolStats {
  size: number;
  busy: number;
  queued: number;
  /** Workers replaced after a crash or timeout since the pool started. */
  replaced: number;
}

/**
 * A fixed set of worker threads running one task each at a time, with a bounded FIFO queue in
 * front. A worker that dies is replaced and only the task it was running fails (WorkerCrashedError);
 * a worker script that cannot even start fails every queued and later task with the reason instead
 * of being restarted in a loop. `close()` lets queued and running tasks finish, then stops the threads.
 */
export class WorkerPool<I, O> {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly maxQueue: number;
  private nextTaskId = 1;
  private workersStarted = 0;
  private replaced = 0;
  private closing = false;
  private broken?: Error;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: WorkerPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`WorkerPool size must be an integer ≥ 1, got ${options.size}`);
    this.maxQueue = options.maxQueue ?? 1024;
    for (let i = 0; i < options.size; i += 1) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.options.size;
  }

  stats(): WorkerPoolStats {
    return { size: this.options.size, busy: this.slots.filter((s) => s.task).length, queued: this.queue.length, replaced: this.replaced };
  }

  /** Runs one task on the next free worker; resolves with its output in the caller's thread. */
  run(input: I): Promise<O> {
    if (this.closing) return Promise.reject(new WorkerPoolClosedError());
    if (this.broken) return Promise.reject(this.broken);
    if (this.queue.length >= this.maxQueue) return Promise.reject(new WorkerPoolFullError(this.maxQueue));
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ id: this.nextTaskId++, input, resolve: resolve as (o: unknown) => void, reject });
      this.dispatch();
    });
  }

  /**
   * Stops accepting tasks, waits for queued and running ones (at most `timeoutInMs`, default
   * 10 s; what is left then fails with WorkerPoolClosedError), then terminates every thread.
   */
  async close(options: { timeoutInMs?: number } = {}): Promise<void> {
    this.closing = true;
    const timeoutInMs = options.timeoutInMs ?? 10_000;
    if (!this.isIdle()) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.idleWaiters.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutInMs))),
      ]);
      clearTimeout(timer);
    }
    for (const task of this.queue.splice(0)) task.reject(new WorkerPoolClosedError());
    await Promise.all(
      this.slots.map(async (slot) => {
        clearTimeout(slot.timer);
        const task = slot.task;
        slot.task = undefined;
        task?.reject(new WorkerPoolClosedError());
        await slot.worker.terminate();
      }),
    );
  }

  private isIdle(): boolean {
    return this.queue.length === 0 && this.slots.every((s) => !s.task);
  }

  private spawn(): Slot {
    this.workersStarted += 1;
    const worker = new Worker(this.options.script, { workerData: this.options.workerData, resourceLimits: this.options.resourceLimits });
    const slot: Slot = { worker, number: this.workersStarted, ready: false };
    worker.on('message', (message: ResultMessage) => this.onMessage(slot, message));
    worker.on('error', (error) => {
      slot.error = error;
    });
    worker.on('exit', (exitCode) => this.onExit(slot, exitCode));
    return slot;
  }

  private onMessage(slot: Slot, message: ResultMessage): void {
    if ('ready' in message) {
      slot.ready = true;
      return;
    }
    const task = slot.task;
    if (!task || task.id !== message.id) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    if (message.ok) task.resolve(message.output);
    else task.reject(deserializeError(message.error));
    this.dispatch();
  }

  private onExit(slot: Slot, exitCode: number): void {
    clearTimeout(slot.timer);
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already removed by close()
    const task = slot.task;
    slot.task = undefined;
    if (this.closing) {
      task?.reject(new WorkerPoolClosedError());
      this.dispatch();
      return;
    }
    const cause = slot.error ? `: ${slot.error.message}` : '';
    if (!slot.ready) {
      // The script itself is broken (missing file, throws on load): restarting would loop forever.
      this.broken = new WorkerCrashedError(`worker script ${this.options.script} failed to start (exit code ${exitCode})${cause}`, { cause: slot.error });
      this.slots.splice(index, 1);
      task?.reject(this.broken);
      if (this.slots.length === 0) for (const queued of this.queue.splice(0)) queued.reject(this.broken);
      this.options.onWorkerExit?.({ worker: slot.number, exitCode, error: slot.error, replaced: false });
      this.dispatch();
      return;
    }
    task?.reject(
      new WorkerCrashedError(
        slot.timedOut
          ? `the task ran over ${this.options.taskTimeoutInMs} ms: its worker was stopped and replaced`
          : `the worker running the task died (exit code ${exitCode})${cause}; it was replaced`,
        { cause: slot.error },
      ),
    );
    this.slots[index] = this.spawn();
    this.replaced += 1;
    this.options.onWorkerExit?.({ worker: slot.number, exitCode, error: slot.error, replaced: true });
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task) continue;
      const task = this.queue.shift();
      if (!task) break;
      slot.task = task;
      const timeout = this.options.taskTimeoutInMs ?? 0;
      if (timeout > 0) {
        slot.timer = setTimeout(() => {
          slot.timedOut = true;
          void slot.worker.terminate();
        }, timeout);
      }
      slot.worker.postMessage({ id: task.id, input: task.input });
    }
    if (this.isIdle() && this.idleWaiters.length > 0) for (const wake of this.idleWaiters.splice(0)) wake();
  }
}

function deserializeError(error: SerializedError): Error {
  if (error.code !== undefined) return new WorkerTaskError(error.name, error.code, error.message, error.retriable ?? false);
  // A plain Error stays a plain Error, so callers treat it exactly as they would in-process.
  const plain = new Error(error.message);
  plain.name = error.name;
  return plain;
}
