import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from '@elastic/elasticsearch';
import type { EnrichedDocument } from '@vidx/contracts';
import { appsDown, appsUp, findRepoRoot, infraDown, infraUp, numberedInstance, type StackOptions } from '@vidx/local-stack';
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
  registryAlias,
  registryContext,
  registryTemplateName,
  SearchParamsSchema,
  indexTemplateName,
} from '@vidx/search';
import { generateCorpus, mulberry32 } from './generate';

/**
 * `npm run bench:search`: GET /v1/search through the gateway against the same Elasticsearch
 * queries sent straight to Elasticsearch, side by side in one run. See README.md beside this file.
 */
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 20;
const REQUESTS = 400;
const log = (line: string) => process.stderr.write(`[bench-search] ${line}\n`);

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

async function run(name: string, url: string, requests: Array<{ method: string; path: string; body?: string }>, seconds: number) {
  let next = 0;
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
  return { name, p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, total: result.requests.total, failed: result.non2xx + result.errors };
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
    await appsUp(options);

    const mix = requestMix(corpus, REQUESTS);
    const gatewayRequests = mix.map((params) => ({ method: 'GET', path: `/v1/search?${new URLSearchParams(params).toString()}` }));
    // The same bodies the gateway builds, with the same registry context, sent to the alias without a PIT.
    const directRequests = await Promise.all(
      mix.map(async (raw) => {
        const params = SearchParamsSchema.parse(raw);
        const entities = await findEntitiesByAliasKeys(es, alias, lookupKeys(params));
        return { method: 'POST', path: `/${alias}/_search`, body: JSON.stringify(buildSearchRequest(params, registryContext(params, entities))) };
      }),
    );
    // The exact requests the gateway sends: the same bodies inside a point in time (kept open by use).
    const pit = (await es.openPointInTime({ index: alias, keep_alive: '5m' })).id;
    const pitRequests = directRequests.map((r) => ({ ...r, path: '/_search', body: JSON.stringify({ ...JSON.parse(r.body), pit: { id: pit, keep_alive: '5m' } }) }));
    const sample = await fetch(`${gatewayUrl}${gatewayRequests[0].path}`);
    if (!sample.ok) throw new Error(`the gateway answered ${sample.status}: ${await sample.text()}`);

    log(`warm-up (5 s each), then ${SECONDS} s each at ${CONNECTIONS} connections over ${REQUESTS} distinct searches`);
    await run('warm-up gateway', gatewayUrl, gatewayRequests, 5);
    await run('warm-up elasticsearch', esUrl, directRequests, 5);
    // Two rounds, in alternating order, so a change of machine load (shared machines) shows instead of biasing one side.
    const rounds: Array<Awaited<ReturnType<typeof run>>> = [];
    for (const round of [1, 2]) {
      const order = round === 1 ? ['gateway', 'direct', 'pit'] : ['pit', 'direct', 'gateway'];
      for (const which of order) {
        if (which === 'gateway') rounds.push(await run(`gateway GET /v1/search #${round}`, gatewayUrl, gatewayRequests, SECONDS));
        if (which === 'direct') rounds.push(await run(`elasticsearch _search #${round}`, esUrl, directRequests, SECONDS));
        if (which === 'pit') rounds.push(await run(`elasticsearch + PIT #${round}`, esUrl, pitRequests, SECONDS));
      }
    }
    const mean = (prefix: string) => {
      const of = rounds.filter((r) => r.name.startsWith(prefix));
      return { rps: of.reduce((n, r) => n + r.rps, 0) / of.length, p99: Math.max(...of.map((r) => r.p99)), failed: of.reduce((n, r) => n + r.failed, 0) };
    };
    const gateway = mean('gateway');
    const direct = mean('elasticsearch _search');
    const directPit = mean('elasticsearch + PIT');
    const rows = rounds.map((r) => `| ${r.name.padEnd(27)} | ${String(r.p50).padStart(7)} | ${String(r.p99).padStart(7)} | ${r.rps.toFixed(0).padStart(7)} | ${String(r.total).padStart(8)} | ${String(r.failed).padStart(6)} |`);
    const ratio = gateway.rps / direct.rps;
    const ratioPit = gateway.rps / directPit.rps;
    process.stdout.write(
      [
        `${DOCUMENTS} documents, ${CONNECTIONS} connections, ${SECONDS} s each`,
        '| target                      | p50 ms  | p99 ms  | req/s   | requests | failed |',
        '|-----------------------------|---------|---------|---------|----------|--------|',
        ...rows,
        `gateway/elasticsearch throughput: ${(ratio * 100).toFixed(1)}% of plain _search, ${(ratioPit * 100).toFixed(1)}% of the same request with its PIT (means of both rounds; target ≥ 80%)`,
        `gateway p99 ${gateway.p99} ms, worst round (target ≤ 100 ms); machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`,
        '',
      ].join('\n'),
    );
    if (gateway.failed > 0 || direct.failed > 0 || directPit.failed > 0) code = 1;
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
