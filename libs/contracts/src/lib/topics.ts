/**
 * The one list of topic names. Every producer and consumer names topics through this enum so a
 * rename is a compile error, not a silent split of the flow.
 */
export enum Topic {
  /** Anything producers send: text layout, JSON, YouTube resources, Atom feeds. Any key or none. */
  Raw = 'videos.raw',
  /** One cleaned document per message, keyed by document id. Compacted: what a reindex replays. */
  Cleaned = 'videos.cleaned',
  /** Boilerplate removed, keyed by document id. */
  Stripped = 'videos.stripped',
  /** Entities extracted, keyed by document id; the indexer's input. */
  Enriched = 'videos.enriched',
  /**
   * Learned channel boilerplate shared by every boilerplate-remover instance, keyed by channel +
   * segment hash, value the whole capped record. Compacted, no DLQ (not a stage input).
   */
  ChannelKnowledge = 'videos.channel-knowledge',
}

export const PIPELINE_TOPICS: readonly Topic[] = [Topic.Raw, Topic.Cleaned, Topic.Stripped, Topic.Enriched];

/** A stage's dead-letter topic: where messages it cannot process go, with the reason in headers. */
export function dlqTopicOf(topic: Topic): string {
  return `${topic}.dlq`;
}

/** Kafka headers every vidx message may carry. */
export const Header = {
  TraceId: 'vidx-trace-id',
  SchemaVersion: 'vidx-schema-version',
  /** DLQ headers, set by the stage runner on dead-lettered messages. */
  DlqStage: 'vidx-dlq-stage',
  DlqErrorCode: 'vidx-dlq-error-code',
  DlqErrorMessage: 'vidx-dlq-error-message',
  DlqOriginalTopic: 'vidx-dlq-original-topic',
  DlqOriginalPartition: 'vidx-dlq-original-partition',
  DlqOriginalOffset: 'vidx-dlq-original-offset',
  DlqAttempts: 'vidx-dlq-attempts',
  DlqFirstSeenAt: 'vidx-dlq-first-seen-at',
} as const;
