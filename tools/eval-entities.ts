// Scores @vidx/entities against a labelled JSONL file (one {id, raw, format, expected} per line):
//   node tools/build.mjs && node dist/tools/eval-entities.js test/fixtures/dev.jsonl [--json] [--own-extraction]
// Title and body come from @vidx/text-cleaning clean() + @vidx/boilerplate stripBoilerplate() when
// those libraries are built; otherwise (or with --own-extraction) from a small extraction of the raw
// record minus the labelled boilerplate. Exit 0 after a report, 2 when the input cannot be read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateEntities, extractEntities, type DocumentToScore, type EvaluationReport, type ScoredEntity } from '@vidx/entities';

export interface LabelledRecord {
  id: string;
  raw: string;
  format?: string;
  language?: string;
  expected: {
    title?: string;
    publishedAt?: string | null;
    language?: string;
    boilerplate?: string[];
    entities: ScoredEntity[];
  };
}

export interface PreparedDocument {
  title: string;
  body: string;
  publishedAt?: string;
  language?: string;
  source?: string;
}

type Clean = (input: unknown) => { documents: Array<Record<string, unknown>> };
type Strip = (doc: Record<string, unknown>) => { title: string; body: string; publishedAt?: string; language?: string; source?: string };

/** The pipeline's own cleaning and boilerplate stages, when their libraries exist (they are optional here). */
export function loadPipelineStages(root = path.join(__dirname, '..')): { clean: Clean; strip: Strip } | undefined {
  try {
    // Resolved at run time so this tool builds before those libraries exist.
    const cleaning = require(path.join(root, 'libs', 'text-cleaning', 'src', 'index')) as { clean?: unknown };
    const boilerplate = require(path.join(root, 'libs', 'boilerplate', 'src', 'index')) as { stripBoilerplate?: unknown };
    if (typeof cleaning.clean !== 'function' || typeof boilerplate.stripBoilerplate !== 'function') return undefined;
    return { clean: cleaning.clean as Clean, strip: boilerplate.stripBoilerplate as Strip };
  } catch {
    return undefined;
  }
}

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return HTML_ENTITIES[code.toLowerCase()] ?? m;
  });
}

function guessLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const count = (list: string[]): number => words.filter((w) => list.includes(w)).length;
  const en = count(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'with']);
  const es = count(['el', 'los', 'las', 'del', 'y', 'en', 'con', 'por', 'una']);
  const fr = count(['le', 'les', 'des', 'et', 'du', 'une', 'dans', 'est', 'pour']);
  return es > en && es >= fr ? 'es' : fr > en && fr > es ? 'fr' : 'en';
}

/** Title, body, date and language of a labelled record without the pipeline's libraries. */
export function ownExtraction(record: LabelledRecord): PreparedDocument {
  let title = '';
  let description = '';
  let language: string | undefined;
  const raw = record.raw.trim();
  if (raw.startsWith('{')) {
    const json = JSON.parse(raw) as Record<string, unknown>;
    const snippet = (json.kind === 'youtube#video' ? json.snippet : json) as Record<string, unknown>;
    title = String(snippet.title ?? '');
    description = String(snippet.description ?? '');
    const lang = snippet.defaultAudioLanguage ?? snippet.defaultLanguage;
    language = typeof lang === 'string' ? lang.slice(0, 2) : undefined;
  } else {
    const lines = raw.split(/\r?\n/);
    title = lines[0] ?? '';
    const rest = lines.slice(1).filter((l) => !/^(Published Date|Source):/i.test(l.trim()));
    description = rest.join('\n');
  }
  title = decodeHtml(title);
  description = decodeHtml(description);
  for (const segment of record.expected.boilerplate ?? []) {
    description = description.split(decodeHtml(segment)).join('\n');
  }
  const body = description
    .split(/\n/)
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return {
    title: title.trim(),
    body,
    publishedAt: record.expected.publishedAt ?? undefined,
    language: record.expected.language ?? record.language ?? language ?? guessLanguage(`${title} ${body}`),
  };
}

export function prepare(record: LabelledRecord, stages: ReturnType<typeof loadPipelineStages>): PreparedDocument {
  if (stages) {
    try {
      const cleaned = stages.clean(record.raw).documents[0];
      if (cleaned) {
        const stripped = stages.strip(cleaned);
        return { title: stripped.title, body: stripped.body, publishedAt: stripped.publishedAt, language: stripped.language, source: stripped.source };
      }
    } catch {
      // Fall through: a record the stages reject is still scored on the own extraction.
    }
  }
  return ownExtraction(record);
}

export function formatReport(report: EvaluationReport): string {
  const pct = (n: number): string => (n * 100).toFixed(1).padStart(6);
  const lines = ['type            P       R       F1     tp   fp   fn'];
  const row = (name: string, s: EvaluationReport['micro']): string =>
    `${name.padEnd(13)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
  for (const [type, s] of Object.entries(report.perType)) lines.push(row(type, s));
  lines.push(row('names (micro)', report.names), row('numbers(micro)', report.numbers), row('all (micro)', report.micro));
  lines.push(`alias groups merged: ${report.aliasGroups.merged}/${report.aliasGroups.total}`);
  for (const doc of report.documents) {
    const groups = doc.aliasGroups.filter((g) => !g.merged);
    if (!doc.misses.length && !doc.falsePositives.length && !groups.length) continue;
    lines.push(`\n${doc.id}`);
    for (const m of doc.misses) lines.push(`  miss ${m.type} "${m.text}" (${m.canonical})`);
    for (const f of doc.falsePositives) lines.push(`  fp   ${f.type} "${f.text}" (${f.canonical})`);
    for (const g of groups) lines.push(`  group not merged: ${g.type} ${g.canonical}: ${g.texts.join(' | ')} → ${g.predictedCanonicals.join(' | ')}${g.missing.length ? ` missing ${g.missing.join(', ')}` : ''}`);
  }
  return lines.join('\n');
}

const HELP = `usage: eval-entities <labelled.jsonl> [--json] [--own-extraction]
Scores entity extraction against the labelled entities of each record (precision, recall, F1 per
type and micro-averaged; alias groups; misses and false positives per document).
  --json              print the report as JSON
  --own-extraction    take title/body from the raw record even when the pipeline libraries exist
exit codes: 0 report printed, 2 unreadable or malformed input`;

export function main(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    out(HELP);
    return 0;
  }
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    err(HELP);
    return 2;
  }
  let records: LabelledRecord[];
  try {
    records = readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as LabelledRecord);
  } catch (error) {
    err(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const stages = argv.includes('--own-extraction') ? undefined : loadPipelineStages();
  const docs: DocumentToScore[] = records.map((record) => {
    const prepared = prepare(record, stages);
    const predicted = extractEntities(prepared).map(({ type, text, canonical }) => ({ type, text, canonical }));
    return { id: record.id, gold: record.expected.entities, predicted };
  });
  const report = evaluateEntities(docs);
  if (argv.includes('--json')) out(JSON.stringify({ extraction: stages ? 'pipeline' : 'own', ...report }, null, 2));
  else out(`extraction: ${stages ? 'text-cleaning + boilerplate libraries' : 'own (raw minus labelled boilerplate)'}\n${formatReport(report)}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
