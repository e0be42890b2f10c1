import { VidxError } from '@vidx/contracts';

/** `run` after `close`: the caller is shutting down and must not start new work. */
export class WorkerPoolClosedError extends VidxError {
  constructor() {
    super('WORKER_POOL_CLOSED', 'the worker pool is closed: no new tasks are accepted while shutting down', true);
  }
}

/**
 * The bounded queue is full. Retriable: the caller submitted more than it should (a stage keeps
 * at most `concurrency` tasks in flight), so waiting and trying again is the right reaction.
 */
export class WorkerPoolFullError extends VidxError {
  constructor(limit: number) {
    super('WORKER_POOL_FULL', `the worker pool queue is full (${limit} tasks waiting): submit fewer tasks at once or raise maxQueue`, true);
  }
}

/**
 * The worker running the task died (uncaught exception, out of memory, process.exit) or ran over
 * its time limit. Permanent: a worker runs one task at a time, so the task is the likeliest cause
 * and retrying it would kill the replacement worker too; a stage dead-letters it (replayable).
 */
export class WorkerCrashedError extends VidxError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('WORKER_CRASHED', message, false, options);
  }
}

/**
 * The task function threw inside the worker. Carries the original error's name, message, `code`
 * and `retriable` across the thread boundary, so callers react as they would in-process.
 */
export class WorkerTaskError extends VidxError {
  constructor(
    readonly originalName: string,
    code: string,
    message: string,
    retriable: boolean,
  ) {
    super(code, message, retriable);
  }
}
