import { readFileSync } from 'node:fs';

/** Reads a file, or standard input for "-". */
export function readInput(path: string): string {
  return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
}

export function fail(message: string, code = 1): never {
  process.stderr.write(`vidx: ${message}\n`);
  process.exit(code);
}

/**
 * Splits an input file into documents: a JSON array (one per element), JSON lines (one per
 * line), a JSON object, an XML feed (one message; the cleaner splits its entries), or the text
 * layout (the whole file is one document).
 */
export function splitDocuments(text: string): Array<{ line: number; value: unknown }> {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('<')) return [{ line: 1, value: trimmed }];
  if (trimmed.startsWith('[')) {
    try {
      const parsed = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.map((value, i) => ({ line: i + 1, value }));
    } catch {
      /* not one JSON array: fall through to JSON lines */
    }
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('"')) {
    try {
      return [{ line: 1, value: JSON.parse(trimmed) }];
    } catch {
      /* JSON lines */
    }
    return text
      .split('\n')
      .map((line, i) => ({ line: i + 1, raw: line.trim() }))
      .filter(({ raw }) => raw !== '')
      .map(({ line, raw }) => {
        try {
          return { line, value: JSON.parse(raw) as unknown };
        } catch (error) {
          return { line, value: new SyntaxError(`line ${line} is not valid JSON: ${(error as Error).message}`) };
        }
      });
  }
  return [{ line: 1, value: text }];
}

/**
 * Reads JSON lines from stdin and hands each parsed value to `handle`, which returns the output
 * lines and the reasons it rejected the input. Bad lines are reported on stderr as
 * "line N: reason" while the rest go on; resolves to the number of rejected lines.
 */
export async function mapJsonLines(
  handle: (value: unknown) => { out: unknown[]; errors: string[] },
): Promise<number> {
  const { createInterface } = await import('node:readline');
  let rejectedLines = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      rejectedLines += 1;
      process.stderr.write(`line ${lineNumber}: not valid JSON (${(error as Error).message})\n`);
      continue;
    }
    const { out, errors } = handle(value);
    for (const item of out) {
      if (!process.stdout.write(`${JSON.stringify(item)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
    }
    if (errors.length > 0) {
      rejectedLines += 1;
      for (const error of errors) process.stderr.write(`line ${lineNumber}: ${error}\n`);
    }
  }
  return rejectedLines;
}
