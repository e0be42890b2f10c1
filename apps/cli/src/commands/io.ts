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
