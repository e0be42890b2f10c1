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
    const entries = await Promise.all(STAGES.map(async (stage) => [stage, await this.stage(stage)] as const));
    return Object.fromEntries(entries) as Record<StageName, StageLag>;
  }

  private async stage(stage: StageName): Promise<StageLag> {
    const group = `${this.prefix}vidx-${stage}`;
    const topic = topicName(STAGE_INPUTS[stage], this.prefix);
    try {
      const admin = await this.connected();
      const [ends, offsets] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId: group, topics: [topic] })]);
      return { group, topic, lag: computeLag(ends, offsets.find((o) => o.topic === topic)?.partitions ?? []) };
    } catch (error) {
      // A broker that is down makes the next request connect again instead of reusing a dead admin.
      this.admin = undefined;
      return { group, topic, lag: null, error: (error as Error).message };
    }
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
