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
 * Where a stage's outputs go. `write` resolves once every record is acknowledged (produce acked,
 * bulk item succeeded) and returns the records that can never be written (to be dead-lettered);
 * it throws when the failure is transient, so the runner retries and commits nothing meanwhile.
 */
export interface Sink {
  write(records: StageOutput[], headers: IHeaders[]): Promise<SinkFailure[]>;
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
}): StageDefinition {
  return {
    name: spec.name,
    concurrency: spec.concurrency,
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
