import { execFileSync } from 'node:child_process';
import { readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from '@elastic/elasticsearch';
import type { EnrichedDocument } from '@vidx/contracts';
import { findRepoRoot, infraDown, infraUp, numberedInstance, type StackOptions } from '@vidx/local-stack';
import { createLogger, routeProcessWarnings } from '@vidx/observability';
import { processRawBatch } from '@vidx/pipeline';
import {
  buildSearchRequest,
  ElasticsearchSink,
  ensureEntityRegistry,
  ensureIndex,
  EntityRegistry,
  findEntitiesByAliasKeys,
  fuzzyRetryCorrections,
  indexTemplateName,
  lookupKeys,
  registryAlias,
  registryContext,
  registryTemplateName,
  SEARCH_RESPONSE_FIELDS,
  SearchParamsSchema,
} from '@vidx/search';
import { generateCorpus, mulberry32 } from './generate';

/** What bench:search and bench:search:ab share: the corpus, the searches, the load generator, CPU counters. */
export const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 20_000);
export const CONNECTIONS = 20;
export const REQUESTS = 400;
const SETTINGS = {
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 15),
  maxWarmupTurns: Number(process.env.BENCH_MAX_WARMUP_TURNS ?? 16),
  /** A fresh Elasticsearch can sit on a plateau for two turns and double its speed after: at least this many. */
  minWarmupTurns: Number(process.env.BENCH_MIN_WARMUP_TURNS ?? 6),
};
export const log = (line: string) => process.stderr.write(`[bench-search] ${line}\n`);

/** A setting that cannot work: said in one line, without a stack trace. */
export class UsageError extends Error {}

/**
 * Runs a benchmark: `--help` (or `-h`) prints `usage`; process warnings go to the log; exits with
 * the code `body` returns, or with 1 after saying why it failed.
 */
export function runBench(usage: string, body: (root: string) => Promise<number>): void {
  const main = async () => {
    if (process.argv.includes('--help') || process.argv.includes('-h')) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    routeProcessWarnings(createLogger({ service: 'bench-search', level: 'warn' }));
    return body(findRepoRoot(__dirname));
  };
  main().then(
    (code) => process.exit(code),
    (error) => {
      log(`failed: ${error instanceof UsageError ? error.message : ((error as Error).stack ?? error)}`);
      process.exit(1);
    },
  );
}

/**
 * CPU time (user + system) a process (all threads) or one of its threads has used so far, in ms,
 * from /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat (fields 14 and 15, in clock ticks of 10 ms:
 * Linux's USER_HZ); undefined where that is not readable.
 * On two shared cores every millisecond the gateway uses is taken from Elasticsearch, so this is
 * the measure of its own overhead that does not depend on how the cores were shared in a round.
 */
export function cpuMs(pid: number | undefined, thread?: number): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Elasticsearch's threads by what they do, from the JVM's own thread dump (`jcmd <pid> Thread.print`, the JDK that runs it). */
function javaThreadGroups(pid: number): Map<number, string> {
  const jcmd = join(readlinkSync(`/proc/${pid}/exe`), '..', 'jcmd');
  const dump = execFileSync(jcmd, [String(pid), 'Thread.print'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const groups = new Map<number, string>();
  for (const line of dump.split('\n')) {
    const m = /^"([^"]+)".*\bnid=(0x[0-9a-f]+|\d+)/.exec(line);
    if (!m) continue;
    const name = m[1];
    const group =
      /\]\[(search|search_worker|search_coordination)\]/.exec(name)?.[1] ??
      (/transport_worker|http_server_worker/.test(name) ? 'network' : /GC|G1|ZGC|Conc/.test(name) ? 'gc' : /Compiler/.test(name) ? 'jit' : /\]\[(\w+)\]/.exec(name)?.[1] ?? 'other');
    groups.set(Number(m[2]), group);
  }
  return groups;
}

/** CPU ms of each thread group of a process so far (threads started after the dump are not counted). */
function groupCpuMs(pid: number, groups: Map<number, string>): Map<string, number> {
  const spent = new Map<string, number>();
  for (const [tid, group] of groups) {
    const ms = cpuMs(pid, tid);
    if (ms !== undefined) spent.set(group, (spent.get(group) ?? 0) + ms);
  }
  return spent;
}

/**
 * Elasticsearch's CPU by thread group (search, network, gc, jit…), summed per target over the
 * rounds it measures: where the extra it spends per search through a gateway goes.
 */
export function threadGroupMeter(pid: number | undefined) {
  let groups: Map<number, string> | undefined;
  let unavailable = pid === undefined ? 'no PID file' : '';
  try {
    if (pid !== undefined) groups = javaThreadGroups(pid);
  } catch (error) {
    // A JRE without jcmd, or a JVM that does not answer: the rest of the benchmark still runs.
    unavailable = (error as Error).message.split('\n')[0];
    log(`Elasticsearch's threads are not split by group: ${unavailable}`);
  }
  const totals = new Map<string, Map<string, number>>();
  return {
    async around<T>(target: string, measured: () => Promise<T>): Promise<T> {
      if (pid === undefined || !groups) return measured();
      const before = groupCpuMs(pid, groups);
      const result = await measured();
      const sum = totals.get(target) ?? new Map<string, number>();
      for (const [group, ms] of groupCpuMs(pid, groups)) sum.set(group, (sum.get(group) ?? 0) + ms - (before.get(group) ?? 0));
      totals.set(target, sum);
      return result;
    },
    /** "search 2.451 ms, network 0.351 ms, …" per search of a target; groups under 0.001 ms left out. */
    perSearch(target: string, searches: number): string {
      if (!groups) return `n/a (${unavailable})`;
      return [...(totals.get(target) ?? [])]
        .filter(([, ms]) => ms / searches >= 0.001)
        .map(([group, ms]) => `${group} ${(ms / searches).toFixed(3)} ms`)
        .join(', ');
    },
  };
}

/** What each named process spent during a round (CPU ms; undefined where unreadable), and this load generator. */
export type CpuSpent = Record<string, number | undefined> & { loadGenerator: number };

/** Starts measuring the named processes and this one; the function it returns ends the measure. */
export function cpuMeter(pids: Record<string, number | undefined>): () => () => CpuSpent {
  return () => {
    const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMs(pid)]));
    const self = process.cpuUsage();
    return () => {
      const own = process.cpuUsage(self);
      const spent: Record<string, number | undefined> = {};
      for (const [name, pid] of Object.entries(pids)) {
        const after = cpuMs(pid);
        spent[name] = before[name] === undefined || after === undefined ? undefined : after - before[name];
      }
      return { ...spent, loadGenerator: (own.user + own.system) / 1000 };
    };
  };
}

export function fixtures(root: string): EnrichedDocument[] {
  const raws = readFileSync(join(root, 'test/fixtures/dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { raw: string }).raw);
  return processRawBatch(raws).results.flatMap((r) => r.documents);
}

/** A varied mix: words, phrases, OR, exclusions, misspellings; two filters each; all sorts; sizes 10/20. */
export function requestMix(corpus: readonly EnrichedDocument[], count: number): Array<Record<string, string>> {
  const random = mulberry32(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const words = [...new Set(corpus.slice(0, 2000).flatMap((d) => d.title.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 5))];
  const typo = (w: string) => (w.length > 5 ? w.slice(0, 2) + w.slice(3) : w);
  const queries = [
    () => pick(words),
    () => `${pick(words)} ${pick(words)}`,
    () => `"${pick(corpus).title.split(/\s+/).slice(0, 2).join(' ')}"`,
    () => `${pick(words)} OR ${pick(words)}`,
    () => `${pick(words)} -${pick(words)}`,
    () => typo(pick(words)),
  ];
  const filters: Array<(d: EnrichedDocument) => Record<string, string>> = [
    (d: EnrichedDocument) => ({ source: d.source ?? '' }),
    (d: EnrichedDocument): Record<string, string> => (d.people[0] ? { person: d.people[0] } : { language: d.language }),
    (d: EnrichedDocument): Record<string, string> => (d.locations[0] ? { location: d.locations[0] } : { language: d.language }),
    (d: EnrichedDocument) => ({ from: d.publishedAt!.slice(0, 4) + '-01-01', to: '2025-12-31' }),
    (d: EnrichedDocument) => ({ language: d.language }),
  ];
  return Array.from({ length: count }, () => {
    const doc = pick(corpus);
    // Two different filters on every request.
    const first = Math.floor(random() * filters.length);
    const second = (first + 1 + Math.floor(random() * (filters.length - 1))) % filters.length;
    const [f1, f2] = [filters[first], filters[second]];
    return { q: pick(queries)(), ...f1(doc), ...f2(doc), sort: pick(['relevance', 'relevance', 'newest', 'oldest']), size: pick(['10', '20']) };
  });
}

/**
 * The Elasticsearch requests the gateway sends for one search (searchVideos): the exact search
 * and, when it matches nothing and a word has a close indexed spelling, the fuzzy retry marking
 * the corrections that came with the first answer. Found by running them once, as the gateway would.
 */
export async function elasticsearchRequestsOf(es: Client, alias: string, raw: Record<string, string>): Promise<object[]> {
  const params = SearchParamsSchema.parse(raw);
  const context = registryContext(params, await findEntitiesByAliasKeys(es, alias, lookupKeys(params)));
  const exact = buildSearchRequest(params, context, 'exact');
  const answer = await es.search({ index: alias, ...(exact as object) });
  const corrections = fuzzyRetryCorrections(answer);
  return corrections ? [exact, buildSearchRequest(params, context, 'fuzzy', Object.values(corrections))] : [exact];
}

export async function run(name: string, url: string, requests: Requests, seconds: number, meter?: () => () => CpuSpent) {
  let next = 0;
  const stop = meter?.();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const r = requests[next % requests.length];
          next += 1;
          return { ...req, ...r };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) log(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  const cpu = stop?.();
  return { name, p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, total: result.requests.total, failed: result.non2xx + result.errors, cpu };
}


/** A search's requests through the gateway and, the same ones, straight to Elasticsearch. */
export interface BenchSetup {
  root: string;
  options: StackOptions;
  es: Client;
  esUrl: string;
  alias: string;
  /** The environment the apps start with (instance t6, this run's topics and alias, no rate limit). */
  env: NodeJS.ProcessEnv;
  gatewayRequests: Array<{ method: string; path: string }>;
  directRequests: Array<{ method: string; path: string; body: string }>;
  /** The Elasticsearch request bodies of all searches, fuzzy retries included. */
  bodies: object[];
  /** Elasticsearch requests per search (above 1 by the fuzzy retries). */
  requestsPerSearch: number;
  filterPath: string;
  /** Deletes the run's indices and stops both servers. */
  tearDown(): Promise<void>;
}

/**
 * Starts Kafka and Elasticsearch (instance t6), indexes the generated corpus through the real
 * mapping and entity registry, and builds the 400 searches and their Elasticsearch requests.
 */
export async function setUpBench(root: string): Promise<BenchSetup> {
  const instance = numberedInstance('t6')!;
  const runId = `bench-${Date.now().toString(36)}`;
  const alias = `${runId}-videos`;
  const { KAFKA_BROKERS: _k, ELASTICSEARCH_URL: _e, ...base } = process.env;
  const env = { ...base, VIDX_TOPIC_PREFIX: `${runId}.`, ELASTICSEARCH_INDEX_ALIAS: alias, GATEWAY_RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };
  const options: StackOptions = { root, instance, env, log };
  const esUrl = `http://127.0.0.1:${instance.elasticsearchPort}`;
  const es = new Client({ node: esUrl });
  const tearDown = async () => {
    await es.indices.delete({ index: `${alias}*`, ignore_unavailable: true, allow_no_indices: true }).catch(() => undefined);
    await es.indices.deleteIndexTemplate({ name: indexTemplateName(alias) }).catch(() => undefined);
    await es.indices.deleteIndexTemplate({ name: registryTemplateName(alias) }).catch(() => undefined);
    await es.close();
    await infraDown(options);
  };
  try {
    await infraUp(options);
    await ensureIndex(es, alias);
    await ensureEntityRegistry(es, alias);
    const corpus = generateCorpus(fixtures(root), DOCUMENTS);
    const sink = new ElasticsearchSink({ client: es, alias, registry: new EntityRegistry({ client: es, videosAlias: alias }) });
    const started = Date.now();
    for (let i = 0; i < corpus.length; i += 1000) {
      const failures = await sink.write(corpus.slice(i, i + 1000).map((d) => ({ key: d.id, value: d })), []);
      if (failures.length > 0) throw new Error(`bulk refused ${failures.length} documents: ${failures[0].reason}`);
    }
    await es.indices.refresh({ index: [alias, registryAlias(alias)] });
    await es.indices.forcemerge({ index: alias, max_num_segments: 1 });
    log(`indexed ${corpus.length} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const mix = requestMix(corpus, REQUESTS);
    const gatewayRequests = mix.map((params) => ({ method: 'GET', path: `/v1/search?${new URLSearchParams(params).toString()}` }));
    // The same requests the gateway sends (same bodies, same registry context, same filter_path),
    // sent to the alias without a PIT.
    const perSearch = await Promise.all(mix.map((raw) => elasticsearchRequestsOf(es, alias, raw)));
    const bodies = perSearch.flat();
    const filterPath = `filter_path=${SEARCH_RESPONSE_FIELDS.join(',')}`;
    const directRequests = bodies.map((body) => ({ method: 'POST', path: `/${alias}/_search?${filterPath}`, body: JSON.stringify(body) }));
    log(`${mix.length} searches make ${bodies.length} Elasticsearch requests (${perSearch.filter((r) => r.length > 1).length} fuzzy retries)`);
    // A search that found nothing as typed costs the gateway two requests: compare searches per second.
    return { root, options, es, esUrl, alias, env, gatewayRequests, directRequests, bodies, requestsPerSearch: bodies.length / mix.length, filterPath, tearDown };
  } catch (error) {
    await tearDown().catch(() => undefined);
    throw error;
  }
}

type Requests = Array<{ method: string; path: string; body?: string }>;

/**
 * A freshly started Elasticsearch reaches its steady speed only after minutes of traffic here (its
 * JIT compiler competes with the searches for two cores): warms every gateway and the straight path
 * in turns until the straight throughput of two turns in a row differs by less than 5%, so that the
 * rounds measure searching, not compiling.
 */
export async function warmUp(gateways: ReadonlyArray<{ url: string; requests: Requests }>, esUrl: string, directRequests: Requests): Promise<void> {
  const { warmupSeconds, minWarmupTurns, maxWarmupTurns } = SETTINGS;
  log(`warm-up: ${warmupSeconds} s turns through the gateway and straight until steady (${minWarmupTurns} to ${maxWarmupTurns} turns)`);
  let previous = 0;
  for (let turn = 1; turn <= maxWarmupTurns; turn += 1) {
    for (const gateway of gateways) await run('warm-up gateway', gateway.url, gateway.requests, warmupSeconds);
    const { rps } = await run('warm-up elasticsearch', esUrl, directRequests, warmupSeconds);
    log(`warm-up turn ${turn}: elasticsearch ${rps.toFixed(0)} req/s`);
    if (turn >= Math.max(2, minWarmupTurns) && Math.abs(rps - previous) / previous < 0.05) break;
    previous = rps;
  }
}

/** Fails unless the gateway answers the first search with 200. */
export async function checkGateway(url: string, requests: Requests): Promise<void> {
  const sample = await fetch(`${url}${requests[0].path}`);
  if (!sample.ok) throw new Error(`the gateway at ${url} answered ${sample.status}: ${await sample.text()}`);
}

/** The median, the lower of the two middle values for an even count. */
export const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];
export const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
