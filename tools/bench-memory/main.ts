import { readFileSync } from 'node:fs';
import { Client } from '@elastic/elasticsearch';
import { Kafka, logLevel } from 'kafkajs';
import { Topic } from '@vidx/contracts';
import { mendKafkaJs } from '@vidx/kafka';
import { appsDown, appsStatus, appsUp, findRepoRoot, infraDown, infraUp, numberedInstance, sleep, type StackOptions } from '@vidx/local-stack';
import { validDocument } from '../fault-suite/documents';

/**
 * `npm run bench:memory`: a benchmark, not a test. Starts its own stack (instance t5), sends
 * BENCH_DOCUMENTS (default 100,000) documents to videos.raw, samples every stage's resident set
 * size (VmRSS of /proc/<pid>/status, the pid from the stack's pid files) every few seconds until
 * all are indexed, and prints per stage the start value and the peak of each third of the run.
 * "Flat" means the last third's peak is within BENCH_FLAT_MB (default 50 MB) of the middle third's:
 * once warm, memory does not grow with the number of documents that went through (a leak or an
 * input-sized queue would keep climbing; a bounded buffer and the GC plateau do not).
 */
const DOCUMENTS = Number.parseInt(process.env.BENCH_DOCUMENTS ?? '100000', 10);
const FLAT_MB = Number.parseInt(process.env.BENCH_FLAT_MB ?? '50', 10);
const SAMPLE_MS = 1000;
/**
 * The stages run with a bounded old space, as deployed (infra/docker/app.Dockerfile): without a
 * cap V8 grows the heap lazily on a 24 GiB machine and RSS climbs long after the live data stopped
 * growing, which says nothing about a leak. With 384 MB a leak would show as growth or a crash.
 */
const NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS ?? '--max-old-space-size=384';

function rssMb(pid: number): number | undefined {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const instance = numberedInstance('t5');
  if (!instance) throw new Error('instance t5 is not defined');
  const root = findRepoRoot(__dirname);
  const run = `bench-${Date.now().toString(36)}`;
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const { KAFKA_BROKERS: _k, ELASTICSEARCH_URL: _e, ...base } = process.env;
  const env = { ...base, VIDX_TOPIC_PREFIX: `${run}.`, ELASTICSEARCH_INDEX_ALIAS: `${run}-videos`, KAFKA_TOPIC_PARTITIONS: '3', LOG_LEVEL: 'warn', NODE_OPTIONS: NODE_OPTIONS };
  const options: StackOptions = { root, instance, env, log };
  const samples = new Map<string, number[]>();
  let flat = true;
  try {
    await infraUp(options);
    await appsUp(options);
    mendKafkaJs();
    const kafka = new Kafka({ clientId: 'vidx-bench', brokers: [`127.0.0.1:${instance.kafkaPort}`], logLevel: logLevel.NOTHING });
    const es = new Client({ node: `http://127.0.0.1:${instance.elasticsearchPort}` });
    const stages = appsStatus(options).flatMap((a) => (a.pid !== undefined && a.name !== 'gateway' ? [{ name: a.name, pid: a.pid }] : []));
    const sample = () => {
      for (const s of stages) {
        const mb = rssMb(s.pid);
        if (mb !== undefined) samples.set(s.name, [...(samples.get(s.name) ?? []), mb]);
      }
    };
    sample();
    const producer = kafka.producer();
    await producer.connect();
    const started = Date.now();
    for (let i = 0; i < DOCUMENTS; i += 1000) {
      const messages = Array.from({ length: Math.min(1000, DOCUMENTS - i) }, (_, k) => ({ value: JSON.stringify(validDocument(run, i + k)) }));
      await producer.send({ topic: `${run}.${Topic.Raw}`, acks: -1, messages });
    }
    await producer.disconnect();
    log(`sent ${DOCUMENTS} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    let indexed = 0;
    let lastLog = 0;
    for (let last = -1, stalled = 0; indexed < DOCUMENTS && stalled < 120; ) {
      await sleep(SAMPLE_MS);
      sample();
      indexed = (await es.count({ index: `${run}-videos` }).catch(() => ({ count: indexed }))).count;
      stalled = indexed === last ? stalled + 1 : 0;
      last = indexed;
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        log(`indexed ${indexed}/${DOCUMENTS} (${(indexed / ((Date.now() - started) / 1000)).toFixed(0)}/s)`);
      }
    }
    sample();
    log(`${indexed}/${DOCUMENTS} indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await es.close();
    process.stdout.write(
      `\n| stage | start MB | peak 1st third MB | peak 2nd third MB | peak last third MB | end MB | flat (last ≤ 2nd + ${FLAT_MB} MB) |\n|---|---|---|---|---|---|---|\n`,
    );
    for (const [name, values] of samples) {
      const third = Math.max(1, Math.floor((values.length - 1) / 3));
      const peaks = [values.slice(1, 1 + third), values.slice(1 + third, 1 + 2 * third), values.slice(1 + 2 * third)].map((v) => Math.max(...v));
      const ok = peaks[2] <= peaks[1] + FLAT_MB;
      flat &&= ok;
      const cells = [values[0], ...peaks, values[values.length - 1]].map((v) => v.toFixed(0));
      process.stdout.write(`| ${name} | ${cells.join(' | ')} | ${ok ? 'yes' : 'NO'} |\n`);
    }
    process.stdout.write(`\n${indexed}/${DOCUMENTS} documents indexed; ${samples.values().next().value?.length ?? 0} samples every ${SAMPLE_MS / 1000} s\n`);
    if (indexed < DOCUMENTS) flat = false;
  } finally {
    await appsDown(options);
    await infraDown(options);
  }
  return flat ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`bench-memory: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
