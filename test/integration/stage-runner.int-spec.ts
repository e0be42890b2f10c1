import { Header, InvalidInputError, Topic, VidxError } from '@vidx/contracts';
import type { StageDefinition } from '@vidx/kafka';
import { eventually, readTopic, uniqueName } from '@vidx/testing';
import { startAndJoin, stopAndDropAfterAll, testKafka, testStageRunner } from './support';

/**
 * The generic runner against a real broker, with a stage function of the test's own: outputs are
 * produced keyed, poison is dead-lettered with headers, offsets are committed past both, order
 * per key is kept.
 */
describe('StageRunner', () => {
  const kafka = testKafka();
  const prefix = `${uniqueName('runner')}.`;
  const definition: StageDefinition = {
    name: 'upper',
    input: Topic.Raw,
    output: Topic.Cleaned,
    process: ({ value }) => {
      const text = value?.toString() ?? '';
      if (text.startsWith('poison')) throw new InvalidInputError('POISON', `cannot take "${text}"`);
      const [key, n] = text.split(':');
      return { outputs: [{ key, value: { key, n: Number(n), upper: text.toUpperCase() } }], rejected: [] };
    },
  };
  const runner = testStageRunner(kafka, prefix, definition, 2);

  stopAndDropAfterAll(runner, kafka, prefix);

  it('processes, dead-letters, keeps per-key order and commits', async () => {
    await startAndJoin(runner);

    const producer = kafka.producer();
    await producer.connect();
    const messages = [];
    for (let n = 0; n < 50; n += 1) messages.push({ key: `k${n % 5}`, value: `k${n % 5}:${n}` });
    messages.splice(10, 0, { key: 'k1', value: 'poison one' });
    await producer.send({ topic: `${prefix}${Topic.Raw}`, messages });
    await producer.disconnect();

    const out = await readTopic(kafka, `${prefix}${Topic.Cleaned}`, 50);
    expect(out).toHaveLength(50);
    const byKey = new Map<string, number[]>();
    for (const m of out) {
      const v = JSON.parse(m.value!.toString()) as { key: string; n: number };
      expect(m.key!.toString()).toBe(v.key);
      expect(m.headers?.[Header.TraceId]).toBeDefined();
      byKey.set(v.key, [...(byKey.get(v.key) ?? []), v.n]);
    }
    for (const ns of byKey.values()) expect(ns).toEqual([...ns].sort((a, b) => a - b));

    const dlq = await readTopic(kafka, `${prefix}${Topic.Raw}.dlq`, 1);
    expect(dlq).toHaveLength(1);
    expect(dlq[0].value!.toString()).toBe('poison one');
    expect(dlq[0].headers?.[Header.DlqErrorCode]?.toString()).toBe('POISON');
    expect(dlq[0].headers?.[Header.DlqStage]?.toString()).toBe('upper');

    await runner.stop();
    const admin = kafka.admin();
    await admin.connect();
    const committed = await admin.fetchOffsets({ groupId: runner.groupId, topics: [`${prefix}${Topic.Raw}`] });
    const ends = await admin.fetchTopicOffsets(`${prefix}${Topic.Raw}`);
    await admin.disconnect();
    const total = (xs: Array<{ offset: string }>) => xs.reduce((sum, x) => sum + Number(x.offset), 0);
    expect(total(committed[0].partitions)).toBe(total(ends));
    expect(total(ends)).toBe(51);
  }, 120_000);
});

/**
 * A consumer crash kafkajs does not restart after (a non-retriable error, as "Failed to find group
 * coordinator" after a broker restart) used to leave the stage stopped for good while its process
 * lived on: the runner now connects and runs its consumer again.
 */
describe('StageRunner after a crash kafkajs does not restart from', () => {
  const kafka = testKafka();
  const prefix = `${uniqueName('crash')}.`;
  const written: string[] = [];
  let failuresLeft = 1;
  const definition: StageDefinition = {
    name: 'crashing',
    input: Topic.Raw,
    output: {
      describe: 'a sink that fails once with a non-retriable error',
      sink: {
        write: async (records) => {
          if (failuresLeft > 0) {
            failuresLeft -= 1;
            throw new VidxError('SINK_BROKEN', 'the sink broke for good', false);
          }
          written.push(...records.map((r) => String(r.key)));
          return [];
        },
      },
    },
    process: ({ key, value }) => ({ outputs: [{ key: key?.toString() ?? '', value: { text: value?.toString() } }], rejected: [] }),
  };
  const runner = testStageRunner(kafka, prefix, definition, 1);

  stopAndDropAfterAll(runner, kafka, prefix);

  it('runs its consumer again and delivers everything', async () => {
    await startAndJoin(runner);
    const producer = kafka.producer();
    await producer.connect();
    const keys = Array.from({ length: 10 }, (_, i) => `doc-${i}`);
    await producer.send({ topic: `${prefix}${Topic.Raw}`, messages: keys.map((key) => ({ key, value: key })) });
    await producer.disconnect();

    await eventually(async () => (keys.every((k) => written.includes(k)) ? true : undefined), 60_000, 'every message written after the restart');
    expect(failuresLeft).toBe(0);
    await eventually(async () => (runner.isReady() ? true : undefined), 30_000, 'the runner to rejoin its group');
  }, 120_000);
});
