import type { Command } from 'commander';
import { excerptToText } from '@vidx/search';
import { fail } from './io';

interface Hit {
  id: string;
  title: string;
  publishedAt?: string;
  source?: string;
  highlight: { body: string[] };
  people: string[];
}

/** `vidx search "<query>"`: asks the gateway and prints the hits. */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .argument('<query>', 'words, "phrases", -exclusions')
    .description('search through the gateway (GATEWAY_URL, default http://127.0.0.1:3000)')
    .option('-n, --size <n>', 'number of hits (1-100)', '10')
    .option('--person <name>', 'only documents mentioning this person (canonical name)')
    .option('--json', 'print the gateway response as JSON')
    .action(async (query: string, options: { size: string; person?: string; json?: boolean }) => {
      const base = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
      const url = new URL('/v1/search', base);
      url.searchParams.set('q', query);
      url.searchParams.set('size', options.size);
      if (options.person) url.searchParams.set('person', options.person);
      let response: Response;
      try {
        response = await fetch(url);
      } catch (error) {
        fail(`cannot reach the gateway at ${base}: ${(error as Error).message}\nIs the stack up? Run \`npx vidx stack up --detach\`.`);
      }
      const body = (await response.json()) as { total: number; hits: Hit[]; error?: { message: string } };
      if (!response.ok) fail(`the gateway answered ${response.status}: ${body.error?.message ?? JSON.stringify(body)}`);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${body.total} result(s)\n`);
      for (const hit of body.hits) {
        process.stdout.write(`\n${hit.title}\n  ${[hit.publishedAt, hit.source, hit.id].filter(Boolean).join(' · ')}\n`);
        if (hit.people.length > 0) process.stdout.write(`  people: ${hit.people.join(', ')}\n`);
        const excerpt = excerptToText(hit.highlight.body);
        if (excerpt) process.stdout.write(`  ${excerpt}\n`);
      }
    });
}
