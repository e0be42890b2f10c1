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

/**
 * End offsets of a topic's non-empty partitions (what a replay reads up to), and how many offsets
 * lie before them (an upper bound on the messages: compaction leaves gaps). Empty if no such topic.
 */
export async function topicEnds(kafka: Kafka, topic: string): Promise<{ ends: Map<number, bigint>; offsets: number }> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) return { ends: new Map(), offsets: 0 };
    const partitions = (await admin.fetchTopicOffsets(topic)).filter((p) => BigInt(p.high) > BigInt(p.low));
    return {
      ends: new Map(partitions.map((p) => [p.partition, BigInt(p.high)])),
      offsets: partitions.reduce((sum, p) => sum + Number(BigInt(p.high) - BigInt(p.low)), 0),
    };
  } finally {
    await admin.disconnect();
  }
}

/**
 * Streams a topic from its first offset up to `ends` (taken before: messages added meanwhile are
 * not read) in chunks of at most `chunkSize` messages of one partition, awaiting `handle` before
 * the next fetch, so memory is bounded by one fetch whatever the topic's size. A throwaway group
 * that commits nothing: no stage's offsets move.
 */
export async function replayTopic(
  kafka: Kafka,
  topic: string,
  ends: Map<number, bigint>,
  handle: (partition: number, messages: KafkaMessage[]) => Promise<void>,
  options: { chunkSize?: number; groupId?: string } = {},
): Promise<void> {
  const pending = new Map(ends);
  if (pending.size === 0) return;
  const chunkSize = options.chunkSize ?? 500;
  let failed = false;
  const consumer = kafka.consumer({ groupId: options.groupId ?? `vidx-replay-${process.pid}-${Date.now()}`, maxBytesPerPartition: 1024 * 1024 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          partitionsConsumedConcurrently: Math.max(1, pending.size),
          eachBatch: async ({ batch, heartbeat }) => {
            const end = pending.get(batch.partition);
            if (end === undefined || failed) return;
            const wanted = batch.messages.filter((m) => BigInt(m.offset) < end);
            try {
              for (let i = 0; i < wanted.length; i += chunkSize) {
                await handle(batch.partition, wanted.slice(i, i + chunkSize));
                await heartbeat();
              }
            } catch (error) {
              // Not thrown to kafkajs: its restart would start the replay over from the beginning.
              failed = true;
              reject(error);
              return;
            }
            // Compaction leaves gaps in offsets, so the end is reached when a batch goes past it.
            if (BigInt(batch.lastOffset()) + 1n >= end) {
              pending.delete(batch.partition);
              if (pending.size === 0) resolve();
            }
          },
        })
        .catch(reject);
      consumer.on(consumer.events.CRASH, (e) => {
        if (!e.payload.restart) reject(e.payload.error);
      });
    });
  } finally {
    await consumer.disconnect();
  }
}
