import { join } from 'node:path';
import { Client, UndiciConnection } from '@elastic/elasticsearch';
import type { SearchRequest } from '@elastic/elasticsearch/lib/api/types';
import { readPid, runtimeDir } from '@vidx/local-stack';
import { createElasticsearchClient, leanSearch, SEARCH_RESPONSE_FIELDS } from '@vidx/search';
import { cpuMs, log, runBench, setUpBench } from './harness';

const USAGE = `npm run bench:search:client — the Elasticsearch client's own CPU per search request

Starts Kafka and Elasticsearch (instance t6), indexes the bench:search corpus, and sends the
Elasticsearch requests of its 400 searches from this process, a fixed number in flight, three ways
in rotated rounds:
  official   client.search through the official client's undici connection
  lean       client.search through LeanConnection (createElasticsearchClient, every app's client)
  leanSearch leanSearch through that client (the gateway's searches)
Prints requests per second and the CPU per request of this process (the client) and of Elasticsearch.

Environment:
  BENCH_IN_FLIGHT   requests in flight (default 6: the gateway's GATEWAY_ES_CONCURRENCY=auto here)
  BENCH_ROUNDS      rounds (default 8), BENCH_SECONDS seconds per way and round (default 6)
  BENCH_WARMUP_SECONDS  warm-up before the rounds, all three ways in turn (default 120)
  BENCH_DOCUMENTS   as bench:search`;

const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 120);

type Way = 'official' | 'lean' | 'leanSearch';
const WAYS: Way[] = ['official', 'lean', 'leanSearch'];

interface Round {
  way: Way;
  requests: number;
  seconds: number;
  clientMs: number;
  elasticsearchMs: number | undefined;
}

/** Sends `requests` in turn, IN_FLIGHT at once, for `seconds`; counts them and the CPU spent. */
async function round(way: Way, send: (r: SearchRequest) => Promise<unknown>, requests: SearchRequest[], seconds: number, esPid: number | undefined): Promise<Round> {
  let next = 0;
  let done = 0;
  const until = Date.now() + seconds * 1000;
  const es = cpuMs(esPid);
  const own = process.cpuUsage();
  const started = Date.now();
  const worker = async () => {
    while (Date.now() < until) {
      await send(requests[next++ % requests.length]);
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const spent = process.cpuUsage(own);
  const esAfter = cpuMs(esPid);
  return {
    way,
    requests: done,
    seconds: (Date.now() - started) / 1000,
    clientMs: (spent.user + spent.system) / 1000,
    elasticsearchMs: es === undefined || esAfter === undefined ? undefined : esAfter - es,
  };
}

async function main(root: string): Promise<number> {
  const setup = await setUpBench(root);
  const official = new Client({ node: setup.esUrl, Connection: UndiciConnection });
  const lean = createElasticsearchClient({ url: setup.esUrl, indexAlias: setup.alias });
  try {
    const esPid = readPid(join(runtimeDir(root, setup.options.instance, setup.options.env), 'elasticsearch', 'elasticsearch.pid'));
    const requests = setup.bodies.map((body) => ({ ...(body as SearchRequest), index: setup.alias, filter_path: SEARCH_RESPONSE_FIELDS }));
    const send: Record<Way, (r: SearchRequest) => Promise<unknown>> = {
      official: (r) => official.search(r),
      lean: (r) => lean.search(r),
      leanSearch: (r) => leanSearch(lean, r),
    };
    log(`warm-up: ${WARMUP_SECONDS} s, the three ways in turn`);
    for (let spent = 0; spent < WARMUP_SECONDS; spent += 3 * 5) for (const way of WAYS) await round(way, send[way], requests, 5, esPid);
    log(`measuring: ${ROUNDS} rounds of ${SECONDS} s per way, ${IN_FLIGHT} requests in flight, ${requests.length} distinct requests`);
    const rounds: Round[] = [];
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const way of WAYS.map((_, i) => WAYS[(i + r) % WAYS.length])) rounds.push(await round(way, send[way], requests, SECONDS, esPid));
    }
    const lines = WAYS.map((way) => {
      const of = rounds.filter((x) => x.way === way);
      const n = of.reduce((sum, x) => sum + x.requests, 0);
      const seconds = of.reduce((sum, x) => sum + x.seconds, 0);
      const es = of.some((x) => x.elasticsearchMs === undefined) ? 'n/a' : `${(of.reduce((sum, x) => sum + (x.elasticsearchMs ?? 0), 0) / n).toFixed(3)} ms`;
      const perRound = of.map((x) => (x.clientMs / x.requests).toFixed(3)).join(', ');
      return `| ${way.padEnd(10)} | ${(n / seconds).toFixed(0).padStart(10)} | ${`${(of.reduce((sum, x) => sum + x.clientMs, 0) / n).toFixed(3)} ms`.padStart(10)} | ${es.padStart(13)} | ${perRound} |`;
    });
    process.stdout.write(
      [
        `${ROUNDS} rounds of ${SECONDS} s per way, ${IN_FLIGHT} requests in flight; CPU per request: this process from process.cpuUsage(), Elasticsearch from /proc/<pid>/stat`,
        '| way        | requests/s | client CPU | Elasticsearch | client CPU per request by round |',
        '|------------|------------|------------|---------------|---------------------------------|',
        ...lines,
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    await official.close();
    await lean.close();
    await setup.tearDown();
  }
}

runBench(USAGE, main);
