import { Client } from '@elastic/elasticsearch';
import { execFileSync } from 'node:child_process';
import { Kafka, logLevel } from 'kafkajs';
import { appsDown, appsStatus, appsUp, FAULTS_INSTANCE, findRepoRoot, infraDown, infraUp, isAlive, type StackOptions } from '@vidx/local-stack';
import { createLogger, routeProcessWarnings } from '@vidx/observability';
import type { Harness, ScenarioResult } from './harness';
import { brokerRestart, duplicates, elasticsearchOutage, killEachStage, poison } from './scenarios';

/**
 * `npm run test:faults`: breaks the running system on purpose and counts. Starts its own local
 * stack (instance `faults`: Kafka 29092, Elasticsearch 29200, gateway 23000), runs each scenario
 * with a few thousand documents in flight, prints a table, stops everything it started and exits
 * 1 if any document was lost or duplicated, any poison was not dead-lettered, or anything was
 * left running.
 */
const PER_SCENARIO = Number.parseInt(process.env.FAULTS_DOCUMENTS ?? '2000', 10);
const MAX_BODY_BYTES = 1024 * 1024;
/** For working on one fault: the scenarios whose names contain one of these words, each this often. */
const ONLY = (process.env.FAULTS_SCENARIOS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const ROUNDS = Number(process.env.FAULTS_ROUNDS ?? '1');
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`FAULTS_ROUNDS must be a whole number of 1 or more, not "${process.env.FAULTS_ROUNDS}"`);

function table(results: ScenarioResult[]): string {
  const head = ['scenario', 'sent', 'indexed', 'dead-lettered', 'lost', 'duplicated', 'recovery s'];
  const rows = results.map((r) => [r.scenario, r.sent, r.indexed, r.deadLettered, r.lost, r.duplicated, r.recoverySeconds.toFixed(1)].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Processes still alive: the apps by the PIDs they had, the JVMs by their instance folder. */
function leftovers(root: string, appPids: number[]): string[] {
  const jvms = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(`${root}/.vidx/faults/`));
  return [...appPids.filter(isAlive).map((pid) => `app pid ${pid}`), ...jvms.map((l) => l.trim().slice(0, 160))];
}

async function main(): Promise<number> {
  routeProcessWarnings(createLogger({ service: 'fault-suite', level: 'warn' }));
  const root = findRepoRoot(__dirname);
  const run = `faults-${Date.now().toString(36)}`;
  const log = (line: string) => process.stderr.write(`[faults] ${line}\n`);
  const { KAFKA_BROKERS: _k, ELASTICSEARCH_URL: _e, ...base } = process.env;
  const env = {
    ...base,
    VIDX_TOPIC_PREFIX: `${run}.`,
    ELASTICSEARCH_INDEX_ALIAS: `${run}-videos`,
    KAFKA_TOPIC_PARTITIONS: '3',
    GATEWAY_MAX_BODY_BYTES: String(MAX_BODY_BYTES),
    LOG_LEVEL: 'warn',
  };
  const options: StackOptions = { root, instance: FAULTS_INSTANCE, env, log };
  const results: ScenarioResult[] = [];
  let failed = false;
  const appPids: number[] = [];
  try {
    await infraUp(options);
    await appsUp(options);
    const h: Harness = {
      options,
      kafka: new Kafka({ clientId: 'vidx-faults', brokers: [`127.0.0.1:${FAULTS_INSTANCE.kafkaPort}`], logLevel: logLevel.NOTHING }),
      es: new Client({ node: `http://127.0.0.1:${FAULTS_INSTANCE.elasticsearchPort}` }),
      prefix: env.VIDX_TOPIC_PREFIX,
      alias: env.ELASTICSEARCH_INDEX_ALIAS,
      log,
      runs: new Map(),
    };
    const gateway = `http://127.0.0.1:${FAULTS_INSTANCE.gatewayPort}`;
    const steps: Array<[string, () => Promise<ScenarioResult | ScenarioResult[]>]> = [
      ['kill -9 each stage', () => killEachStage(h, PER_SCENARIO / 2)],
      ['Elasticsearch outage', () => elasticsearchOutage(h, PER_SCENARIO)],
      ['broker restart', () => brokerRestart(h, PER_SCENARIO)],
      ['poison', () => poison(h, PER_SCENARIO, gateway, MAX_BODY_BYTES)],
      ['duplicates', () => duplicates(h, PER_SCENARIO / 2)],
    ];
    const chosen = steps.filter(([name]) => ONLY.length === 0 || ONLY.some((word) => name.includes(word)));
    if (chosen.length === 0) throw new Error(`FAULTS_SCENARIOS matches none of: ${steps.map(([name]) => name).join(', ')}`);
    for (const [name, step] of Array.from({ length: ROUNDS }, () => chosen).flat()) {
      log(`scenario: ${name}`);
      try {
        const outcome = await step();
        results.push(...(Array.isArray(outcome) ? outcome : [outcome]));
      } catch (error) {
        failed = true;
        log(`scenario ${name} failed: ${(error as Error).stack ?? error}`);
      }
    }
    await h.es.close();
  } finally {
    appPids.push(...appsStatus(options).flatMap((a) => (a.pid ? [a.pid] : [])));
    await appsDown(options);
    await infraDown(options);
  }
  process.stdout.write(`\n${table(results)}\n`);
  for (const r of results) for (const note of r.notes) process.stdout.write(`  ${r.scenario}: ${note}\n`);
  const left = leftovers(root, appPids);
  if (left.length > 0) process.stdout.write(`processes left behind:\n${left.join('\n')}\n`);
  const bad = results.filter((r) => r.lost > 0 || r.duplicated > 0 || r.notes.length > 0);
  const ok = !failed && bad.length === 0 && left.length === 0;
  process.stdout.write(`${results.length - bad.length} passed, ${bad.length + (failed ? 1 : 0)} failed\n`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`fault suite aborted: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
