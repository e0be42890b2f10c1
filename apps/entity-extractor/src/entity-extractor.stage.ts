import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Topic, type EnrichedDocument, type StrippedDocument } from '@vidx/contracts';
import { defineDocumentStage, type StageDefinition } from '@vidx/kafka';
import { enrichStage } from '@vidx/pipeline';
import { WorkerPool } from '@vidx/worker-pool';
import { readAliasesFile, type DefineStage } from '@vidx/service';
import type { EnrichWorkerData } from './enrich.worker';

/** The compiled worker script sits beside this file in dist/ (tools/build.mjs keeps relative paths). */
export const ENRICH_WORKER_SCRIPT = path.join(__dirname, 'enrich.worker.js');

/** A worker may need this long for one pathological document before it is replaced (and the document dead-lettered). */
const TASK_TIMEOUT_MS = 60_000;

let pool: WorkerPool<StrippedDocument, EnrichedDocument> | undefined;

/**
 * videos.stripped → videos.enriched. Extraction is CPU-bound, so it runs on a pool of worker
 * threads (VIDX_ENTITY_WORKERS, default one per core) with two documents per worker in flight:
 * one running, one queued, so no worker waits for the next message. The runner keeps outputs in
 * offset order. With VIDX_ENTITY_WORKERS=0 it runs in the stage's own thread.
 */
export const defineEntityExtractor: DefineStage = ({ config, logger }, onShutdown): StageDefinition => {
  const aliases = readAliasesFile(config.entities.aliasesFile);
  if (config.entities.aliasesFile) logger.info('alias table loaded', { file: config.entities.aliasesFile, version: aliases.version, entries: aliases.entries.length });
  const workers = config.entities.workers ?? availableParallelism();
  const options = aliases.entries.length > 0 ? { aliases: aliases.entries } : {};

  if (workers === 0) {
    return defineDocumentStage({ name: 'entity-extractor', input: Topic.Stripped, output: Topic.Enriched, transform: (doc) => enrichStage(doc, options) });
  }
  // Built once per process: a retried start reuses the threads instead of starting more.
  if (!pool) {
    const created = new WorkerPool<StrippedDocument, EnrichedDocument>({
      script: ENRICH_WORKER_SCRIPT,
      size: workers,
      workerData: { aliases: aliases.entries } satisfies EnrichWorkerData,
      taskTimeoutInMs: TASK_TIMEOUT_MS,
      onWorkerExit: (event) => logger.error('entity worker exited', { ...event }),
    });
    pool = created;
    onShutdown(() => created.close({ timeoutInMs: config.shutdownTimeoutInMs }));
  }
  const running = pool;
  logger.info('entity extraction on worker threads', { workers, concurrency: 2 * workers });
  return defineDocumentStage({
    name: 'entity-extractor',
    input: Topic.Stripped,
    output: Topic.Enriched,
    concurrency: 2 * workers,
    transform: (doc) => running.run(doc),
  });
};
