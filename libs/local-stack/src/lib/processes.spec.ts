import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATEWAY_NODE_ARGS } from './layout';
import { spawnDetached } from './processes';

describe('spawnDetached', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vidx-spawn-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts the script with its Node options before it and its arguments after, logging to the file and writing the PID', async () => {
    const script = join(dir, 'print.js');
    writeFileSync(script, 'console.log(JSON.stringify({ execArgv: process.execArgv, argv: process.argv.slice(2) }));\n');
    const log = join(dir, 'logs', 'print.log');
    const pidFile = join(dir, 'pids', 'print.pid');
    const child = spawnDetached(script, ['--port', '1'], process.env, log, pidFile, GATEWAY_NODE_ARGS);
    await new Promise((resolve) => child.once('exit', resolve));
    expect(readFileSync(pidFile, 'utf8').trim()).toBe(String(child.pid));
    expect(JSON.parse(readFileSync(log, 'utf8'))).toEqual({ execArgv: [...GATEWAY_NODE_ARGS], argv: ['--port', '1'] });
  });
});
