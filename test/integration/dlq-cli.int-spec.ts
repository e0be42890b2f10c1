import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Header, InvalidInputError, Topic } from '@vidx/contracts';
import { findRepoRoot } from '@vidx/local-stack';
import { readTopic, uniqueName } from '@vidx/testing';
import { startAndJoin, stopAndDropAfterAll, testKafka, testStageRunner } from './support';

const run = promisify(execFile);
const cli = join(findRepoRoot(__dirname), 'dist/apps/cli/src/main.js');

/** `vidx dlq list` and `vidx dlq replay` against messages a real stage dead-lettered. */
describe('vidx dlq', () => {
  const kafka = testKafka();
  const prefix = `${uniqueName('dlq')}.`;
  const env = { ...process.env, VIDX_TOPIC_PREFIX: prefix };
  const runner = testStageRunner(kafka, prefix, {
    name: 'cleaner',
    input: Topic.Raw,
    output: Topic.Cleaned,
    process: ({ value }) => {
      const text = value?.toString() ?? '';
      if (text.startsWith('bad')) throw new InvalidInputError('BAD_TEXT', `cannot take "${text}"`);
      return { outputs: [{ key: text, value: { text } }], rejected: [] };
    },
  }, 1);

  stopAndDropAfterAll(runner, kafka, prefix);

  it('lists dead letters grouped by error and replays one by key', async () => {
    await startAndJoin(runner);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: `${prefix}${Topic.Raw}`,
      messages: [
        { key: 'k1', value: 'bad one' },
        { key: 'k2', value: 'good' },
        { key: 'k3', value: 'bad two' },
      ],
    });
    await producer.disconnect();
    await readTopic(kafka, `${prefix}${Topic.Raw}.dlq`, 2);

    const list = await run(process.execPath, [cli, 'dlq', 'list', '--stage', 'cleaner', '--json'], { env });
    const letters = list.stdout.trim().split('\n').map((l) => JSON.parse(l) as { key: string; code: string; reason: string; originalOffset: string });
    expect(letters.map((l) => l.key).sort()).toEqual(['k1', 'k3']);
    expect(letters.every((l) => l.code === 'BAD_TEXT' && l.reason.includes('cannot take'))).toBe(true);

    const summary = await run(process.execPath, [cli, 'dlq', 'list'], { env });
    expect(summary.stdout).toMatch(/cleaner\s+BAD_TEXT\s+2/);

    await runner.stop();
    const replay = await run(process.execPath, [cli, 'dlq', 'replay', '--stage', 'cleaner', '--id', 'k3'], { env });
    expect(replay.stdout).toMatch(/replayed cleaner 0:\d+ \(BAD_TEXT\)/);
    const raw = await readTopic(kafka, `${prefix}${Topic.Raw}`, 4);
    const replayed = raw[3];
    expect(replayed.key?.toString()).toBe('k3');
    expect(replayed.value?.toString()).toBe('bad two');
    expect(replayed.headers?.['vidx-replayed-at']).toBeDefined();
    expect(replayed.headers?.[Header.DlqErrorCode]).toBeUndefined();

    await expect(run(process.execPath, [cli, 'dlq', 'replay', '--id', 'nothing-like-this'], { env })).rejects.toMatchObject({ code: 2 });
  }, 120_000);
});
