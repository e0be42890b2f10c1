import { VidxError } from '@vidx/contracts';

/**
 * The knowledge topic could not be read to its end in time (broker slow or unreachable). Retriable:
 * the stage's start is retried, and it does not report ready meanwhile.
 */
export class KnowledgeLoadTimeoutError extends VidxError {
  constructor(topic: string, timeoutInMs: number, remainingPartitions: number[]) {
    super(
      'CHANNEL_KNOWLEDGE_LOAD_TIMEOUT',
      `reading ${topic} to its end took longer than ${timeoutInMs} ms (partitions not caught up: ${remainingPartitions.join(', ')}); ` +
        'check the brokers, or raise loadTimeoutInMs if the topic is very large',
      true,
    );
  }
}

/** The store was used in a way its lifecycle does not allow (started twice, used after stop). */
export class KnowledgeStoreStateError extends VidxError {
  constructor(problem: string) {
    super('CHANNEL_KNOWLEDGE_STORE_STATE', `channel knowledge store: ${problem}`, false);
  }
}
