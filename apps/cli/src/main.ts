import { Command } from 'commander';
import { CONFIG_VARIABLES } from '@vidx/config';
import { createLogger, routeProcessWarnings } from '@vidx/observability';
import { registerDlq } from './commands/dlq.command';
import { registerEntities } from './commands/entities.command';
import { registerIngest } from './commands/ingest.command';
import { registerProcess } from './commands/process.command';
import { registerReindex } from './commands/reindex.command';
import { registerSearch } from './commands/search.command';
import { registerStack } from './commands/stack.command';

routeProcessWarnings(createLogger({ service: 'vidx-cli', level: 'warn' }));

const program = new Command('vidx')
  .description('vidx: ingest, clean, enrich and search news video descriptions')
  .showHelpAfterError()
  .addHelpText('after', `\nConfiguration (environment):\n${CONFIG_VARIABLES.map(([n, m]) => `  ${n.padEnd(28)} ${m}`).join('\n')}`);

registerStack(program);
registerIngest(program);
registerSearch(program);
registerProcess(program);
registerEntities(program);
registerDlq(program);
registerReindex(program);

program.parseAsync(process.argv).catch((error: Error) => {
  process.stderr.write(`vidx: ${error.message}\n`);
  process.exit(1);
});
