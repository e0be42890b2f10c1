/**
 * Base of every vidx error. `code` is stable (logged, put in DLQ headers, returned by the API);
 * `retriable` decides between "try again" (transient infrastructure trouble) and "dead-letter it"
 * (the input itself is bad, retrying cannot help).
 */
export class VidxError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retriable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The input can never be processed as it is: goes to the DLQ / a 4xx, never retried. */
export class InvalidInputError extends VidxError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, false, options);
  }
}

/** A message failed its schema at a topic boundary. */
export class ContractViolationError extends InvalidInputError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONTRACT_VIOLATION', message, options);
  }
}

export function isRetriable(error: unknown): boolean {
  return error instanceof VidxError ? error.retriable : true;
}

export function errorCode(error: unknown): string {
  if (error instanceof VidxError) return error.code;
  if (error instanceof Error) return error.name;
  return 'UNKNOWN';
}
