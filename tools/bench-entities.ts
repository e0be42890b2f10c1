// Throughput of @vidx/entities on one core: node tools/build.mjs && node dist/tools/bench-entities.js [file] [--seconds N]
// Default input is the seed document body (test/fixtures/seed-bloomberg-harris-amlo.txt, ~2.6 kB).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractEntities } from '@vidx/entities';

function main(argv: string[]): number {
  const file = argv.find((a) => !a.startsWith('--')) ?? path.join(__dirname, '..', '..', 'test', 'fixtures', 'seed-bloomberg-harris-amlo.txt');
  const secondsAt = argv.indexOf('--seconds');
  const seconds = secondsAt >= 0 ? Number(argv[secondsAt + 1]) : 3;
  if (!Number.isFinite(seconds) || seconds <= 0) {
    console.error('--seconds needs a positive number');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const [title, ...rest] = text.split('\n');
  const input = { title, body: rest.filter((l) => !/^(Published Date|Source):/.test(l)).join('\n'), publishedAt: '2021-06-08' };
  const t0 = process.hrtime.bigint();
  extractEntities(input); // first call loads the lexicons
  const warm = Number(process.hrtime.bigint() - t0) / 1e6;
  let n = 0;
  const start = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < limit) {
    extractEntities(input);
    n += 1;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${n} documents of ${input.body.length} chars in ${elapsed.toFixed(2)} s: ${(n / elapsed).toFixed(0)} docs/s (first call incl. lexicon load ${warm.toFixed(0)} ms)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
