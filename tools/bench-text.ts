// Throughput of cleaning + boilerplate removal on one core:
//   npm run bench:text [-- file] [--seconds N] [--learned]
// Default input: the raw documents of test/fixtures/dev.jsonl (typical 1–4 kB news descriptions).
// A file may be JSON lines or a JSON array; each item is a dev-set case ({"raw": …}), a text-layout
// string, or a structured document (generic JSON, YouTube resource). Items that do not clean are
// reported and left out. --learned also observes every document in a ChannelKnowledge and strips
// with its channel's learned patterns, as the boilerplate-remover stage does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ChannelKnowledge, clearSegmentMemos, stripBoilerplate } from '@vidx/boilerplate';
import { clean } from '@vidx/text-cleaning';

const TARGET_DOCS_PER_SECOND = 3_000;

function parseItems(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as unknown[];
  return trimmed
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (error) {
        throw new Error(`line ${i + 1} is not JSON: ${(error as Error).message}`);
      }
    });
}

/** A dev-set case holds its input in "raw" (a text-layout string, or JSON text for structured inputs). */
function inputOf(item: unknown): unknown {
  if (item && typeof item === 'object' && 'raw' in item && typeof (item as { raw: unknown }).raw === 'string') {
    const { raw, format } = item as { raw: string; format?: string };
    return format && format !== 'text' ? JSON.parse(raw) : raw;
  }
  return item;
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return `min ${sorted[0]}, median ${at(0.5)}, mean ${mean.toFixed(0)}, p90 ${at(0.9)}, max ${sorted[sorted.length - 1]}`;
}

function main(argv: string[]): number {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--seconds') ?? path.join(__dirname, '..', '..', 'test', 'fixtures', 'dev.jsonl');
  const secondsAt = argv.indexOf('--seconds');
  const seconds = secondsAt >= 0 ? Number(argv[secondsAt + 1]) : 5;
  if (!Number.isFinite(seconds) || seconds <= 0) {
    console.error('--seconds needs a positive number');
    return 2;
  }
  const learned = argv.includes('--learned');
  let inputs: unknown[];
  try {
    inputs = parseItems(readFileSync(file, 'utf8')).map(inputOf);
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const usable = inputs.filter((input) => clean(input).documents.length > 0);
  if (usable.length === 0) {
    console.error(`${file}: no item cleans into a document`);
    return 2;
  }
  if (usable.length < inputs.length) console.error(`${inputs.length - usable.length} of ${inputs.length} items do not clean and are left out`);
  const sizes = usable.map((input) => clean(input).documents.reduce((n, d) => n + Buffer.byteLength(d.description), 0));

  const knowledge = new ChannelKnowledge();
  // The lib memoises split/normalised lines; a loop over the same few documents would measure
  // cache hits. Clearing before each document measures every document as new text (pessimistic:
  // in a real stream a channel's footer lines do hit the memo).
  const once = (input: unknown) => {
    clearSegmentMemos();
    for (const doc of clean(input).documents) {
      if (learned) knowledge.observe(doc);
      stripBoilerplate(doc, learned ? { channelPatterns: knowledge.patternsFor(doc.source) } : {});
    }
  };
  for (let i = 0; i < 3; i += 1) usable.forEach(once); // warm-up: JIT, regex caches

  let n = 0;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < limit) {
    for (const input of usable) once(input);
    n += usable.length;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // Docs per CPU second is the one-core figure even on a busy machine (other processes take wall
  // time, not this process's CPU time); wall-clock is printed beside it.
  const rate = n / cpuSeconds;
  console.log(`input: ${file}`);
  console.log(`documents: ${usable.length}; description bytes: ${stats(sizes)}`);
  console.log(`mode: clean + stripBoilerplate${learned ? ' + ChannelKnowledge.observe/patternsFor' : ''}, one core (${process.version})`);
  console.log(`${n} documents in ${cpuSeconds.toFixed(2)} s of CPU (${elapsed.toFixed(2)} s wall, ${(n / elapsed).toFixed(0)} docs/s wall-clock)`);
  console.log(`${rate.toFixed(0)} docs/s, ${(1000 / rate).toFixed(3)} ms/doc on one core (target ≥ ${TARGET_DOCS_PER_SECOND} docs/s: ${rate >= TARGET_DOCS_PER_SECOND ? 'met' : 'NOT met'})`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
