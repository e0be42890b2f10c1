/**
 * Scores the cleaner + boilerplate remover on a labelled JSONL file.
 *   node tools/build.mjs && node dist/tools/eval-text.js test/fixtures/dev.jsonl [--json]
 * The scoring is libs/boilerplate/src/lib/evaluate.ts; this script only reads the file and prints.
 * Exit 0 with a report (even when scores are low), 2 when the input cannot be read or parsed.
 */
import { readFileSync } from 'node:fs';
import { evaluateCases, parseEvalCases, stripBoilerplate, type EvalReport } from '@vidx/boilerplate';
import { clean } from '@vidx/text-cleaning';

const USAGE = `usage: eval-text <labelled.jsonl> [--json]

Runs clean() and stripBoilerplate() on every line's "raw" and compares with "expected":
editorial tokens kept, boilerplate tokens removed, title/publishedAt/source exact,
chapters/hashtags/links exact, and the misses of each document.
  --json   print the full report as JSON
  --help   this text
Exit status: 0 report printed, 2 input unreadable.`;

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

function printText(report: EvalReport): void {
  const out = [
    `documents: ${report.documents} (rejected: ${report.rejected})`,
    `editorial kept:      ${pct(report.editorialKept)} (${report.editorialTokens.kept}/${report.editorialTokens.total} tokens; keep substrings ${report.keepSubstrings.kept}/${report.keepSubstrings.total})`,
    `boilerplate removed: ${pct(report.boilerplateRemoved)} (${report.boilerplateTokens.removed}/${report.boilerplateTokens.total} tokens)`,
    `metadata (all three): ${pct(report.metadata.all)} — title ${pct(report.metadata.title)}, publishedAt ${pct(report.metadata.publishedAt)}, source ${pct(report.metadata.source)}`,
    `chapters: ${pct(report.chapters)}  hashtags: ${pct(report.hashtags)}  links: ${pct(report.links)}`,
  ];
  const withMisses = report.cases.filter((c) => c.misses.length > 0);
  out.push('', withMisses.length === 0 ? 'misses: none' : 'misses:');
  for (const c of withMisses) {
    out.push(`  ${c.id}`);
    for (const miss of c.misses) out.push(`    - ${miss}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json');
  const files = argv.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || files.length !== 1) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown[0]}\n` : 'give exactly one JSONL file\n'}${USAGE}\n`);
    return 2;
  }
  let cases;
  try {
    cases = parseEvalCases(readFileSync(files[0], 'utf8'));
  } catch (error) {
    process.stderr.write(`eval-text: cannot read ${files[0]}: ${(error as Error).message}\n`);
    return 2;
  }
  const report = evaluateCases(cases, (raw) => {
    const result = clean(raw);
    const cleaned = result.documents[0];
    return { document: cleaned ? stripBoilerplate(cleaned) : undefined, rejected: result.rejected };
  });
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printText(report);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
