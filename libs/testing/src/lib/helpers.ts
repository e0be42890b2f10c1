import type { Kafka, KafkaMessage } from 'kafkajs';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a value (not undefined) or the timeout passes. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(250);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`);
}

/** Reads every message currently on a topic (from the beginning) with a throwaway consumer group. */
export async function readTopic(kafka: Kafka, topic: string, expectAtLeast: number, timeoutMs = 30_000): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: `reader-${topic}-${Date.now()}-${Math.random().toString(36).slice(2)}` });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        messages.push(message);
      },
    });
    await eventually(async () => (messages.length >= expectAtLeast ? true : undefined), timeoutMs, `${expectAtLeast} message(s) on ${topic}`);
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

/** A name unique to this test run, for topics, groups and indices. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
