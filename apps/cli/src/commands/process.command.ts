import type { Command } from 'commander';
import { processRaw } from '@vidx/pipeline';
import { mapJsonLines } from './io';

/**
 * `vidx process`: the pure stages in-process, no Kafka or Elasticsearch. JSON lines in (a JSON
 * string is a text-layout document, an object a structured one), one enriched document per line
 * out; bad lines reported on stderr with their number; exit 2 if any line was rejected.
 */
export function registerProcess(program: Command): void {
  program
    .command('process')
    .description('run the cleaning, boilerplate and entity stages on JSON lines from stdin; enriched documents to stdout')
    .option('--max-document-bytes <n>', 'largest description accepted', (v) => Number.parseInt(v, 10), 256 * 1024)
    .addHelpText(
      'after',
      '\nInput: one JSON value per line: a string (text layout: title, "Published Date:", "Source:", description)\n' +
        'or an object (generic JSON, YouTube video resource). Output: one JSON document per line.\n' +
        'Rejected lines go to stderr as "line N: reason"; the exit code is 2 if any line was rejected.\n' +
        'Example: jq -Rs . test/fixtures/seed-bloomberg-harris-amlo.txt | npx vidx process',
    )
    .action(async (options: { maxDocumentBytes: number }) => {
      const rejected = await mapJsonLines((value) => {
        const result = processRaw(value, { maxDocumentBytes: options.maxDocumentBytes });
        return {
          out: result.documents,
          errors: result.rejected.map((r) => `${r.item !== undefined ? `item ${r.item}: ` : ''}${r.reason} [${r.code}]`),
        };
      });
      process.exitCode = rejected > 0 ? 2 : 0;
    });
}
