import type { Client } from '@elastic/elasticsearch';
import type { IHeaders } from 'kafkajs';
import type { Sink, SinkFailure, StageOutput } from '@vidx/kafka';
import type { EnrichedDocument } from '@vidx/contracts';
import type { AliasEntry } from '@vidx/entities';
import { ElasticsearchWriteError, isRetriableStatus } from './errors';
import { registryUpdates } from './registry';
import type { EntityRegistry } from './registry-store';

export interface ElasticsearchSinkOptions {
  client: Client;
  alias: string;
  /** Bulk item retries for 429/5xx items before the whole write is failed (and retried). */
  itemRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * The entity registry to update with the entities of every document written. Written after the
   * documents; a registry failure fails the whole write (retried: both writes are idempotent).
   */
  registry?: EntityRegistry;
  /** The deployment's alias entries (VIDX_ALIASES_FILE), registered as curated aliases. */
  aliases?: readonly AliasEntry[];
}

/**
 * Writes documents to the index alias with the bulk API, `_id` = document id, so redelivery and
 * replay overwrite instead of duplicating. Every item's status is inspected: 429/5xx items are
 * sent again alone; other rejections (mapping errors) are returned for the DLQ one by one; a
 * failed request as a whole is a retriable error. A null value (tombstone) deletes the document;
 * deleting one that is not there is success.
 */
export class ElasticsearchSink implements Sink {
  constructor(private readonly options: ElasticsearchSinkOptions) {}

  async healthy(): Promise<boolean> {
    try {
      return await this.options.client.ping();
    } catch {
      return false;
    }
  }

  async write(records: StageOutput[], _headers: IHeaders[]): Promise<SinkFailure[]> {
    const { client, alias } = this.options;
    const failures: SinkFailure[] = [];
    let pending = records.map((record, index) => ({ record, index }));
    const itemRetries = this.options.itemRetries ?? 3;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

    for (let attempt = 0; pending.length > 0; attempt += 1) {
      const operations = pending.flatMap(({ record }) => {
        if (record.key === null) throw new ElasticsearchWriteError('a document to index has no key (document id)', false);
        return record.value === null
          ? [{ delete: { _index: alias, _id: record.key } }]
          : [{ index: { _index: alias, _id: record.key } }, record.value as object];
      });
      let response;
      try {
        response = await client.bulk({ operations });
      } catch (cause) {
        throw new ElasticsearchWriteError(`bulk request failed: ${(cause as Error).message}`, true, { cause });
      }
      const retry: typeof pending = [];
      response.items.forEach((item, k) => {
        const result = item.index ?? item.delete ?? item.create ?? item.update;
        const status = result?.status ?? 500;
        if (status < 300 || (item.delete && status === 404)) return;
        if (isRetriableStatus(status)) {
          retry.push(pending[k]);
          return;
        }
        failures.push({
          index: pending[k].index,
          code: `ELASTICSEARCH_${String(result?.error?.type ?? status).toUpperCase()}`,
          reason: `Elasticsearch rejected the document (${status}): ${result?.error?.reason ?? 'no reason given'}`,
        });
      });
      if (retry.length === 0) break;
      if (attempt >= itemRetries) {
        throw new ElasticsearchWriteError(`${retry.length} bulk items still refused (429/5xx) after ${attempt + 1} attempts`, true);
      }
      await sleep(200 * 2 ** attempt);
      pending = retry;
    }
    if (this.options.registry) {
      const failed = new Set(failures.map((f) => f.index));
      const written = records.filter((r, i) => r.value !== null && !failed.has(i)).map((r) => r.value as EnrichedDocument);
      await this.options.registry.record(registryUpdates(written, this.options.aliases));
    }
    return failures;
  }
}
