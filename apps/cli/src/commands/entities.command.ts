import type { Command } from 'commander';
import { extractEntities } from '@vidx/entities';
import { mapJsonLines } from './io';

/** `vidx entities`: extraction alone, for any text. */
export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('extract entities from JSON lines {"id","text","publishedAt"?,"language"?,"source"?} on stdin; {"id","entities":[…]} per line on stdout')
    .addHelpText(
      'after',
      '\n"language" (ISO 639-1: en, es, fr…) picks the language rules; "source" (the channel) lets a bare "Parliament" or "Supreme Court" lean its country\'s way.' +
        '\nExample: echo \'{"id":"1","text":"Kamala Harris visited Mexico on Tuesday.","publishedAt":"2021-06-08"}\' | npx vidx entities',
    )
    .action(async () => {
      const rejected = await mapJsonLines((value) => {
        const item = value as { id?: unknown; text?: unknown; publishedAt?: unknown; language?: unknown; source?: unknown };
        if (!item || typeof item !== 'object' || typeof item.text !== 'string') {
          return { out: [], errors: ['expected an object with a string "text" (and optional "id", "publishedAt", "language", "source")'] };
        }
        if (item.publishedAt !== undefined && typeof item.publishedAt !== 'string') {
          return { out: [], errors: ['"publishedAt" must be an ISO 8601 date string'] };
        }
        for (const field of ['language', 'source'] as const) {
          if (item[field] !== undefined && typeof item[field] !== 'string') return { out: [], errors: [`"${field}" must be a string`] };
        }
        const entities = extractEntities({
          title: '',
          body: item.text,
          publishedAt: item.publishedAt as string | undefined,
          language: item.language as string | undefined,
          source: item.source as string | undefined,
        });
        return { out: [{ id: item.id ?? null, entities }], errors: [] };
      });
      process.exitCode = rejected > 0 ? 2 : 0;
    });
}
