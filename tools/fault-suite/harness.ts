import type { Client } from '@elastic/elasticsearch';
import type { Kafka, Producer } from 'kafkajs';
import { dlqTopicOf, STAGE_INPUTS, STAGES, Topic } from '@vidx/contracts';
import { appsStatus, appsUp, runScript, sleep, type StackOptions } from '@vidx/local-stack';

/** What one scenario measured: the row of the suite's table. */
export interface ScenarioResult {
  scenario: string;
  sent: number;
  indexed: number;
  deadLettered: number;
  lost: number;
  duplicated: number;
  recoverySeconds: number;
  notes: string[];
}

export interface Harness {
  options: StackOptions;
  kafka: Kafka;
  es: Client;
  prefix: string;
  alias: string;
  log: (line: string) => void;
}

const WAIT_MS = 240_000;

/** Sends to videos.raw, retrying while the broker is away (the suite itself must lose nothing). */
export async function sendRaw(h: Harness, producer: Producer, values: Array<Buffer | string>): Promise<void> {
  for (let i = 0; i < values.length; i += 500) {
    const messages = values.slice(i, i + 500).map((value) => ({ value }));
    for (let attempt = 1; ; attempt += 1) {
      try {
        await producer.send({ topic: `${h.prefix}${Topic.Raw}`, acks: -1, messages });
        break;
      } catch (error) {
        if (attempt >= 60) throw error;
        await sleep(1000);
      }
    }
  }
}

/** Documents of a scenario in the index, by count of its tag and by id. */
export async function indexedState(h: Harness, tag: string, ids: string[]): Promise<{ count: number; missing: string[] }> {
  await h.es.indices.refresh({ index: h.alias }).catch(() => undefined);
  const count = (await h.es.count({ index: h.alias, query: { term: { source: tag } } })).count;
  const missing: string[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const docs = (await h.es.mget({ index: h.alias, ids: ids.slice(i, i + 1000), _source: false })).docs;
    docs.forEach((d, k) => {
      if (!('found' in d) || !d.found) missing.push(ids[i + k]);
    });
  }
  return { count, missing };
}

/** Messages on all four DLQs (they only grow: a scenario looks at the difference). */
export async function dlqTotal(h: Harness): Promise<number> {
  const admin = h.kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    let total = 0;
    for (const stage of STAGES) {
      const topic = `${h.prefix}${dlqTopicOf(STAGE_INPUTS[stage])}`;
      if (!existing.has(topic)) continue;
      for (const p of await admin.fetchTopicOffsets(topic)) total += Number(p.high) - Number(p.low);
    }
    return total;
  } finally {
    await admin.disconnect();
  }
}

/** Sum over the stages of (end offset − committed offset) of their input topics. */
export async function totalLag(h: Harness): Promise<number> {
  const admin = h.kafka.admin();
  await admin.connect();
  try {
    let lag = 0;
    for (const stage of STAGES) {
      const topic = `${h.prefix}${STAGE_INPUTS[stage]}`;
      const ends = await admin.fetchTopicOffsets(topic);
      const committed = await admin.fetchOffsets({ groupId: `${h.prefix}vidx-${stage}`, topics: [topic] });
      for (const end of ends) {
        const c = committed[0]?.partitions.find((p) => p.partition === end.partition);
        const at = c && Number(c.offset) >= 0 ? Number(c.offset) : Number(end.low);
        lag += Math.max(0, Number(end.high) - at);
      }
    }
    return lag;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Waits until every expected document is in the index and every stage has committed to the end
 * of its input, then measures: lost (expected ids missing), duplicated (more documents with the
 * scenario's tag than expected ids), dead-lettered (DLQ growth since `dlqBefore`).
 */
export async function settle(
  h: Harness,
  scenario: string,
  tag: string,
  ids: string[],
  sent: number,
  dlqBefore: number,
  faultClearedAt: number,
  notes: string[] = [],
): Promise<ScenarioResult> {
  const deadline = Date.now() + WAIT_MS;
  let state = await indexedState(h, tag, ids);
  let lag = Number.POSITIVE_INFINITY;
  while (Date.now() < deadline) {
    state = await indexedState(h, tag, ids).catch(() => state);
    lag = await totalLag(h).catch(() => Number.POSITIVE_INFINITY);
    if (state.missing.length === 0 && lag === 0) break;
    await sleep(1000);
  }
  const recoverySeconds = (Date.now() - faultClearedAt) / 1000;
  if (lag !== 0) notes.push(`consumer lag still ${lag} after ${WAIT_MS / 1000} s`);
  const deadLettered = (await dlqTotal(h)) - dlqBefore;
  return {
    scenario,
    sent,
    indexed: ids.length - state.missing.length,
    deadLettered,
    lost: state.missing.length,
    duplicated: Math.max(0, state.count - ids.length),
    recoverySeconds,
    notes,
  };
}

export function killApp(h: Harness, name: string): number {
  const app = appsStatus(h.options).find((a) => a.name === name);
  if (!app?.pid || !app.running) throw new Error(`${name} is not running`);
  process.kill(app.pid, 'SIGKILL');
  return app.pid;
}

export async function restartApps(h: Harness): Promise<void> {
  await appsUp(h.options, 120_000);
}

export async function server(h: Harness, script: 'kafka.sh' | 'elasticsearch.sh', action: 'start' | 'stop'): Promise<void> {
  const result = await runScript(h.options, script, [action]);
  if (result.code !== 0) throw new Error(`${script} ${action} failed:\n${result.output}`);
  h.log(result.output.trim());
}
