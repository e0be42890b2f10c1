import type { Command } from 'commander';
import {
  appsDown,
  appsStatus,
  appsUp,
  DEV_INSTANCE,
  embeddedServers,
  findRepoRoot,
  infraDown,
  infraUp,
  runScript,
  type StackOptions,
} from '@vidx/local-stack';

function stackOptions(): StackOptions {
  return {
    root: findRepoRoot(__dirname),
    instance: DEV_INSTANCE,
    env: process.env,
    log: (line) => process.stderr.write(`${line}\n`),
  };
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function down(options: StackOptions): Promise<void> {
  await appsDown(options);
  await infraDown(options);
}

/** `vidx stack up|down|status`: the whole system on this machine. */
export function registerStack(program: Command): void {
  const stack = program
    .command('stack')
    .description('run the whole system locally: Kafka, Elasticsearch (unless KAFKA_BROKERS / ELASTICSEARCH_URL are set) and every app');

  stack
    .command('up')
    .description('start everything; stays in the foreground (Ctrl-C stops all) unless --detach')
    .option('-d, --detach', 'return once everything is ready; stop later with `vidx stack down`')
    .action(async (opts: { detach?: boolean }) => {
      const options = stackOptions();
      const started = Date.now();
      try {
        const servers = embeddedServers(options.env);
        options.log(
          `starting ${[servers.kafka && 'Kafka', servers.elasticsearch && 'Elasticsearch'].filter(Boolean).join(' and ') || 'no servers (addresses configured)'}…`,
        );
        await infraUp(options);
        options.log(`servers ready after ${seconds(started)}; starting apps…`);
        await appsUp(options);
      } catch (error) {
        options.log(`stack up failed: ${(error as Error).message}`);
        options.log('stopping what was started…');
        await down(options);
        process.exit(1);
      }
      const url = `http://127.0.0.1:${DEV_INSTANCE.gatewayPort}`;
      options.log(`stack ready after ${seconds(started)}`);
      process.stdout.write(`${url}\n`);
      if (opts.detach) return;
      options.log('press Ctrl-C to stop everything');
      await new Promise<void>((resolve) => {
        // Signal listeners do not keep Node alive; this watch does, and reports an app that died.
        const reported = new Set<string>();
        const watch = setInterval(() => {
          for (const app of appsStatus(options)) {
            if (!app.running && !reported.has(app.name)) {
              reported.add(app.name);
              options.log(`${app.name} is not running any more; see .vidx/dev/logs/${app.name}.log`);
            }
          }
        }, 5000);
        const stop = () => {
          clearInterval(watch);
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      options.log('stopping…');
      await down(options);
      options.log('stopped');
    });

  stack
    .command('down')
    .description('stop every app and the local servers, by PID')
    .action(async () => {
      const options = stackOptions();
      await down(options);
      options.log('stack stopped');
    });

  stack
    .command('status')
    .description('which parts of the local stack are running; exit 0 when all are')
    .action(async () => {
      const options = stackOptions();
      let allUp = true;
      for (const app of appsStatus(options)) {
        allUp &&= app.running;
        process.stdout.write(`${app.name.padEnd(20)} ${app.running ? `running  pid ${app.pid}  port ${app.port}` : 'stopped'}\n`);
      }
      const servers = embeddedServers(options.env);
      for (const [name, script] of [
        ['kafka', 'kafka.sh'],
        ['elasticsearch', 'elasticsearch.sh'],
      ] as const) {
        if (!servers[name]) {
          process.stdout.write(`${name.padEnd(20)} external (${name === 'kafka' ? options.env.KAFKA_BROKERS : options.env.ELASTICSEARCH_URL})\n`);
          continue;
        }
        const result = await runScript(options, script, ['status']);
        allUp &&= result.code === 0;
        process.stdout.write(`${name.padEnd(20)} ${result.output.trim()}\n`);
      }
      process.exitCode = allUp ? 0 : 3;
    });
}

