import { readFileSync } from 'node:fs';
import { Client } from '@elastic/elasticsearch';
import type { ElasticsearchConfig } from '@vidx/config';
import { LeanConnection } from './lean-connection';

/** The client every app uses: the official one, reading answers through LeanConnection. */
export function createElasticsearchClient(config: ElasticsearchConfig): Client {
  return new Client({
    node: config.url,
    Connection: LeanConnection,
    auth: config.auth,
    tls: config.caFile ? { ca: readFileSync(config.caFile) } : undefined,
    requestTimeout: 30_000,
    maxRetries: 2,
  });
}
