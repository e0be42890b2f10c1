// Entity extraction throughput, side by side with plain compromise, and the stage's worker pool:
//   npm run bench:entities [-- file] [--seconds N] [--pool] [--workers 1,2]
// `file` is a text-layout document (default: the seed, test/fixtures/seed-bloomberg-harris-amlo.txt)
// or a labelled .jsonl set (test/fixtures/dev.jsonl: its `raw` fields). Documents go through the
// pipeline's clean and strip stages first, so both extractors see the same editorial text.
//
// 1. One core: plain compromise (`nlp(text).people()/.places()/.organizations()`) and
//    @vidx/entities `extractEntities` alternate over the same documents in one run (alternating
//    rounds, so a noisy neighbour slows both alike); prints docs/s of each and the ratio.
// 2. --pool: `enrichStage` as the entity-extractor runs it: in-process, then on the stage's worker
//    pool (dist/apps/entity-extractor/src/enrich.worker.js) with each count of --workers
//    (default 1,2) and 2 × workers tasks in flight; checks the pool's output equals in-process.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import nlp from 'compromise';
import type { EnrichedDocument, StrippedDocument } from '@vidx/contracts';
import { extractEntities } from '@vidx/entities';
import { cleanStage, enrichStage, stripStage, withoutTimestamps } from '@vidx/pipeline';
import { WorkerPool } from '@vidx/worker-pool';

const root = path.join(__dirname, '..', '..');
const WORKER_SCRIPT = path.join(__dirname, '..', 'apps', 'entity-extractor', 'src', 'enrich.worker.js');

function loadDocuments(file: string): StrippedDocument[] {
  const text = readFileSync(file, 'utf8');
  const values: unknown[] = file.endsWith('.jsonl')
    ? text
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const record = JSON.parse(line) as { raw: string; format?: string };
          return record.format && record.format !== 'text' ? JSON.parse(record.raw) : record.raw;
        })
    : [text];
  return values.flatMap((value) => cleanStage(value).documents.map((doc) => stripStage(doc)));
}

const elapsedSeconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

function compromiseNames(text: string): number {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}

function oursNames(doc: StrippedDocument): number {
  return extractEntities({ title: doc.title, body: doc.body, publishedAt: doc.publishedAt, language: doc.language, source: doc.source }).length;
}

function sideBySide(docs: StrippedDocument[], seconds: number): void {
  const texts = docs.map((d) => `${d.title}\n${d.body}`);
  // First calls load lexicons and compile rules: not part of the steady state either way.
  compromiseNames(texts[0]);
  oursNames(docs[0]);
  const totals = { compromise: { docs: 0, s: 0 }, ours: { docs: 0, s: 0 } };
  while (totals.compromise.s + totals.ours.s < 2 * seconds) {
    let t = process.hrtime.bigint();
    for (const text of texts) compromiseNames(text);
    totals.compromise.s += elapsedSeconds(t);
    totals.compromise.docs += texts.length;
    t = process.hrtime.bigint();
    for (const doc of docs) oursNames(doc);
    totals.ours.s += elapsedSeconds(t);
    totals.ours.docs += docs.length;
  }
  const rate = (x: { docs: number; s: number }) => x.docs / x.s;
  console.log('one core, same documents, alternating rounds:');
  console.log(`  plain compromise people/places/organizations  ${rate(totals.compromise).toFixed(1).padStart(8)} docs/s  (${totals.compromise.docs} docs in ${totals.compromise.s.toFixed(2)} s)`);
  console.log(`  @vidx/entities extractEntities (all 6 types)  ${rate(totals.ours).toFixed(1).padStart(8)} docs/s  (${totals.ours.docs} docs in ${totals.ours.s.toFixed(2)} s)`);
  console.log(`  ratio ours / compromise                       ${(rate(totals.ours) / rate(totals.compromise)).toFixed(2).padStart(8)} ×`);
}

/** Keeps `inFlight` documents submitted until `seconds` pass; returns docs/s. */
async function drive(run: (doc: StrippedDocument) => Promise<unknown>, docs: StrippedDocument[], inFlight: number, seconds: number): Promise<number> {
  let done = 0;
  let next = 0;
  const start = process.hrtime.bigint();
  const lanes = Array.from({ length: inFlight }, async () => {
    while (elapsedSeconds(start) < seconds) {
      await run(docs[next++ % docs.length]);
      done += 1;
    }
  });
  await Promise.all(lanes);
  return done / elapsedSeconds(start);
}

async function poolMode(docs: StrippedDocument[], seconds: number, counts: number[]): Promise<number> {
  const expected = docs.map((doc) => withoutTimestamps(enrichStage(doc)));
  const inProcess = await drive(async (doc) => enrichStage(doc), docs, 1, seconds);
  console.log(`enrichStage as the stage runs it (${availableParallelism()} cores available):`);
  console.log(`  in-process (VIDX_ENTITY_WORKERS=0)            ${inProcess.toFixed(1).padStart(8)} docs/s`);
  let one: number | undefined;
  for (const workers of counts) {
    const pool = new WorkerPool<StrippedDocument, EnrichedDocument>({ script: WORKER_SCRIPT, size: workers, workerData: { aliases: [] } });
    try {
      // Warm every worker and check the output is the in-process output, document for document.
      const outputs = await Promise.all(docs.flatMap((doc) => Array.from({ length: workers }, () => pool.run(doc))));
      const mismatches = outputs.filter((out, i) => !isDeepStrictEqual(withoutTimestamps(out), expected[Math.floor(i / workers)])).length;
      if (mismatches > 0) {
        console.error(`  ${workers} worker(s): ${mismatches} outputs differ from in-process enrichStage`);
        return 1;
      }
      const rate = await drive((doc) => pool.run(doc), docs, 2 * workers, seconds);
      one ??= rate;
      console.log(`  ${String(workers).padStart(2)} worker thread(s), ${2 * workers} in flight          ${rate.toFixed(1).padStart(8)} docs/s  (${(rate / one).toFixed(2)} × 1 worker; output identical)`);
    } finally {
      await pool.close();
    }
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const valued = new Set(['--seconds', '--workers']);
  const file = argv.find((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1])) ?? path.join(root, 'test', 'fixtures', 'seed-bloomberg-harris-amlo.txt');
  const seconds = Number(option('--seconds') ?? 3);
  const counts = (option('--workers') ?? '1,2').split(',').map(Number);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    console.error('--seconds needs a positive number');
    return 2;
  }
  if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error('--workers needs a comma-separated list of positive integers, e.g. 1,2');
    return 2;
  }
  let docs: StrippedDocument[];
  try {
    docs = loadDocuments(file);
  } catch (error) {
    console.error(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  if (docs.length === 0) {
    console.error(`${file} holds no document the pipeline accepts`);
    return 2;
  }
  const chars = docs.reduce((n, d) => n + d.title.length + d.body.length, 0);
  console.log(`${docs.length} document(s) from ${path.relative(process.cwd(), file)}, ${Math.round(chars / docs.length)} chars each on average`);
  sideBySide(docs, seconds);
  return argv.includes('--pool') ? poolMode(docs, seconds, counts) : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
