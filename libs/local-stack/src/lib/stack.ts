import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appsOf, runtimeDir, type AppSpec, type StackInstance } from './layout';
import { isAlive, readPid, removeFile, spawnDetached, stopPid, waitForHttpOk } from './processes';

/**
 * Starts and stops a local vidx stack: Kafka and Elasticsearch as JVM processes through the
 * scripts in infra/local/bin, and the five apps as Node processes from dist/. Everything is
 * tracked by PID files under .vidx/<instance>/ and stopped by PID.
 */
export interface StackOptions {
  root: string;
  instance: StackInstance;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

export interface ScriptResult {
  code: number;
  output: string;
}

export function infraEnv({ root, instance, env }: StackOptions): NodeJS.ProcessEnv {
  return {
    ...env,
    VIDX_HOME: env.VIDX_HOME ?? join(root, '.vidx'),
    VIDX_INSTANCE: instance.name,
    KAFKA_PORT: String(instance.kafkaPort),
    KAFKA_CONTROLLER_PORT: String(instance.kafkaControllerPort),
    ES_PORT: String(instance.elasticsearchPort),
    ES_TRANSPORT_PORT: String(instance.elasticsearchTransportPort),
  };
}

export function runScript(options: StackOptions, script: string, args: string[], echo = false): Promise<ScriptResult> {
  const path = join(options.root, 'infra/local/bin', script);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [path, ...args], { env: infraEnv(options), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) for (const line of chunk.toString().split('\n').filter(Boolean)) options.log(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function mustRun(options: StackOptions, script: string, args: string[], echo = false): Promise<void> {
  const result = await runScript(options, script, args, echo);
  if (result.code !== 0) {
    throw new Error(`${script} ${args.join(' ')} failed (exit ${result.code}):\n${result.output.trim().split('\n').slice(-30).join('\n')}`);
  }
}

/** Which servers the local stack must provide: none where an address is configured. */
export function embeddedServers(env: NodeJS.ProcessEnv): { kafka: boolean; elasticsearch: boolean } {
  return { kafka: !env.KAFKA_BROKERS, elasticsearch: !env.ELASTICSEARCH_URL };
}

export async function infraUp(options: StackOptions): Promise<void> {
  const servers = embeddedServers(options.env);
  if (!servers.kafka && !servers.elasticsearch) return;
  await mustRun(options, 'install.sh', [], true);
  const starts: Promise<void>[] = [];
  if (servers.kafka) starts.push(mustRun(options, 'kafka.sh', ['start'], true));
  if (servers.elasticsearch) starts.push(mustRun(options, 'elasticsearch.sh', ['start'], true));
  const results = await Promise.allSettled(starts);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

export async function infraDown(options: StackOptions): Promise<void> {
  await Promise.all([runScript(options, 'kafka.sh', ['stop'], true), runScript(options, 'elasticsearch.sh', ['stop'], true)]);
}

/** The addresses the apps use: configured ones as given, else the local instance's. */
export function appEnv(options: StackOptions): NodeJS.ProcessEnv {
  const { env, instance } = options;
  return {
    ...env,
    KAFKA_BROKERS: env.KAFKA_BROKERS || `127.0.0.1:${instance.kafkaPort}`,
    ELASTICSEARCH_URL: env.ELASTICSEARCH_URL || `http://127.0.0.1:${instance.elasticsearchPort}`,
  };
}

function appFiles(options: StackOptions, app: AppSpec) {
  const dir = runtimeDir(options.root, options.instance, options.env);
  return { pid: join(dir, 'pids', `${app.name}.pid`), log: join(dir, 'logs', `${app.name}.log`) };
}

/** The log file of one app of this stack. */
export function appLogFile(options: StackOptions, name: string): string {
  const app = appsOf(options.instance).find((a) => a.name === name);
  if (!app) throw new Error(`no app named ${name}`);
  return appFiles(options, app).log;
}

function tail(file: string, lines = 20): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
}

/** One app process: its script, environment and Node options, its files, and the port of its /health/ready. */
export interface AppLaunch {
  name: string;
  script: string;
  env: NodeJS.ProcessEnv;
  nodeArgs: readonly string[];
  port: number;
  pidFile: string;
  logFile: string;
}

/**
 * Starts an app, unless its PID file names a live process, and waits until its /health/ready
 * answers; fails with the last lines of its log when it exits or is not ready in time. Its PID.
 */
export async function startApp(launch: AppLaunch, log: (line: string) => void, timeoutMs = 120_000): Promise<number> {
  const { name, pidFile, logFile, port } = launch;
  const running = readPid(pidFile);
  let exited = false;
  if (running && isAlive(running)) {
    log(`${name} already running (pid ${running})`);
  } else {
    if (!existsSync(launch.script)) throw new Error(`${launch.script} is missing: run \`npm run build\` first`);
    const child = spawnDetached(launch.script, [], launch.env, logFile, pidFile, launch.nodeArgs);
    child.once('exit', () => {
      exited = true;
    });
    log(`${name} started (pid ${child.pid}, port ${port}, log ${logFile})`);
  }
  const pid = readPid(pidFile);
  if (pid === undefined) throw new Error(`${name} has no PID file at ${pidFile}`);
  const ok = await waitForHttpOk(`http://127.0.0.1:${port}/health/ready`, timeoutMs, () => !exited && isAlive(pid));
  if (!ok) {
    const why = exited || !isAlive(pid) ? 'exited during start-up' : `did not become ready within ${timeoutMs / 1000} s`;
    throw new Error(`${name} ${why}; last log lines:\n${tail(logFile)}`);
  }
  log(`${name} ready`);
  return pid;
}

/** Starts the apps (`only`: these of them) and waits until each is ready. */
export async function appsUp(options: StackOptions, timeoutMs = 120_000, only?: readonly string[]): Promise<void> {
  const env = appEnv(options);
  const apps = appsOf(options.instance).filter((app) => !only || only.includes(app.name));
  await Promise.all(
    apps.map((app) => {
      const files = appFiles(options, app);
      const script = join(options.root, 'dist/apps', app.name, 'src/main.js');
      const launch = { name: app.name, script, env: { ...env, [app.portVariable]: String(app.port) }, nodeArgs: app.nodeArgs, port: app.port, pidFile: files.pid, logFile: files.log };
      return startApp(launch, options.log, timeoutMs);
    }),
  );
}

export async function appsDown(options: StackOptions, graceMs = 15_000): Promise<void> {
  await Promise.all(
    appsOf(options.instance).map(async (app) => {
      const files = appFiles(options, app);
      const pid = readPid(files.pid);
      if (pid) {
        const how = await stopPid(pid, graceMs);
        if (how !== 'not-running') options.log(`${app.name} ${how} (pid ${pid})`);
      }
      removeFile(files.pid);
    }),
  );
}

export interface AppStatus {
  name: string;
  pid?: number;
  running: boolean;
  port: number;
}

export function appsStatus(options: StackOptions): AppStatus[] {
  return appsOf(options.instance).map((app) => {
    const pid = readPid(appFiles(options, app).pid);
    return { name: app.name, pid, running: pid !== undefined && isAlive(pid), port: app.port };
  });
}
