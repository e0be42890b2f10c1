import type { IHeaders, Message } from 'kafkajs';
import { Header } from '@vidx/contracts';

/** Why one input message (or one item inside it) could not be processed. */
export interface DeadLetter {
  code: string;
  reason: string;
  /** Position of the bad item inside a message that held several documents. */
  item?: number;
  attempts: number;
}

export interface SourceMessage {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: IHeaders;
}

/** Header values are strings; a reason is cut so a huge error cannot exceed the message limit. */
const MAX_REASON_CHARS = 2000;

/**
 * The DLQ copy of a message: the original key and value untouched (so it can be replayed as it
 * was), the original headers, and vidx-dlq-* headers saying which stage failed, why, where the
 * message came from, how often it was tried and when the failure was first seen.
 */
export function deadLetterMessage(source: SourceMessage, letter: DeadLetter, stage: string, firstSeenAt: string): Message {
  const headers: IHeaders = { ...(source.headers ?? {}) };
  headers[Header.DlqStage] = stage;
  headers[Header.DlqErrorCode] = letter.code;
  headers[Header.DlqErrorMessage] =
    (letter.item !== undefined ? `item ${letter.item}: ` : '') + letter.reason.slice(0, MAX_REASON_CHARS);
  headers[Header.DlqOriginalTopic] = source.topic;
  headers[Header.DlqOriginalPartition] = String(source.partition);
  headers[Header.DlqOriginalOffset] = source.offset;
  headers[Header.DlqAttempts] = String(letter.attempts);
  headers[Header.DlqFirstSeenAt] = firstSeenAt;
  return { key: source.key, value: source.value, headers };
}

export function headerString(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  if (value === undefined || value === null) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
