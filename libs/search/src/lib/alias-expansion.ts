import { nameKey } from '@vidx/entities';
import { FACET_FIELD, type RegistryEntity } from './registry';

/**
 * Alias-aware search, the pure half: which words of a query could name a registered entity, and
 * what to add to the query for the entities they do name. The registry lookup in between is the
 * only I/O (see searchVideos).
 */

/** Longest alias, in words, looked up ("Andrés Manuel López Obrador" has four). */
const MAX_WORDS = 5;

/** A run of query words that may be an alias: its nameKey and which words it covers. */
export interface AliasCandidate {
  key: string;
  from: number;
  to: number;
  /** Short aliases ("US", "UN") only count when typed in capitals, as in the extractor. */
  shouted: boolean;
}

/** Plain words only: operators (-x, "x, a|b, x*, (x)) keep their meaning and are never expanded. */
const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}.'’&-]*$/u;

export function queryWords(q: string): string[] {
  return q.trim().split(/\s+/).filter(Boolean);
}

/** Every run of up to five consecutive plain words of the query, as alias keys to look up. */
export function aliasCandidates(q: string): AliasCandidate[] {
  const words = queryWords(q);
  const out: AliasCandidate[] = [];
  for (let from = 0; from < words.length; from += 1) {
    for (let to = from + 1; to <= Math.min(words.length, from + MAX_WORDS); to += 1) {
      if (!PLAIN_WORD.test(words[to - 1])) break;
      const text = words.slice(from, to).join(' ');
      const key = nameKey(text);
      if (key) out.push({ key, from, to, shouted: text === text.toUpperCase() && /\p{Lu}/u.test(text) });
    }
  }
  return out;
}

/** Query words that name an entity: documents with that entity in `field` match with the other words. */
export interface EntityExpansion {
  field: 'people' | 'organizations' | 'locations';
  /** The entity's canonical spellings (facet values). */
  values: string[];
  /** The query without the alias words; empty when the alias was the whole query. */
  rest: string;
}

export type FilterParam = 'person' | 'organization' | 'location';
const FILTER_TYPE = { person: 'PERSON', organization: 'ORGANIZATION', location: 'LOCATION' } as const;

/** What the registry adds to a search: query expansions and, per filter value, the facet values it stands for. */
export interface RegistryContext {
  expansions: EntityExpansion[];
  filterValues: Partial<Record<FilterParam, Record<string, string[]>>>;
}

export const EMPTY_CONTEXT: RegistryContext = { expansions: [], filterValues: {} };

/** Entities one alias may name before it is too ambiguous to expand ("Smith"). */
const MAX_ENTITIES_PER_ALIAS = 5;
const MIN_UNSHOUTED_CHARS = 4;

/**
 * Picks the longest alias runs left to right (non-overlapping) that name registered entities and
 * turns each into expansions; resolves filter values that are aliases ("person=AMLO") to the
 * entity's canonical spellings.
 */
export function registryContext(
  params: { q?: string } & Partial<Record<FilterParam, string[]>>,
  entities: readonly RegistryEntity[],
): RegistryContext {
  const byKey = new Map<string, RegistryEntity[]>();
  for (const entity of entities) {
    for (const key of entity.aliasKeys) byKey.set(key, [...(byKey.get(key) ?? []), entity]);
  }
  const expansions: EntityExpansion[] = [];
  if (params.q) {
    const words = queryWords(params.q);
    const candidates = aliasCandidates(params.q)
      .filter((c) => byKey.has(c.key) && (c.shouted || c.key.length >= MIN_UNSHOUTED_CHARS))
      .sort((a, b) => a.from - b.from || b.to - b.from - (a.to - a.from));
    let covered = 0;
    for (const c of candidates) {
      if (c.from < covered) continue;
      const named = byKey.get(c.key) ?? [];
      if (named.length > MAX_ENTITIES_PER_ALIAS) continue;
      covered = c.to;
      const rest = [...words.slice(0, c.from), ...words.slice(c.to)].join(' ');
      for (const entity of named) expansions.push({ field: FACET_FIELD[entity.type], values: entity.variants, rest });
    }
  }
  const filterValues: RegistryContext['filterValues'] = {};
  for (const param of Object.keys(FILTER_TYPE) as FilterParam[]) {
    for (const value of params[param] ?? []) {
      const named = (byKey.get(nameKey(value)) ?? []).filter((e) => e.type === FILTER_TYPE[param]);
      if (named.length === 0) continue;
      const values = [...new Set([value, ...named.flatMap((e) => e.variants)])];
      filterValues[param] = { ...filterValues[param], [value]: values };
    }
  }
  return { expansions, filterValues };
}

/** The alias keys a search needs looked up: query word runs and filter values. */
export function lookupKeys(params: { q?: string } & Partial<Record<FilterParam, string[]>>): string[] {
  const keys = new Set<string>();
  if (params.q) for (const c of aliasCandidates(params.q)) keys.add(c.key);
  for (const param of Object.keys(FILTER_TYPE) as FilterParam[]) for (const value of params[param] ?? []) keys.add(nameKey(value));
  keys.delete('');
  return [...keys].slice(0, 200);
}
