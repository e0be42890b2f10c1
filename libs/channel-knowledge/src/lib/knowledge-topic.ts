import { createHash } from 'node:crypto';
import type { ITopicConfig } from 'kafkajs';
import { Topic } from '@vidx/contracts';
import { parseKnowledgeRecord, type KnowledgeRecord } from '@vidx/boilerplate';
import { topicName, type TopicLayout } from '@vidx/kafka';

/**
 * The knowledge topic: compacted, keyed by channel + segment hash, each value the whole capped
 * record. Compaction keeps only the newest value of a key, which is safe because every value is the
 * union its publisher knew (see ChannelKnowledgeStore), so the topic stays as big as the knowledge
 * (not the history) and a new instance reads it in seconds. No DLQ: nothing consumes it as a stage.
 */
export function knowledgeTopicConfig(layout: TopicLayout): ITopicConfig {
  return {
    topic: topicName(Topic.ChannelKnowledge, layout.prefix),
    numPartitions: layout.partitions,
    replicationFactor: layout.replicationFactor,
    configEntries: [{ name: 'cleanup.policy', value: 'compact' }],
  };
}

/**
 * The message key of a record: JSON `[channel, sha256(segment) first 32 hex digits]`. JSON so any
 * channel name is unambiguous; a hash so keys stay short whatever the segment's length.
 */
export function knowledgeKey(channel: string, segment: string): string {
  return JSON.stringify([channel, createHash('sha256').update(segment).digest('hex').slice(0, 32)]);
}

export function encodeKnowledgeRecord(record: KnowledgeRecord): string {
  return JSON.stringify({ channel: record.channel, segment: record.segment, docIds: record.docIds });
}

/** Parses and validates a message value; throws InvalidChannelKnowledgeError (or SyntaxError) if unusable. */
export function decodeKnowledgeRecord(value: Buffer | string): KnowledgeRecord {
  return parseKnowledgeRecord(JSON.parse(value.toString()));
}
