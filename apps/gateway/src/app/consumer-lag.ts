import type { OnApplicationShutdown } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import { STAGE_INPUTS, STAGES, type StageName } from '@vidx/contracts';
import { topicName } from '@vidx/kafka';

export interface PartitionOffsets {
  partition: number;
  /** Next offset to be written (the end). */
  high: string;
  /** Earliest offset still kept. */
  low: string;
}

export interface StageLag {
  group: string;
  topic: string;
  /** Messages on the input topic the stage has not committed yet; null when Kafka could not be asked. */
  lag: number | null;
  error?: string;
}

/**
 * Messages not yet committed by a group, summed over partitions: end − committed, or end − earliest
 * where the group has committed nothing (offset -1) yet.
 */
export function computeLag(ends: readonly PartitionOffsets[], committed: ReadonlyArray<{ partition: number; offset: string }>): number {
  const byPartition = new Map(committed.map((c) => [c.partition, Number(c.offset)]));
  let lag = 0;
  for (const end of ends) {
    const high = Number(end.high);
    const done = byPartition.get(end.partition);
    const from = done !== undefined && done >= 0 ? done : Number(end.low);
    lag += Math.max(0, high - from);
  }
  return lag;
}

/** Per-stage consumer lag of the groups `${prefix}vidx-<stage>`, read with one kafkajs admin kept connected. */
export class ConsumerLag implements OnApplicationShutdown {
  private admin?: Promise<Admin>;

  constructor(
    private readonly kafka: Kafka,
    private readonly prefix: string,
  ) {}

  async read(): Promise<Record<StageName, StageLag>> {
    const stages = STAGES.map((stage) => ({ stage, group: `${this.prefix}vidx-${stage}`, topic: topicName(STAGE_INPUTS[stage], this.prefix) }));
    let admin: Admin;
    let topics: Set<string>;
    try {
      admin = await this.connected();
      topics = new Set(await admin.listTopics());
    } catch (error) {
      // Kafka unreachable: report it, and connect afresh next time instead of reusing a broken admin.
      const stale = this.admin;
      this.admin = undefined;
      void stale?.then((a) => a.disconnect()).catch(() => undefined);
      return Object.fromEntries(stages.map((s) => [s.stage, { group: s.group, topic: s.topic, lag: null, error: `Kafka did not answer: ${(error as Error).message}` }])) as Record<StageName, StageLag>;
    }
    const entries = await Promise.all(
      stages.map(async ({ stage, group, topic }): Promise<[StageName, StageLag]> => {
        if (!topics.has(topic)) return [stage, { group, topic, lag: null, error: 'the topic does not exist yet (nothing was sent to this stage)' }];
        try {
          const [ends, offsets] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId: group, topics: [topic] })]);
          return [stage, { group, topic, lag: computeLag(ends, offsets.find((o) => o.topic === topic)?.partitions ?? []) }];
        } catch (error) {
          return [stage, { group, topic, lag: null, error: (error as Error).message }];
        }
      }),
    );
    return Object.fromEntries(entries) as Record<StageName, StageLag>;
  }

  private connected(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })();
    return this.admin;
  }

  async onApplicationShutdown(): Promise<void> {
    const admin = await this.admin?.catch(() => undefined);
    await admin?.disconnect();
  }
}
