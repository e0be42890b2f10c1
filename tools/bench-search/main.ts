import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { appsDown, appsStatus, appsUp, readPid, runtimeDir } from '@vidx/local-stack';
import { checkGateway, CONNECTIONS, cpuMeter, type CpuSpent, DOCUMENTS, log, median, percent, REQUESTS, run, runBench, setUpBench, threadGroupMeter, warmUp } from './harness';

/**
 * `npm run bench:search`: GET /v1/search through the gateway against the same Elasticsearch
 * queries sent straight to Elasticsearch, side by side in one run. See README.md beside this file.
 */
const USAGE = `npm run bench:search — GET /v1/search through the gateway against the same queries straight to Elasticsearch

Starts its own stack (instance t6: Kafka, Elasticsearch and the apps), indexes 20,000 generated
documents, warms up until Elasticsearch is steady, and measures 400 varied searches at 20
connections in rotated rounds: through the gateway, straight to _search, and straight with the
gateway's point in time. Prints p50/p99, searches per second, the gateway's share of each, and the
CPU per search of the gateway, Elasticsearch (also by thread group) and the load generator.
About 14 minutes; tools/bench-search/README.md has the figures.

Environment:
  BENCH_ROUNDS (6), BENCH_SECONDS (10)      rounds, and seconds per target and round
  BENCH_DOCUMENTS (20000)                   documents indexed
  BENCH_APPS                                apps started beside Elasticsearch (comma-separated; default all)
  BENCH_WARMUP_SECONDS (15), BENCH_MIN_WARMUP_TURNS (6), BENCH_MAX_WARMUP_TURNS (16)
  GATEWAY_ES_CONCURRENCY and the gateway's other settings pass through to it`;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
/**
 * Which apps run beside Elasticsearch during the run (comma-separated, default all): the search
 * needs only the gateway; the pipeline apps sit idle on the same cores otherwise.
 */
const APPS = process.env.BENCH_APPS ? process.env.BENCH_APPS.split(',').map((a) => a.trim()) : undefined;

async function main(root: string): Promise<number> {
  const setup = await setUpBench(root);
  const { options, es, esUrl, alias, gatewayRequests, directRequests, bodies, requestsPerSearch, filterPath } = setup;
  const gatewayUrl = `http://127.0.0.1:${options.instance.gatewayPort}`;
  let code = 0;
  try {
    await appsUp(options, undefined, APPS);
    const esPid = readPid(join(runtimeDir(root, options.instance, options.env), 'elasticsearch', 'elasticsearch.pid'));
    const meter = cpuMeter({ gateway: appsStatus(options).find((a) => a.name === 'gateway')?.pid, elasticsearch: esPid });
    await checkGateway(gatewayUrl, gatewayRequests);
    await warmUp([{ url: gatewayUrl, requests: gatewayRequests }], esUrl, directRequests);
    // The same requests exactly as the gateway sends them: inside a point in time, opened now (the
    // warm-up can outlast a keep-alive) and kept open by use.
    const pit = (await es.openPointInTime({ index: alias, keep_alive: '5m' })).id;
    const pitRequests = bodies.map((body) => ({ method: 'POST', path: `/_search?${filterPath}`, body: JSON.stringify({ ...body, pit: { id: pit, keep_alive: '5m' } }) }));
    // After the warm-up: Elasticsearch's pools have started their threads.
    const threads = threadGroupMeter(esPid);
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
        rounds.push({ ...(await threads.around(target, () => run(`${LABEL[target]} #${round}`, url, requests, SECONDS, meter))), target, round });
      }
    }
    // Throughput in searches per second: a direct request is 1/requestsPerSearch of a search.
    const searchesPerSecond = (r: { target: Target; rps: number }) => (r.target === 'gateway' ? r.rps : r.rps / requestsPerSearch);
    const of = (target: Target) => rounds.filter((r) => r.target === target);
    const total = (target: Target) => of(target).reduce((n, r) => n + searchesPerSecond(r), 0);
    const roundRatios = (target: Target) => Array.from({ length: ROUNDS }, (_, i) => searchesPerSecond(of('gateway')[i]) / searchesPerSecond(of(target)[i]));
    const ratio = total('gateway') / total('direct');
    const ratioPit = total('gateway') / total('pit');
    const gatewayP99 = of('gateway').map((r) => r.p99);
    const failed = rounds.reduce((n, r) => n + r.failed, 0);
    // Completed searches (not requests) of a target over all rounds, and CPU per search of each process.
    const searchesOf = (target: Target) => of(target).reduce((n, r) => n + (r.target === 'gateway' ? r.total : r.total / requestsPerSearch), 0);
    const cpuPerSearch = (target: Target, who: keyof CpuSpent) => {
      const spent = of(target).map((r) => r.cpu?.[who]);
      if (spent.some((ms) => ms === undefined)) return 'n/a';
      return `${((spent as number[]).reduce((a, b) => a + b, 0) / searchesOf(target)).toFixed(2)} ms`;
    };
    const rows = rounds.map(
      (r) =>
        `| ${r.name.padEnd(27)} | ${String(r.p50).padStart(7)} | ${String(r.p99).padStart(7)} | ${r.rps.toFixed(0).padStart(7)} | ${searchesPerSecond(r).toFixed(0).padStart(10)} | ${String(r.total).padStart(8)} | ${String(r.failed).padStart(6)} |`,
    );
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
        ...TARGETS.map((t) => `Elasticsearch CPU per search by thread group, ${LABEL[t]}: ${threads.perSearch(t, searchesOf(t))}`),
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
    await setup.tearDown();
  }
  return code;
}

runBench(USAGE, main);
