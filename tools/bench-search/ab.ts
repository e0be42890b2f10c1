import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appEnv, GATEWAY_NODE_ARGS, readPid, removeFile, runtimeDir, startApp, stopPid } from '@vidx/local-stack';
import { checkGateway, CONNECTIONS, cpuMeter, log, median, percent, REQUESTS, run, runBench, setUpBench, threadGroupMeter, UsageError, warmUp } from './harness';

const USAGE = `npm run bench:search:ab — two gateways side by side against one Elasticsearch

Starts Kafka and Elasticsearch (instance t6), indexes the bench:search corpus, starts gateway A
(port 60000) and gateway B (port 60010) and no other app, and measures GET /v1/search through each
and the same requests straight to Elasticsearch, in rounds of rotated order. Prints searches per
second, p99 and the CPU per search of each gateway, of Elasticsearch and of the load generator.

Environment:
  BENCH_AB_A_ARGS   Node options of gateway A (default: the stack's, "${GATEWAY_NODE_ARGS.join(' ')}")
  BENCH_AB_B_ARGS   Node options of gateway B (default: as A)
  BENCH_AB_A_ROOT   the checkout whose dist/ gateway A runs (default: this one; build it first)
  BENCH_AB_B_ROOT   the same for gateway B
  BENCH_AB_ENV_B    extra environment of gateway B, as NAME=value pairs separated by spaces
  BENCH_ROUNDS      rounds (default 8), BENCH_SECONDS seconds per target and round (default 8)
  BENCH_DOCUMENTS, BENCH_WARMUP_SECONDS, BENCH_MIN_WARMUP_TURNS, BENCH_MAX_WARMUP_TURNS as bench:search

A and B must differ in at least one of these.`;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

interface Side {
  name: 'A' | 'B';
  root: string;
  nodeArgs: string[];
  env: Record<string, string>;
  port: number;
}

const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

function sides(root: string): [Side, Side] {
  const argsA = process.env.BENCH_AB_A_ARGS === undefined ? [...GATEWAY_NODE_ARGS] : words(process.env.BENCH_AB_A_ARGS);
  const argsB = process.env.BENCH_AB_B_ARGS === undefined ? argsA : words(process.env.BENCH_AB_B_ARGS);
  const envB = Object.fromEntries(
    words(process.env.BENCH_AB_ENV_B).map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new UsageError(`BENCH_AB_ENV_B: "${pair}" is not NAME=value`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
  const rootA = resolve(process.env.BENCH_AB_A_ROOT ?? root);
  const rootB = resolve(process.env.BENCH_AB_B_ROOT ?? root);
  for (const r of [rootA, rootB]) {
    if (!existsSync(join(r, 'dist/apps/gateway/src/main.js'))) throw new UsageError(`${r}/dist/apps/gateway/src/main.js is missing: build that checkout first`);
  }
  if (rootA === rootB && argsA.join(' ') === argsB.join(' ') && Object.keys(envB).length === 0) {
    throw new UsageError('gateways A and B would be the same: set BENCH_AB_B_ARGS, BENCH_AB_B_ROOT or BENCH_AB_ENV_B (see --help)');
  }
  return [
    { name: 'A', root: rootA, nodeArgs: argsA, env: {}, port: 60_000 },
    { name: 'B', root: rootB, nodeArgs: argsB, env: envB, port: 60_010 },
  ];
}

async function main(root: string): Promise<number> {
  const [a, b] = sides(root);
  const setup = await setUpBench(root);
  const { options, esUrl, gatewayRequests, directRequests, requestsPerSearch } = setup;
  const dir = runtimeDir(root, options.instance, options.env);
  const pids: Record<string, number | undefined> = {};
  const pidFile = (side: Side) => join(dir, 'pids', `gateway-${side.name}.pid`);
  let code = 0;
  try {
    for (const side of [a, b]) {
      const env = { ...appEnv(options), ...side.env, GATEWAY_PORT: String(side.port) };
      const launch = { name: `gateway ${side.name}`, script: join(side.root, 'dist/apps/gateway/src/main.js'), env, nodeArgs: side.nodeArgs, port: side.port };
      pids[side.name] = await startApp({ ...launch, logFile: join(dir, 'logs', `gateway-${side.name}.log`), pidFile: pidFile(side) }, log);
      log(`gateway ${side.name}: ${side.root}, node ${side.nodeArgs.join(' ') || '(no options)'} ${Object.entries(side.env).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    }
    const url = (side: Side) => `http://127.0.0.1:${side.port}`;
    for (const side of [a, b]) await checkGateway(url(side), gatewayRequests);
    await warmUp([a, b].map((side) => ({ url: url(side), requests: gatewayRequests })), esUrl, directRequests);
    const esPid = readPid(join(dir, 'elasticsearch', 'elasticsearch.pid'));
    if (esPid === undefined) throw new Error('Elasticsearch has no PID file');
    const meter = cpuMeter({ A: pids.A, B: pids.B, elasticsearch: esPid });
    type Target = 'A' | 'B' | 'direct';
    const TARGETS: Target[] = ['A', 'B', 'direct'];
    log(`measuring: ${ROUNDS} rounds of ${SECONDS} s per target at ${CONNECTIONS} connections over ${REQUESTS} distinct searches`);
    const rounds: Array<Awaited<ReturnType<typeof run>> & { target: Target }> = [];
    const threads = threadGroupMeter(esPid);
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const target of TARGETS.map((_, i) => TARGETS[(i + round - 1) % TARGETS.length])) {
        const [u, requests] = target === 'direct' ? [esUrl, directRequests] : [url(target === 'A' ? a : b), gatewayRequests];
        rounds.push({ ...(await threads.around(target, () => run(`${target} #${round}`, u, requests, SECONDS, meter))), target });
      }
    }
    const of = (target: Target) => rounds.filter((r) => r.target === target);
    const searches = (target: Target) => of(target).reduce((n, r) => n + (target === 'direct' ? r.total / requestsPerSearch : r.total), 0);
    const perSecond = (target: Target) => searches(target) / (ROUNDS * SECONDS);
    const cpu = (target: Target, who: string) => {
      const spent = of(target).map((r) => r.cpu?.[who]);
      return spent.some((ms) => ms === undefined) ? 'n/a' : `${((spent as number[]).reduce((x, y) => x + y, 0) / searches(target)).toFixed(3)} ms`;
    };
    const line = (target: Target) =>
      `| ${target.padEnd(6)} | ${perSecond(target).toFixed(0).padStart(10)} | ${String(median(of(target).map((r) => r.p99))).padStart(10)} | ` +
      `${(target === 'direct' ? '' : cpu(target, target)).padStart(11)} | ${cpu(target, 'elasticsearch').padStart(13)} | ${cpu(target, 'loadGenerator').padStart(14)} | ` +
      `${target === 'direct' ? '' : percent(perSecond(target) / perSecond('direct'))} |`;
    process.stdout.write(
      [
        `gateway A: ${a.root} ${a.nodeArgs.join(' ')}`,
        `gateway B: ${b.root} ${b.nodeArgs.join(' ')} ${Object.entries(b.env).map(([k, v]) => `${k}=${v}`).join(' ')}`,
        `${ROUNDS} rounds of ${SECONDS} s per target, ${CONNECTIONS} connections; CPU per completed search from /proc/<pid>/stat`,
        '| target | searches/s | median p99 | gateway CPU | Elasticsearch | load generator | of direct |',
        '|--------|------------|------------|-------------|---------------|----------------|-----------|',
        ...TARGETS.map(line),
        ...TARGETS.map(
          (t) => `Elasticsearch CPU per search by thread group, ${t}: ${threads.perSearch(t, searches(t))}`,
        ),
        `gateway CPU per search by round: A ${of('A').map((r) => (r.cpu?.A ?? NaN) / r.total).map((x) => x.toFixed(3)).join(', ')}; ` +
          `B ${of('B').map((r) => (r.cpu?.B ?? NaN) / r.total).map((x) => x.toFixed(3)).join(', ')}`,
        '',
      ].join('\n'),
    );
    if (rounds.some((r) => r.failed > 0)) code = 1;
  } catch (error) {
    log(`failed: ${(error as Error).stack ?? error}`);
    code = 1;
  } finally {
    // By PID file: also a gateway that started but never became ready.
    for (const side of [a, b]) {
      const pid = readPid(pidFile(side));
      if (pid !== undefined) await stopPid(pid, 15_000);
      removeFile(pidFile(side));
    }
    await setup.tearDown();
  }
  return code;
}

runBench(USAGE, main);
