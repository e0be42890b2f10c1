import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from '@elastic/elasticsearch';
import type { EnrichedDocument } from '@vidx/contracts';
import { appsDown, appsStatus, appsUp, findRepoRoot, infraDown, infraUp, numberedInstance, readPid, runtimeDir, type StackOptions } from '@vidx/local-stack';
import { createLogger, routeProcessWarnings } from '@vidx/observability';
import { processRawBatch } from '@vidx/pipeline';
import {
  buildSearchRequest,
  ElasticsearchSink,
  ensureEntityRegistry,
  ensureIndex,
  EntityRegistry,
  findEntitiesByAliasKeys,
  lookupKeys,
  fuzzyRetryCorrections,
  registryAlias,
  registryContext,
  registryTemplateName,
  SEARCH_RESPONSE_FIELDS,
  SearchParamsSchema,
  indexTemplateName,
} from '@vidx/search';
import { generateCorpus, mulberry32 } from './generate';

/**
 * `npm run bench:search`: GET /v1/search through the gateway against the same Elasticsearch
 * queries sent straight to Elasticsearch, side by side in one run. See README.md beside this file.
 */
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 15);
const MAX_WARMUP_TURNS = Number(process.env.BENCH_MAX_WARMUP_TURNS ?? 16);
/** A fresh Elasticsearch can sit on a plateau for two turns and double its speed after: at least this many. */
const MIN_WARMUP_TURNS = Number(process.env.BENCH_MIN_WARMUP_TURNS ?? 6);
/**
 * Which apps run beside Elasticsearch during the run (comma-separated, default all): the search
 * needs only the gateway; the pipeline apps sit idle on the same cores otherwise.
 */
const APPS = process.env.BENCH_APPS ? process.env.BENCH_APPS.split(',').map((a) => a.trim()) : undefined;
const CONNECTIONS = 20;
const REQUESTS = 400;
const log = (line: string) => process.stderr.write(`[bench-search] ${line}\n`);

/**
 * CPU time (user + system, all threads) a process has used so far, in ms, from /proc/<pid>/stat
 * (fields 14 and 15, in clock ticks of 10 ms: Linux's USER_HZ); undefined where that is not readable.
 * On two shared cores every millisecond the gateway uses is taken from Elasticsearch, so this is
 * the measure of its own overhead that does not depend on how the cores were shared in a round.
 */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** What each process spent during a round: CPU ms of the gateway, Elasticsearch and this load generator. */
interface CpuSpent {
  gateway?: number;
  elasticsearch?: number;
  loadGenerator: number;
}

function cpuMeter(pids: { gateway?: number; elasticsearch?: number }): () => () => CpuSpent {
  return () => {
    const gateway = cpuMs(pids.gateway);
    const elasticsearch = cpuMs(pids.elasticsearch);
    const self = process.cpuUsage();
    return () => {
      const own = process.cpuUsage(self);
      const delta = (before: number | undefined, after: number | undefined) => (before === undefined || after === undefined ? undefined : after - before);
      return { gateway: delta(gateway, cpuMs(pids.gateway)), elasticsearch: delta(elasticsearch, cpuMs(pids.elasticsearch)), loadGenerator: (own.user + own.system) / 1000 };
    };
  };
}

function fixtures(root: string): EnrichedDocument[] {
  const raws = readFileSync(join(root, 'test/fixtures/dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { raw: string }).raw);
  return processRawBatch(raws).results.flatMap((r) => r.documents);
}

/** A varied mix: words, phrases, OR, exclusions, misspellings; two filters each; all sorts; sizes 10/20. */
function requestMix(corpus: readonly EnrichedDocument[], count: number): Array<Record<string, string>> {
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
async function elasticsearchRequestsOf(es: Client, alias: string, raw: Record<string, string>): Promise<object[]> {
  const params = SearchParamsSchema.parse(raw);
  const context = registryContext(params, await findEntitiesByAliasKeys(es, alias, lookupKeys(params)));
  const exact = buildSearchRequest(params, context, 'exact');
  const answer = await es.search({ index: alias, ...(exact as object) });
  const corrections = fuzzyRetryCorrections(answer);
  return corrections ? [exact, buildSearchRequest(params, context, 'fuzzy', Object.values(corrections))] : [exact];
}

async function run(name: string, url: string, requests: Array<{ method: string; path: string; body?: string }>, seconds: number, meter?: () => () => CpuSpent) {
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

async function main(): Promise<number> {
  routeProcessWarnings(createLogger({ service: 'bench-search', level: 'warn' }));
  const root = findRepoRoot(__dirname);
  const instance = numberedInstance('t6')!;
  const runId = `bench-${Date.now().toString(36)}`;
  const alias = `${runId}-videos`;
  const { KAFKA_BROKERS: _k, ELASTICSEARCH_URL: _e, ...base } = process.env;
  const env = { ...base, VIDX_TOPIC_PREFIX: `${runId}.`, ELASTICSEARCH_INDEX_ALIAS: alias, GATEWAY_RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' };
  const options: StackOptions = { root, instance, env, log };
  const esUrl = `http://127.0.0.1:${instance.elasticsearchPort}`;
  const gatewayUrl = `http://127.0.0.1:${instance.gatewayPort}`;
  const es = new Client({ node: esUrl });
  let code = 0;
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
    await appsUp(options, undefined, APPS);
    const meter = cpuMeter({
      gateway: appsStatus(options).find((a) => a.name === 'gateway')?.pid,
      elasticsearch: readPid(join(runtimeDir(root, instance, env), 'elasticsearch', 'elasticsearch.pid')),
    });

    const mix = requestMix(corpus, REQUESTS);
    const gatewayRequests = mix.map((params) => ({ method: 'GET', path: `/v1/search?${new URLSearchParams(params).toString()}` }));
    // The same requests the gateway sends (same bodies, same registry context, same filter_path),
    // sent to the alias without a PIT...
    const perSearch = await Promise.all(mix.map((raw) => elasticsearchRequestsOf(es, alias, raw)));
    const bodies = perSearch.flat();
    const filterPath = `filter_path=${SEARCH_RESPONSE_FIELDS.join(',')}`;
    const directRequests = bodies.map((body) => ({ method: 'POST', path: `/${alias}/_search?${filterPath}`, body: JSON.stringify(body) }));
    // A search that found nothing as typed costs the gateway two requests: compare searches per second.
    const requestsPerSearch = bodies.length / mix.length;
    log(`${mix.length} searches make ${bodies.length} Elasticsearch requests (${perSearch.filter((r) => r.length > 1).length} fuzzy retries)`);
    const sample = await fetch(`${gatewayUrl}${gatewayRequests[0].path}`);
    if (!sample.ok) throw new Error(`the gateway answered ${sample.status}: ${await sample.text()}`);

    // A freshly started Elasticsearch reaches its steady speed only after minutes of traffic here
    // (its JIT compiler competes with the searches for two cores): warm both paths in turns until
    // the straight throughput of two turns in a row differs by less than 5%, so that the rounds
    // measure searching, not compiling.
    log(`warm-up: ${WARMUP_SECONDS} s turns through the gateway and straight until steady (${MIN_WARMUP_TURNS} to ${MAX_WARMUP_TURNS} turns)`);
    let previous = 0;
    for (let turn = 1; turn <= MAX_WARMUP_TURNS; turn += 1) {
      await run('warm-up gateway', gatewayUrl, gatewayRequests, WARMUP_SECONDS);
      const { rps } = await run('warm-up elasticsearch', esUrl, directRequests, WARMUP_SECONDS);
      log(`warm-up turn ${turn}: elasticsearch ${rps.toFixed(0)} req/s`);
      if (turn >= Math.max(2, MIN_WARMUP_TURNS) && Math.abs(rps - previous) / previous < 0.05) break;
      previous = rps;
    }
    // ...and exactly as the gateway sends them: inside a point in time, opened now (the warm-up can
    // outlast a keep-alive) and kept open by use.
    const pit = (await es.openPointInTime({ index: alias, keep_alive: '5m' })).id;
    const pitRequests = bodies.map((body) => ({ method: 'POST', path: `/_search?${filterPath}`, body: JSON.stringify({ ...body, pit: { id: pit, keep_alive: '5m' } }) }));
    log(`measuring: ${ROUNDS} rounds of ${SECONDS} s per target at ${CONNECTIONS} connections over ${REQUESTS} distinct searches`);
    // Several short rounds, each in a rotated order, so that a change of machine speed during the
    // run (shared hosts) spreads over every side instead of biasing one.
    type Target = 'gateway' | 'direct' | 'pit';
    const TARGETS: Target[] = ['gateway', 'direct', 'pit'];
    const LABEL: Record<Target, string> = { gateway: 'gateway GET /v1/search', direct: 'elasticsearch _search', pit: 'elasticsearch + PIT' };
    const rounds: Array<Awaited<ReturnType<typeof run>> & { target: Target; round: number }> = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const order = TARGETS.map((_, i) => TARGETS[(i + round - 1) % TARGETS.length]);
      for (const target of order) {
        const [url, requests] = target === 'gateway' ? [gatewayUrl, gatewayRequests] : [esUrl, target === 'direct' ? directRequests : pitRequests];
        rounds.push({ ...(await run(`${LABEL[target]} #${round}`, url, requests, SECONDS, meter)), target, round });
      }
    }
    // Throughput in searches per second: a direct request is 1/requestsPerSearch of a search.
    const searchesPerSecond = (r: { target: Target; rps: number }) => (r.target === 'gateway' ? r.rps : r.rps / requestsPerSearch);
    const of = (target: Target) => rounds.filter((r) => r.target === target);
    const total = (target: Target) => of(target).reduce((n, r) => n + searchesPerSecond(r), 0);
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];
    const roundRatios = (target: Target) => Array.from({ length: ROUNDS }, (_, i) => searchesPerSecond(of('gateway')[i]) / searchesPerSecond(of(target)[i]));
    const ratio = total('gateway') / total('direct');
    const ratioPit = total('gateway') / total('pit');
    const gatewayP99 = of('gateway').map((r) => r.p99);
    const failed = rounds.reduce((n, r) => n + r.failed, 0);
    // CPU per search of each process over all rounds of a target (completed searches, not requests).
    const cpuPerSearch = (target: Target, who: keyof CpuSpent) => {
      const spent = of(target).map((r) => r.cpu?.[who]);
      if (spent.some((ms) => ms === undefined)) return 'n/a';
      const searches = of(target).reduce((n, r) => n + (r.target === 'gateway' ? r.total : r.total / requestsPerSearch), 0);
      return `${((spent as number[]).reduce((a, b) => a + b, 0) / searches).toFixed(2)} ms`;
    };
    const rows = rounds.map(
      (r) =>
        `| ${r.name.padEnd(27)} | ${String(r.p50).padStart(7)} | ${String(r.p99).padStart(7)} | ${r.rps.toFixed(0).padStart(7)} | ${searchesPerSecond(r).toFixed(0).padStart(10)} | ${String(r.total).padStart(8)} | ${String(r.failed).padStart(6)} |`,
    );
    const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
    process.stdout.write(
      [
        `${DOCUMENTS} documents, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per target`,
        `Elasticsearch requests per search: ${requestsPerSearch.toFixed(3)} (the fuzzy retries); latencies below are per HTTP request`,
        '| target                      | p50 ms  | p99 ms  | req/s   | searches/s | requests | failed |',
        '|-----------------------------|---------|---------|---------|------------|----------|--------|',
        ...rows,
        `gateway/elasticsearch searches per second (all rounds): ${percent(ratio)} of plain _search, ${percent(ratioPit)} of the same requests with their PIT (target ≥ 80%)`,
        `  per round: ${roundRatios('direct').map(percent).join(', ')} of plain; ${roundRatios('pit').map(percent).join(', ')} of PIT`,
        `gateway p99 per round: ${gatewayP99.join(', ')} ms; median ${median(gatewayP99)} ms (target ≤ 100 ms)`,
        `CPU per search (per-process counters, all rounds): gateway process ${cpuPerSearch('gateway', 'gateway')}; ` +
          `Elasticsearch ${cpuPerSearch('gateway', 'elasticsearch')} through the gateway, ${cpuPerSearch('direct', 'elasticsearch')} plain, ${cpuPerSearch('pit', 'elasticsearch')} with PIT; ` +
          `load generator ${cpuPerSearch('gateway', 'loadGenerator')} through the gateway, ${cpuPerSearch('direct', 'loadGenerator')} plain`,
        `apps running: ${APPS?.join(', ') ?? 'all'}; machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`,
        '',
      ].join('\n'),
    );
    if (failed > 0) code = 1;
    await es.closePointInTime({ id: pit });
  } catch (error) {
    log(`failed: ${(error as Error).stack ?? error}`);
    code = 1;
  } finally {
    await appsDown(options).catch((e) => log(`stopping apps: ${(e as Error).message}`));
    await es.indices.delete({ index: `${alias}*`, ignore_unavailable: true, allow_no_indices: true }).catch(() => undefined);
    await es.indices.deleteIndexTemplate({ name: indexTemplateName(alias) }).catch(() => undefined);
    await es.indices.deleteIndexTemplate({ name: registryTemplateName(alias) }).catch(() => undefined);
    await es.close();
    await infraDown(options);
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
