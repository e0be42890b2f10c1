import type { IHeaders } from 'kafkajs';
import { ContractViolationError, decodeDocument, type DocumentOf, type DocumentTopic, type Rejection, type Topic } from '@vidx/contracts';

/** One record a stage emits: a key (the document id from videos.cleaned on) and a JSON value. */
export interface StageOutput {
  key: string | null;
  /** JSON-serialisable; null is a tombstone (delete). */
  value: unknown;
}

export interface StageResult {
  outputs: StageOutput[];
  /** Items of the input that cannot be processed; each goes to the DLQ with its reason. */
  rejected: Rejection[];
}

export interface StageInput {
  key: Buffer | null;
  value: Buffer | null;
  headers?: IHeaders;
}

/**
 * Where in the input topic a record came from. The offset is monotonic per partition and, since
 * the key is the document id from videos.cleaned on, per document: a sink can use it as the
 * document's version so an older message never overwrites a newer one.
 */
export interface SourcePosition {
  topic: string;
  partition: number;
  /** Kafka offset as kafkajs gives it (a decimal string). */
  offset: string;
}

/**
 * Where a stage's outputs go. `write` resolves once every record is acknowledged (produce acked,
 * bulk item succeeded) and returns the records that can never be written (to be dead-lettered);
 * it throws when the failure is transient, so the runner retries and commits nothing meanwhile.
 * `sources[i]` is the input message record i was made from.
 */
export interface Sink {
  write(records: StageOutput[], headers: IHeaders[], sources: SourcePosition[]): Promise<SinkFailure[]>;
  /** True while the sink can accept writes; when false the runner pauses consumption. */
  healthy?(): Promise<boolean>;
}

export interface SinkFailure {
  index: number;
  code: string;
  reason: string;
}

/**
 * Everything a stage app declares: its name, its input topic, its output (a topic, or a custom
 * sink such as Elasticsearch) and its pure function. The runner does the rest.
 */
export interface StageDefinition {
  name: string;
  input: Topic;
  output: Topic | { sink: Sink; describe: string };
  process(input: StageInput): StageResult | Promise<StageResult>;
  /** How many messages of a chunk `process` may work on at once (default 1: one after another). */
  concurrency?: number;
  /**
   * Messages handled, written and committed together (default: the runner's chunkSize, 100). A
   * chunk never spans two kafkajs batches, so it is bounded by what one fetch returns.
   */
  chunkSize?: number;
  /** How the consumer fetches; see FetchOptions. */
  fetch?: FetchOptions;
}

/**
 * Fetch tuning, used to fill chunks when messages trickle in: the broker holds a fetch until
 * `minBytes` are there or `maxWaitTimeInMs` passed, which is a linger without any buffer in the
 * process (nothing is held that is not also uncommitted in Kafka).
 */
export interface FetchOptions {
  /** Bytes the broker waits for before answering a fetch (kafkajs default 1). */
  minBytes?: number;
  /** Longest the broker holds a fetch waiting for minBytes, in ms (kafkajs default 5000). */
  maxWaitTimeInMs?: number;
  /** Largest fetch per partition in bytes (default 1 MiB); bounds a batch, hence a chunk. */
  maxBytesPerPartition?: number;
}

/**
 * A stage whose input is one document per message (videos.cleaned and later): decodes and
 * validates the message against its topic's schema, passes tombstones (null value = delete)
 * through unchanged under the same key, and keys the output by document id.
 */
export function defineDocumentStage<T extends DocumentTopic>(spec: {
  name: string;
  input: T;
  output: StageDefinition['output'];
  transform: (doc: DocumentOf<T>) => { id: string } | Promise<{ id: string }>;
  concurrency?: number;
  chunkSize?: number;
  fetch?: FetchOptions;
}): StageDefinition {
  return {
    name: spec.name,
    concurrency: spec.concurrency,
    chunkSize: spec.chunkSize,
    fetch: spec.fetch,
    input: spec.input as Topic,
    output: spec.output,
    process: async ({ key, value }) => {
      if (value === null) {
        if (key === null) throw new ContractViolationError('a tombstone (null value) needs the document id as key');
        return { outputs: [{ key: key.toString('utf8'), value: null }], rejected: [] };
      }
      const doc = decodeDocument(spec.input, value);
      const out = await spec.transform(doc);
      return { outputs: [{ key: out.id, value: out }], rejected: [] };
    },
  };
}
