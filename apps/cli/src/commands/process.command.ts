import type { Command } from 'commander';
import type { Rejection } from '@vidx/contracts';
import { processRaw, processRawBatch } from '@vidx/pipeline';
import { mapJsonLines } from './io';

const describeRejection = (r: Rejection) => `${r.item !== undefined ? `item ${r.item}: ` : ''}${r.reason} [${r.code}]`;

/**
 * `--learn-channels`: reads every line first (learning needs the whole input), then writes the
 * same output and stderr lines as the streaming path, in input order.
 */
async function processLearningChannels(maxDocumentBytes: number): Promise<number> {
  const { createInterface } = await import('node:readline');
  const lines: Array<{ line: number; value: unknown } | { line: number; error: string }> = [];
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    try {
      lines.push({ line: lineNumber, value: JSON.parse(line) as unknown });
    } catch (error) {
      lines.push({ line: lineNumber, error: `not valid JSON (${(error as Error).message})` });
    }
  }
  const parsed = lines.filter((l): l is { line: number; value: unknown } => 'value' in l);
  const { results } = processRawBatch(
    parsed.map((l) => l.value),
    { maxDocumentBytes },
  );
  const resultOf = new Map(parsed.map((l, i) => [l.line, results[i]]));
  let rejectedLines = 0;
  for (const entry of lines) {
    if ('error' in entry) {
      rejectedLines += 1;
      process.stderr.write(`line ${entry.line}: ${entry.error}\n`);
      continue;
    }
    const result = resultOf.get(entry.line);
    if (!result) continue;
    for (const doc of result.documents) {
      if (!process.stdout.write(`${JSON.stringify(doc)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
    }
    if (result.rejected.length > 0) {
      rejectedLines += 1;
      for (const r of result.rejected) process.stderr.write(`line ${entry.line}: ${describeRejection(r)}\n`);
    }
  }
  return rejectedLines;
}

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
    .option('--learn-channels', "two passes: learn each channel's repeated footer from the whole input, then remove it from all its documents")
    .addHelpText(
      'after',
      '\nInput: one JSON value per line: a string (text layout: title, "Published Date:", "Source:", description)\n' +
        'or an object (generic JSON, YouTube video resource). Output: one JSON document per line.\n' +
        'Rejected lines go to stderr as "line N: reason"; the exit code is 2 if any line was rejected.\n' +
        'With --learn-channels the whole input is read before anything is written: a line or sentence found in\n' +
        '3 or more distinct documents of one channel is removed from all of them (reason learned-channel-footer).\n' +
        'Example: jq -Rs . test/fixtures/seed-bloomberg-harris-amlo.txt | npx vidx process',
    )
    .action(async (options: { maxDocumentBytes: number; learnChannels?: boolean }) => {
      if (!Number.isInteger(options.maxDocumentBytes) || options.maxDocumentBytes <= 0) {
        process.stderr.write('vidx: --max-document-bytes must be a positive integer\n');
        process.exitCode = 1;
        return;
      }
      const rejected = options.learnChannels
        ? await processLearningChannels(options.maxDocumentBytes)
        : await mapJsonLines((value) => {
            const result = processRaw(value, { maxDocumentBytes: options.maxDocumentBytes });
            return { out: result.documents, errors: result.rejected.map(describeRejection) };
          });
      process.exitCode = rejected > 0 ? 2 : 0;
    });
}
