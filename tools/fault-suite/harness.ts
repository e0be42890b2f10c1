import type { Client } from '@elastic/elasticsearch';
import type { Kafka } from 'kafkajs';
import type { Sender } from '@vidx/kafka';
import { dlqTopicOf, STAGE_INPUTS, STAGES, Topic } from '@vidx/contracts';
import { existsSync, readFileSync } from 'node:fs';
import { appLogFile, appsStatus, appsUp, runScript, sleep, type StackOptions } from '@vidx/local-stack';

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
  /** Counts the scenarios run, so that a scenario run again tags its documents anew. */
  runs: Map<string, number>;
}

/** A scenario's tag (its documents' ids and source), with the round when it runs more than once. */
export function roundTag(h: Harness, tag: string): string {
  const round = (h.runs.get(tag) ?? 0) + 1;
  h.runs.set(tag, round);
  return round === 1 ? tag : `${tag}-${round}`;
}

const WAIT_MS = 240_000;

/** Sends to videos.raw, retrying while the broker is away (the suite itself must lose nothing). */
export async function sendRaw(h: Harness, producer: Sender, values: Array<Buffer | string>): Promise<void> {
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

/** Per stage, (end offset − committed offset) of its input topic, summed over its partitions. */
export async function lagByStage(h: Harness): Promise<Record<string, number>> {
  const admin = h.kafka.admin();
  await admin.connect();
  try {
    const lags: Record<string, number> = {};
    for (const stage of STAGES) {
      const topic = `${h.prefix}${STAGE_INPUTS[stage]}`;
      const ends = await admin.fetchTopicOffsets(topic);
      const committed = await admin.fetchOffsets({ groupId: `${h.prefix}vidx-${stage}`, topics: [topic] });
      lags[stage] = 0;
      for (const end of ends) {
        const c = committed[0]?.partitions.find((p) => p.partition === end.partition);
        const at = c && Number(c.offset) >= 0 ? Number(c.offset) : Number(end.low);
        lags[stage] += Math.max(0, Number(end.high) - at);
      }
    }
    return lags;
  } finally {
    await admin.disconnect();
  }
}

/** Sum over the stages of their lag. */
export async function totalLag(h: Harness): Promise<number> {
  return Object.values(await lagByStage(h)).reduce((a, b) => a + b, 0);
}

/**
 * What a failed scenario leaves to read: each stage's lag and the last warnings and errors of each
 * app's log (connection refusals while the broker is away left out), since CI keeps no log files.
 */
export async function diagnosis(h: Harness, since: number): Promise<string[]> {
  const lines: string[] = [];
  const lags = await lagByStage(h).catch((error: Error) => ({ error: error.message }));
  lines.push(`lag by stage: ${JSON.stringify(lags)}`);
  for (const app of appsStatus(h.options)) {
    const file = appLogFile(h.options, app.name);
    const entries = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
    const recent = entries.filter((l) => {
      const time = Date.parse(/"time":"([^"]+)"/.exec(l)?.[1] ?? '');
      return time >= since && /"level":"(warn|error)"/.test(l) && !l.includes('ECONNREFUSED');
    });
    lines.push(`${app.name} (pid ${app.pid ?? '-'}, ${app.running ? 'running' : 'not running'}): ${recent.length} warnings and errors since the fault`);
    for (const l of recent.slice(-12)) lines.push(`  ${l.slice(0, 400)}`);
  }
  return lines;
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
  if (lag !== 0 || state.missing.length > 0) {
    for (const line of await diagnosis(h, faultClearedAt - 60_000)) h.log(`${scenario}: ${line}`);
  }
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
