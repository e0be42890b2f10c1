import type { Rejection, StrippedDocument } from '@vidx/contracts';
import { normalizeText } from '@vidx/text-cleaning';
import { InvalidEvalCaseError } from './errors';

/**
 * Scoring of the cleaner + boilerplate remover against a labelled JSONL file (test/fixtures/dev.jsonl).
 *
 * Token-based, so it is robust to what normalisation legitimately changes (bullets, entities,
 * whitespace): a token is a run of letters/digits, lower-cased. The description's tokens are
 * aligned with the body's (the body is the description minus removed segments, so the alignment is
 * a longest common subsequence) to know which description tokens survived. Expected boilerplate
 * substrings are normalised like the description and located in it as token runs.
 * - editorial kept = surviving tokens / all description tokens outside every expected boilerplate
 *   run (the whole editorial text, not only the `keep` samples; each `keep` substring is also
 *   checked to appear whole in the body);
 * - boilerplate removed = expected boilerplate tokens absent from the body / all of them.
 * Totals are summed over documents (micro average). A document the cleaner rejects counts as
 * wrong for every metadata/structure check and is listed; it adds no tokens.
 */

export interface EvalExpected {
  title: string;
  publishedAt: string | null;
  source: string;
  boilerplate: string[];
  keep: string[];
  chapters?: Array<{ time: string; title: string }>;
  hashtags: string[];
  links: string[];
}

export interface EvalCase {
  id: string;
  raw: unknown;
  expected: EvalExpected;
}

export interface EvalOutcome {
  document?: StrippedDocument;
  rejected: Rejection[];
}

export interface CaseScore {
  id: string;
  rejected?: string;
  editorialTokens: { kept: number; total: number };
  boilerplateTokens: { removed: number; total: number };
  keep: { kept: number; total: number };
  metadata: { title: boolean; publishedAt: boolean; source: boolean };
  chapters: boolean;
  hashtags: boolean;
  links: boolean;
  misses: string[];
}

export interface EvalReport {
  documents: number;
  rejected: number;
  editorialKept: number;
  editorialTokens: { kept: number; total: number };
  keepSubstrings: { kept: number; total: number };
  boilerplateRemoved: number;
  boilerplateTokens: { removed: number; total: number };
  metadata: { title: number; publishedAt: number; source: number; all: number };
  chapters: number;
  hashtags: number;
  links: number;
  cases: CaseScore[];
}

interface Token {
  text: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
}

/** Above this many DP cells the alignment falls back to a greedy subsequence match. */
const MAX_LCS_CELLS = 4_000_000;

/** For each token of `a`, whether it is matched in `b` by a longest common subsequence. */
export function alignKept(a: string[], b: string[]): boolean[] {
  const kept = new Array<boolean>(a.length).fill(false);
  if (a.length * b.length > MAX_LCS_CELLS) {
    let j = 0;
    for (let i = 0; i < a.length && j < b.length; i++) {
      if (a[i] === b[j]) {
        kept[i] = true;
        j++;
      }
    }
    return kept;
  }
  const width = b.length + 1;
  const dp = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      dp[i * width + j] = a[i] === b[j] ? dp[(i + 1) * width + j + 1] + 1 : Math.max(dp[(i + 1) * width + j], dp[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept[i] = true;
      i++;
      j++;
    } else if (dp[(i + 1) * width + j] >= dp[i * width + j + 1]) i++;
    else j++;
  }
  return kept;
}

function findRun(haystack: string[], needle: string[], from = 0, claimed?: boolean[]): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) {
      if (haystack[i + k] !== needle[k] || claimed?.[i + k]) continue outer;
    }
    return i;
  }
  return -1;
}

function sameList<T>(a: T[], b: T[], key: (x: T) => string = String): boolean {
  return a.length === b.length && a.every((x, i) => key(x) === key(b[i]));
}

function excerpt(text: string, tokens: Token[], from: number, to: number): string {
  const s = text.slice(tokens[from].start, tokens[to].end).replace(/\n/g, ' ⏎ ');
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

/** Scores one labelled case against what the pipeline produced for it. */
export function scoreCase(testCase: EvalCase, outcome: EvalOutcome): CaseScore {
  const { expected } = testCase;
  const doc = outcome.document;
  const score: CaseScore = {
    id: testCase.id,
    editorialTokens: { kept: 0, total: 0 },
    boilerplateTokens: { removed: 0, total: 0 },
    keep: { kept: 0, total: expected.keep.length },
    metadata: { title: false, publishedAt: false, source: false },
    chapters: false,
    hashtags: false,
    links: false,
    misses: [],
  };
  if (!doc) {
    score.rejected = outcome.rejected.map((r) => `${r.code}: ${r.reason}`).join('; ') || 'no document produced';
    score.misses.push(`rejected: ${score.rejected}`);
    return score;
  }

  score.metadata.title = doc.title === expected.title;
  score.metadata.publishedAt = (doc.publishedAt?.slice(0, 10) ?? null) === (expected.publishedAt ?? null);
  score.metadata.source = (doc.source ?? '') === (expected.source ?? '');
  if (!score.metadata.title) score.misses.push(`title: got "${doc.title}", expected "${expected.title}"`);
  if (!score.metadata.publishedAt) score.misses.push(`publishedAt: got ${doc.publishedAt ?? 'none'}, expected ${expected.publishedAt ?? 'none'}`);
  if (!score.metadata.source) score.misses.push(`source: got "${doc.source ?? ''}", expected "${expected.source}"`);

  const descTokens = tokenize(doc.description);
  const desc = descTokens.map((t) => t.text);
  const body = tokenize(doc.body).map((t) => t.text);
  const kept = alignKept(desc, body);

  const isBoilerplate = new Array<boolean>(desc.length).fill(false);
  for (const text of expected.boilerplate) {
    const needle = tokenize(normalizeText(text, { multiline: true })).map((t) => t.text);
    if (needle.length === 0) continue;
    const at = findRun(desc, needle, 0, isBoilerplate);
    if (at < 0) {
      score.misses.push(`label: boilerplate not found in the cleaned description: "${text.slice(0, 80)}"`);
      continue;
    }
    for (let k = at; k < at + needle.length; k++) isBoilerplate[k] = true;
  }

  // Runs of lost editorial tokens and of surviving boilerplate tokens, for the miss list.
  let runStart = -1;
  let runKind = '';
  const flush = (end: number) => {
    if (runStart >= 0) score.misses.push(`${runKind}: "${excerpt(doc.description, descTokens, runStart, end)}"`);
    runStart = -1;
  };
  for (let i = 0; i < desc.length; i++) {
    let kind = '';
    if (isBoilerplate[i]) {
      score.boilerplateTokens.total++;
      if (kept[i]) kind = 'boilerplate left in body';
      else score.boilerplateTokens.removed++;
    } else {
      score.editorialTokens.total++;
      if (kept[i]) score.editorialTokens.kept++;
      else kind = 'editorial text lost';
    }
    if (kind !== runKind || !kind) flush(i - 1);
    if (kind && runStart < 0) {
      runStart = i;
      runKind = kind;
    }
    runKind = kind || runKind;
  }
  flush(desc.length - 1);

  for (const text of expected.keep) {
    const needle = tokenize(normalizeText(text)).map((t) => t.text);
    if (findRun(body, needle) >= 0) score.keep.kept++;
    else score.misses.push(`keep substring missing from body: "${text.slice(0, 100)}"`);
  }

  const expectedChapters = expected.chapters ?? [];
  score.chapters = sameList(doc.chapters, expectedChapters, (c) => `${c.time}\u0000${c.title}`);
  if (!score.chapters) score.misses.push(`chapters: got ${JSON.stringify(doc.chapters.map((c) => `${c.time} ${c.title}`))}`);
  score.hashtags = sameList(doc.hashtags, expected.hashtags);
  if (!score.hashtags) score.misses.push(`hashtags: got ${JSON.stringify(doc.hashtags)}, expected ${JSON.stringify(expected.hashtags)}`);
  score.links = sameList(doc.links, expected.links);
  if (!score.links) score.misses.push(`links: got ${JSON.stringify(doc.links)}, expected ${JSON.stringify(expected.links)}`);
  return score;
}

const share = (part: number, total: number) => (total === 0 ? 1 : part / total);

export function summarize(cases: CaseScore[]): EvalReport {
  const sum = (f: (c: CaseScore) => number) => cases.reduce((acc, c) => acc + f(c), 0);
  const count = (f: (c: CaseScore) => boolean) => share(cases.filter(f).length, cases.length);
  const editorialTokens = { kept: sum((c) => c.editorialTokens.kept), total: sum((c) => c.editorialTokens.total) };
  const boilerplateTokens = { removed: sum((c) => c.boilerplateTokens.removed), total: sum((c) => c.boilerplateTokens.total) };
  return {
    documents: cases.length,
    rejected: cases.filter((c) => c.rejected !== undefined).length,
    editorialKept: share(editorialTokens.kept, editorialTokens.total),
    editorialTokens,
    keepSubstrings: { kept: sum((c) => c.keep.kept), total: sum((c) => c.keep.total) },
    boilerplateRemoved: share(boilerplateTokens.removed, boilerplateTokens.total),
    boilerplateTokens,
    metadata: {
      title: count((c) => c.metadata.title),
      publishedAt: count((c) => c.metadata.publishedAt),
      source: count((c) => c.metadata.source),
      all: count((c) => c.metadata.title && c.metadata.publishedAt && c.metadata.source),
    },
    chapters: count((c) => c.chapters),
    hashtags: count((c) => c.hashtags),
    links: count((c) => c.links),
    cases,
  };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((x) => typeof x === 'string');
}

/** Parses the labelled JSONL text; throws InvalidEvalCaseError naming the first bad line. */
export function parseEvalCases(text: string): EvalCase[] {
  const cases: EvalCase[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InvalidEvalCaseError(index + 1, `is not valid JSON (${(error as Error).message})`);
    }
    const record = value as { id?: unknown; raw?: unknown; expected?: Partial<EvalExpected> };
    const e = record?.expected;
    if (typeof record !== 'object' || record === null || record.raw === undefined || typeof e !== 'object' || e === null) {
      throw new InvalidEvalCaseError(index + 1, 'lacks "raw" or "expected"');
    }
    if (!isStringArray(e.boilerplate) || !isStringArray(e.keep) || !isStringArray(e.hashtags) || !isStringArray(e.links)) {
      throw new InvalidEvalCaseError(index + 1, 'needs expected.boilerplate, keep, hashtags and links as arrays of strings');
    }
    cases.push({ id: typeof record.id === 'string' ? record.id : `line-${index + 1}`, raw: record.raw, expected: e as EvalExpected });
  });
  return cases;
}

/** Runs `process` on every case and scores it: the pure core of tools/eval-text.ts. */
export function evaluateCases(cases: EvalCase[], process: (raw: unknown) => EvalOutcome): EvalReport {
  return summarize(cases.map((testCase) => scoreCase(testCase, process(testCase.raw))));
}
