import { ENTITY_TYPES, type EntityType } from '@vidx/contracts';
import { fold } from './fold';

/** A labelled or predicted entity as scored: offsets do not matter, text and canonical do. */
export interface ScoredEntity {
  type: EntityType;
  text: string;
  canonical: string;
}

export interface DocumentToScore {
  id: string;
  gold: readonly ScoredEntity[];
  predicted: readonly ScoredEntity[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Gold mentions sharing a canonical (with at least two distinct texts): one entity, several names. */
export interface AliasGroupResult {
  type: EntityType;
  canonical: string;
  texts: string[];
  /** Canonicals predicted for those texts (absent texts are listed in `missing`). */
  predictedCanonicals: string[];
  missing: string[];
  merged: boolean;
}

export interface DocumentResult {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  misses: ScoredEntity[];
  falsePositives: ScoredEntity[];
  aliasGroups: AliasGroupResult[];
}

export interface EvaluationReport {
  perType: Record<EntityType, Score>;
  /** Micro average over all six types. */
  micro: Score;
  /** Micro averages over PERSON/ORGANIZATION/LOCATION and over DATE/PERCENT/MONEY. */
  names: Score;
  numbers: Score;
  aliasGroups: { total: number; merged: number };
  documents: DocumentResult[];
}

const key = (s: string): string => fold(s).replace(/\s+/g, ' ').trim();

function dedupe(list: readonly ScoredEntity[]): ScoredEntity[] {
  const seen = new Set<string>();
  const out: ScoredEntity[] = [];
  for (const e of list) {
    const k = `${e.type}\u0000${key(e.text)}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}

/**
 * One-to-one matching of one type's predicted and gold entities: an edge when folded texts or
 * folded canonicals agree; exact-text pairs are taken first, then augmenting paths (Kuhn) add as
 * many canonical-only pairs as possible.
 */
function match(gold: ScoredEntity[], predicted: ScoredEntity[]): { goldMatched: boolean[]; predMatched: boolean[] } {
  const edges = predicted.map((p) =>
    gold.map((g, gi) => (key(g.text) === key(p.text) || key(g.canonical) === key(p.canonical) ? gi : -1)).filter((gi) => gi >= 0),
  );
  const owner: number[] = gold.map(() => -1);
  predicted.forEach((p, pi) => {
    const gi = gold.findIndex((g, i) => owner[i] === -1 && key(g.text) === key(p.text));
    if (gi >= 0) owner[gi] = pi;
  });
  const augment = (pi: number, seen: Set<number>): boolean => {
    for (const gi of edges[pi]) {
      if (seen.has(gi)) continue;
      seen.add(gi);
      if (owner[gi] === -1 || augment(owner[gi], seen)) {
        owner[gi] = pi;
        return true;
      }
    }
    return false;
  };
  predicted.forEach((_, pi) => {
    if (!owner.includes(pi)) augment(pi, new Set());
  });
  const predMatched = predicted.map((_, pi) => owner.includes(pi));
  return { goldMatched: owner.map((o) => o >= 0), predMatched };
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function aliasGroups(gold: readonly ScoredEntity[], predicted: readonly ScoredEntity[]): AliasGroupResult[] {
  const groups = new Map<string, { type: EntityType; canonical: string; texts: Map<string, string> }>();
  for (const g of gold) {
    const k = `${g.type}\u0000${key(g.canonical)}`;
    const group = groups.get(k) ?? { type: g.type, canonical: g.canonical, texts: new Map<string, string>() };
    if (!group.texts.has(key(g.text))) group.texts.set(key(g.text), g.text);
    groups.set(k, group);
  }
  const results: AliasGroupResult[] = [];
  for (const group of groups.values()) {
    if (group.texts.size < 2) continue;
    const canonicals = new Set<string>();
    const missing: string[] = [];
    for (const [k, text] of group.texts) {
      const hits = predicted.filter((p) => p.type === group.type && key(p.text) === k);
      if (hits.length === 0) missing.push(text);
      for (const h of hits) canonicals.add(h.canonical);
    }
    results.push({
      type: group.type,
      canonical: group.canonical,
      texts: [...group.texts.values()],
      predictedCanonicals: [...canonicals],
      missing,
      merged: missing.length === 0 && new Set([...canonicals].map(key)).size === 1,
    });
  }
  return results;
}

/**
 * Precision, recall and F1 per type and micro-averaged, computed per document on de-duplicated
 * sets of (type, folded text): a prediction matches a gold entity of the same type when their
 * texts or their canonicals agree after case and accent folding. Also checks that every alias
 * group of the gold set got one shared predicted canonical, and lists misses and false positives.
 */
export function evaluateEntities(docs: readonly DocumentToScore[]): EvaluationReport {
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<EntityType, { tp: number; fp: number; fn: number }>;
  const documents: DocumentResult[] = [];
  for (const doc of docs) {
    const gold = dedupe(doc.gold);
    const predicted = dedupe(doc.predicted);
    const result: DocumentResult = { id: doc.id, tp: 0, fp: 0, fn: 0, misses: [], falsePositives: [], aliasGroups: aliasGroups(doc.gold, doc.predicted) };
    for (const type of ENTITY_TYPES) {
      const g = gold.filter((e) => e.type === type);
      const p = predicted.filter((e) => e.type === type);
      const { goldMatched, predMatched } = match(g, p);
      const tp = predMatched.filter(Boolean).length;
      counts[type].tp += tp;
      counts[type].fp += p.length - tp;
      counts[type].fn += g.length - tp;
      result.tp += tp;
      result.fp += p.length - tp;
      result.fn += g.length - tp;
      g.forEach((e, i) => !goldMatched[i] && result.misses.push(e));
      p.forEach((e, i) => !predMatched[i] && result.falsePositives.push(e));
    }
    documents.push(result);
  }
  const sum = (types: readonly EntityType[]): Score =>
    score(...(types.reduce((acc, t) => [acc[0] + counts[t].tp, acc[1] + counts[t].fp, acc[2] + counts[t].fn], [0, 0, 0]) as [number, number, number]));
  const groups = documents.flatMap((d) => d.aliasGroups);
  return {
    perType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, score(counts[t].tp, counts[t].fp, counts[t].fn)])) as Record<EntityType, Score>,
    micro: sum(ENTITY_TYPES),
    names: sum(['PERSON', 'ORGANIZATION', 'LOCATION']),
    numbers: sum(['DATE', 'PERCENT', 'MONEY']),
    aliasGroups: { total: groups.length, merged: groups.filter((g) => g.merged).length },
    documents,
  };
}
