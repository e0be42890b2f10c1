import type { Client } from '@elastic/elasticsearch';
import type { IHeaders } from 'kafkajs';
import type { Sink, SinkFailure, SourcePosition, StageOutput } from '@vidx/kafka';
import type { EnrichedDocument } from '@vidx/contracts';
import type { AliasEntry } from '@vidx/entities';
import { ElasticsearchWriteError, isRetriableStatus } from './errors';
import { writeAliasName } from './mapping';
import { registryUpdates } from './registry';
import type { EntityRegistry } from './registry-store';

export interface ElasticsearchSinkOptions {
  client: Client;
  /** The videos (read) alias; writes go to its write alias `<alias>-write` unless `target` is given. */
  alias: string;
  /** Index or alias written to instead of the write alias (a reindex writes into its new index). */
  target?: string;
  /**
   * `versioned` (default): external versioning from the source offset (`version_type:
   * external_gte`), so an older message never overwrites a newer one. `create`: create-if-absent,
   * for a reindex replay that must not overwrite what the live indexer already wrote.
   */
  mode?: 'versioned' | 'create';
  /**
   * Largest bulk request body in bytes (default 5 MiB): a write bigger than this is sent as several
   * bulk requests one after another; a single document bigger than it goes alone.
   */
  maxBulkBytes?: number;
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

/** 409 from a versioned write: the index already holds this version or a newer one. */
const VERSION_CONFLICT = 409;

type Pending = { record: StageOutput; index: number; version?: number; bytes: number; lines: object[] };

/**
 * Writes documents through the write alias with the bulk API, `_id` = document id, so redelivery
 * and replay overwrite instead of duplicating. With source positions, each write carries the
 * source offset as external version (`external_gte`: the same message written twice is accepted
 * again; an older one gets 409, meaning a newer version is there already, which is success).
 * Every item's status is inspected: 429/5xx items are sent again alone; other rejections (mapping
 * errors) are returned for the DLQ one by one; a failed request as a whole is a retriable error.
 * A null value (tombstone) deletes the document with the same versioning; deleting one that is
 * not there is success. The write resolves only when every bulk request of it succeeded, so the
 * runner commits nothing of a chunk whose bytes were split over several requests until all did.
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

  private operation(record: StageOutput, version: number | undefined): object[] {
    const target = this.options.target ?? writeAliasName(this.options.alias);
    if (record.key === null) throw new ElasticsearchWriteError('a document to index has no key (document id)', false);
    const versioning = version === undefined ? {} : { version, version_type: 'external_gte' };
    if (record.value === null) return [{ delete: { _index: target, _id: record.key, ...versioning } }];
    if (this.options.mode === 'create') return [{ create: { _index: target, _id: record.key } }, record.value as object];
    return [{ index: { _index: target, _id: record.key, ...versioning } }, record.value as object];
  }

  async write(records: StageOutput[], _headers: IHeaders[], sources?: SourcePosition[]): Promise<SinkFailure[]> {
    const failures: SinkFailure[] = [];
    const maxBytes = this.options.maxBulkBytes ?? 5 * 1024 * 1024;
    const all: Pending[] = records.map((record, index) => {
      const offset = sources?.[index]?.offset;
      const version = offset === undefined ? undefined : Number(offset);
      const lines = this.operation(record, version);
      // +1 per line for the newline of NDJSON; measured once, used to split by bytes.
      const bytes = lines.reduce<number>((sum, line) => sum + Buffer.byteLength(JSON.stringify(line)) + 1, 0);
      return { record, index, version, bytes, lines };
    });
    let group: Pending[] = [];
    let groupBytes = 0;
    for (const item of all) {
      if (group.length > 0 && groupBytes + item.bytes > maxBytes) {
        failures.push(...(await this.bulk(group)));
        group = [];
        groupBytes = 0;
      }
      group.push(item);
      groupBytes += item.bytes;
    }
    if (group.length > 0) failures.push(...(await this.bulk(group)));

    if (this.options.registry) {
      const failed = new Set(failures.map((f) => f.index));
      const written = records.filter((r, i) => r.value !== null && !failed.has(i)).map((r) => r.value as EnrichedDocument);
      await this.options.registry.record(registryUpdates(written, this.options.aliases));
    }
    return failures;
  }

  /** One bulk request (and its item retries); returns the items that can never be written. */
  private async bulk(items: Pending[]): Promise<SinkFailure[]> {
    const { client } = this.options;
    const failures: SinkFailure[] = [];
    const itemRetries = this.options.itemRetries ?? 3;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    let pending = items;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      const operations = pending.flatMap((p) => p.lines);
      let response;
      try {
        response = await client.bulk({ operations });
      } catch (cause) {
        throw new ElasticsearchWriteError(`bulk request failed: ${(cause as Error).message}`, true, { cause });
      }
      const retry: Pending[] = [];
      response.items.forEach((item, k) => {
        const result = item.index ?? item.delete ?? item.create ?? item.update;
        const status = result?.status ?? 500;
        if (status < 300 || (item.delete && status === 404)) return;
        // Versioned: a newer version is already indexed. Create: the document exists already
        // (the live indexer wrote it during a reindex, and the live write is the newer one).
        if (status === VERSION_CONFLICT && (pending[k].version !== undefined || item.create)) return;
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
    return failures;
  }
}
