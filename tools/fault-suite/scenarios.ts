import { RenewingProducer, type Sender } from '@vidx/kafka';
import { createLogger } from '@vidx/observability';
import { sleep, STAGE_NAMES } from '@vidx/local-stack';
import { nearLimitLinks, poisonMessages, validDocument } from './documents';
import { dlqTotal, killApp, roundTag, restartApps, sendRaw, server, settle, type Harness, type ScenarioResult } from './harness';

const quiet = createLogger({ service: 'fault-suite', level: 'error' });

/** Valid documents of one scenario, their JSON message values and their ids. */
function batch(tag: string, from: number, count: number) {
  const docs = Array.from({ length: count }, (_, i) => validDocument(tag, from + i));
  return { values: docs.map((d) => JSON.stringify(d)), ids: docs.map((d) => d.videoId) };
}

/** The suite's own writes: a producer the broker's restart cannot leave unusable, as the apps'. */
async function withProducer<T>(h: Harness, fn: (p: Sender) => Promise<T>): Promise<T> {
  const producer = new RenewingProducer(h.kafka, quiet, { retry: { retries: 10 } });
  await producer.connect();
  try {
    return await fn(producer);
  } finally {
    await producer.disconnect();
  }
}

/** 1. kill -9 each stage in turn while documents flow through it, then start it again. */
export async function killEachStage(h: Harness, perStage: number): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const stage of STAGE_NAMES) {
    const tag = roundTag(h, `kill-${stage}`);
    const dlqBefore = await dlqTotal(h);
    const { values, ids } = batch(tag, 0, perStage);
    await withProducer(h, (p) => sendRaw(h, p, values));
    await sleep(300);
    const pid = killApp(h, stage);
    const killedAt = Date.now();
    h.log(`killed ${stage} (pid ${pid}) with SIGKILL`);
    await sleep(1000);
    await restartApps(h);
    // Recovery counts from the kill: restart, rejoin, redelivery of what was not committed.
    results.push(await settle(h, `kill -9 ${stage}`, tag, ids, values.length, dlqBefore, killedAt));
  }
  return results;
}

/** 2. Elasticsearch stopped for 30 s while documents keep coming. */
export async function elasticsearchOutage(h: Harness, count: number, outageMs = 30_000): Promise<ScenarioResult> {
  const tag = roundTag(h, 'es-outage');
  const dlqBefore = await dlqTotal(h);
  const first = batch(tag, 0, count / 2);
  const second = batch(tag, count / 2, count / 2);
  await withProducer(h, (p) => sendRaw(h, p, first.values));
  await server(h, 'elasticsearch.sh', 'stop');
  const stoppedAt = Date.now();
  await withProducer(h, (p) => sendRaw(h, p, second.values));
  await sleep(Math.max(0, outageMs - (Date.now() - stoppedAt)));
  await server(h, 'elasticsearch.sh', 'start');
  return settle(h, 'Elasticsearch down 30 s', tag, [...first.ids, ...second.ids], count, dlqBefore, Date.now());
}

/** 3. The Kafka broker restarted while documents are being produced and consumed. */
export async function brokerRestart(h: Harness, count: number): Promise<ScenarioResult> {
  const tag = roundTag(h, 'broker-restart');
  const dlqBefore = await dlqTotal(h);
  const first = batch(tag, 0, count / 2);
  const second = batch(tag, count / 2, count / 2);
  await withProducer(h, (p) => sendRaw(h, p, first.values));
  await server(h, 'kafka.sh', 'stop');
  await server(h, 'kafka.sh', 'start');
  const restartedAt = Date.now();
  await withProducer(h, (p) => sendRaw(h, p, second.values));
  return settle(h, 'Kafka broker restart', tag, [...first.ids, ...second.ids], count, dlqBefore, restartedAt);
}

/** 4. 5% poison of every kind, one near-limit message of links, and an oversized HTTP body. */
export async function poison(h: Harness, count: number, gatewayUrl: string, maxBodyBytes: number): Promise<ScenarioResult> {
  const tag = roundTag(h, 'poison');
  const dlqBefore = await dlqTotal(h);
  const poisonCount = Math.round(count * 0.05);
  const valid = batch(tag, 0, count - poisonCount);
  // A title with an empty description is a valid document, not poison.
  const titleOnly = { videoId: `${tag}-title-only`, title: 'Breaking: bridge reopens', description: '', channelTitle: tag };
  const bad = poisonMessages(tag, poisonCount - 1).map((p) => p.value);
  const mixed: Array<Buffer | string> = [];
  valid.values.forEach((v, i) => {
    mixed.push(v);
    if (i % 19 === 0 && bad.length > 0) mixed.push(bad.shift() as Buffer | string);
  });
  mixed.push(...bad, JSON.stringify(titleOnly), nearLimitLinks(tag));
  await withProducer(h, (p) => sendRaw(h, p, mixed));

  const notes: string[] = [];
  const big = await fetch(`${gatewayUrl}/v1/videos`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ videoId: 'too-big', title: 'x', description: 'x'.repeat(maxBodyBytes + 1) }),
  });
  if (big.status !== 413) notes.push(`oversized HTTP body answered ${big.status}, expected 413`);
  const result = await settle(h, '5% poison + near-limit + 413', tag, [...valid.ids, titleOnly.videoId], mixed.length, dlqBefore, Date.now(), notes);
  if (result.deadLettered !== poisonCount) notes.push(`expected ${poisonCount} dead letters, found ${result.deadLettered}`);
  return result;
}

/** 5. The same documents pushed three times. */
export async function duplicates(h: Harness, count: number): Promise<ScenarioResult> {
  const tag = roundTag(h, 'duplicates');
  const dlqBefore = await dlqTotal(h);
  const { values, ids } = batch(tag, 0, count);
  for (let round = 0; round < 3; round += 1) await withProducer(h, (p) => sendRaw(h, p, values));
  return settle(h, 'each document sent 3 times', tag, ids, values.length * 3, dlqBefore, Date.now());
}
