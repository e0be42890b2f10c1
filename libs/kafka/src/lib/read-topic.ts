import type { Kafka, KafkaMessage } from 'kafkajs';

export interface TopicRecord {
  partition: number;
  message: KafkaMessage;
}

/**
 * Reads a topic from its first offset up to the end offsets seen at the start (messages added
 * meanwhile are left for next time), for inspection tools
 * such as `vidx dlq list`, which must not move any stage's offsets: it uses a throwaway consumer
 * group that commits nothing.
 */
export async function readTopicToEnd(kafka: Kafka, topic: string, timeoutMs = 60_000): Promise<TopicRecord[]> {
  const admin = kafka.admin();
  await admin.connect();
  let ends: Array<{ partition: number; offset: string; low: string }>;
  try {
    if (!(await admin.listTopics()).includes(topic)) return [];
    ends = (await admin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, offset: p.high, low: p.low }));
  } finally {
    await admin.disconnect();
  }
  const pending = new Map(ends.filter((p) => BigInt(p.offset) > BigInt(p.low)).map((p) => [p.partition, BigInt(p.offset)]));
  if (pending.size === 0) return [];

  const records: TopicRecord[] = [];
  const consumer = kafka.consumer({ groupId: `vidx-inspect-${process.pid}-${Date.now()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`reading ${topic} took longer than ${timeoutMs} ms`)), timeoutMs);
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const end = pending.get(partition);
            if (end === undefined) return;
            if (BigInt(message.offset) < end) records.push({ partition, message });
            if (BigInt(message.offset) + 1n >= end) pending.delete(partition);
            if (pending.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return records;
}
