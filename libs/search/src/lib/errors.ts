import { VidxError } from '@vidx/contracts';

/** Elasticsearch refused or failed; retriable for 429, 5xx and connection trouble. */
export class ElasticsearchWriteError extends VidxError {
  constructor(message: string, retriable: boolean, options?: { cause?: unknown }) {
    super(retriable ? 'ELASTICSEARCH_UNAVAILABLE' : 'ELASTICSEARCH_REJECTED', message, retriable, options);
  }
}

/** HTTP status codes after which the same bulk item may succeed if sent again. */
export function isRetriableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}
