import { isMainThread, parentPort, workerData } from 'node:worker_threads';

/**
 * The message protocol between a WorkerPool and its workers. Kept free of other imports so a
 * worker script loads nothing it does not need.
 */
export interface TaskMessage {
  id: number;
  input: unknown;
}

export interface SerializedError {
  name: string;
  message: string;
  /** Set when the error was a VidxError (or anything with a string `code`). */
  code?: string;
  retriable?: boolean;
}

export type ResultMessage =
  | { id: number; ok: true; output: unknown }
  | { id: number; ok: false; error: SerializedError }
  /** Sent once the handler is installed: a worker that dies before it failed to start, not on a task. */
  | { ready: true };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const { code, retriable } = error as Error & { code?: unknown; retriable?: unknown };
    return {
      name: error.name,
      message: error.message,
      ...(typeof code === 'string' && { code }),
      ...(typeof retriable === 'boolean' && { retriable }),
    };
  }
  return { name: 'Error', message: String(error) };
}

/**
 * The body of a worker script: answers each task with `handler(input, workerData)`, one at a time
 * (the pool sends a worker its next task only after the previous answer). Outputs and inputs are
 * structured-cloned, so they must be plain data.
 *
 *   // my.worker.ts
 *   serveWorker((doc: Doc, data: { options: Options }) => transform(doc, data.options));
 */
export function serveWorker<I, O, D = unknown>(handler: (input: I, data: D) => O | Promise<O>): void {
  if (isMainThread || !parentPort) throw new Error('serveWorker() must run inside a worker thread started by WorkerPool');
  const port = parentPort;
  port.on('message', async (message: TaskMessage) => {
    let reply: ResultMessage;
    try {
      reply = { id: message.id, ok: true, output: await handler(message.input as I, workerData as D) };
    } catch (error) {
      reply = { id: message.id, ok: false, error: serializeError(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies ResultMessage);
}
