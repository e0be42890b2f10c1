import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** SIGTERM by PID, then SIGKILL after `graceMs`; resolves once the process is gone. */
export async function stopPid(pid: number, graceMs: number): Promise<'stopped' | 'killed' | 'not-running'> {
  if (!isAlive(pid)) return 'not-running';
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'stopped';
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* exited in between */
  }
  while (isAlive(pid)) await sleep(50);
  return 'killed';
}

/** Starts a detached Node process (`nodeArgs` before the script) with output appended to `logFile`, PID written to `pidFile`. */
export function spawnDetached(script: string, args: string[], env: NodeJS.ProcessEnv, logFile: string, pidFile: string, nodeArgs: readonly string[] = []): ChildProcess {
  mkdirSync(join(logFile, '..'), { recursive: true });
  mkdirSync(join(pidFile, '..'), { recursive: true });
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], { env, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  if (!child.pid) throw new Error(`could not start ${script}`);
  writeFileSync(pidFile, `${child.pid}\n`);
  child.unref();
  return child;
}

export function removeFile(file: string): void {
  rmSync(file, { force: true });
}

/** Polls an HTTP URL until it answers 200 or the deadline passes. */
export async function waitForHttpOk(url: string, timeoutMs: number, isStillRunning?: () => boolean): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isStillRunning && !isStillRunning()) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return true;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  return false;
}
