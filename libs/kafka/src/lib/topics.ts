import type { Admin, ITopicConfig } from 'kafkajs';
import { dlqTopicOf, Topic } from '@vidx/contracts';

export interface TopicLayout {
  prefix: string;
  partitions: number;
  replicationFactor: number;
}

/** The physical name of a logical topic (an optional prefix isolates environments/test runs). */
export function topicName(topic: Topic | string, prefix: string): string {
  return `${prefix}${topic}`;
}

export function dlqName(topic: Topic, prefix: string): string {
  return topicName(dlqTopicOf(topic), prefix);
}

/**
 * What each topic looks like. `videos.cleaned` is compacted: keyed by document id, it keeps the
 * newest cleaned version of every document forever, which is what a reindex replays. DLQs keep
 * messages 30 days so someone can look and replay.
 */
export function topicConfigs(topics: readonly Topic[], layout: TopicLayout): ITopicConfig[] {
  const configs: ITopicConfig[] = [];
  for (const topic of topics) {
    configs.push({
      topic: topicName(topic, layout.prefix),
      numPartitions: layout.partitions,
      replicationFactor: layout.replicationFactor,
      configEntries: topic === Topic.Cleaned ? [{ name: 'cleanup.policy', value: 'compact' }] : [],
    });
    configs.push({
      topic: dlqName(topic, layout.prefix),
      numPartitions: 1,
      replicationFactor: layout.replicationFactor,
      configEntries: [{ name: 'retention.ms', value: String(30 * 24 * 3600 * 1000) }],
    });
  }
  return configs;
}

/**
 * Creates the topics that do not exist yet. Only "already exists" is tolerated (createTopics
 * returns false for it, also when another instance wins the race); every other error surfaces.
 */
export async function ensureTopics(admin: Admin, configs: ITopicConfig[]): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = configs.filter((c) => !existing.has(c.topic));
  if (missing.length === 0) return [];
  try {
    await admin.createTopics({ topics: missing, waitForLeaders: true });
  } catch (error) {
    const topicErrors = (error as { errors?: Array<{ type?: string }> }).errors;
    if (!topicErrors || !topicErrors.every((e) => e.type === 'TOPIC_ALREADY_EXISTS')) throw error;
  }
  return missing.map((c) => c.topic);
}
