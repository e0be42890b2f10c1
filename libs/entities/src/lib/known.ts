import type { AliasEntry, AliasTable, NameType } from './types';
import { DEFAULT_ALIAS_TABLE } from './data/aliases';
import { NAME_SUFFIXES } from './data/gazetteer';
import { getLexicon } from './lexicon';
import { fold } from './fold';
import { tokenize } from './tokenize';

/** A known name: what a token sequence resolves to without any help from the text. */
export interface KnownName {
  canonical: string;
  type: NameType;
  /** The alias as listed; all-caps aliases ("WHO", "US") only match all-caps text. */
  surface: string;
  /** From the curated table (true) or compromise's broader lexicon (false). */
  curated: boolean;
  /** Not a table entry: a name the same document already introduced. */
  fromInventory?: boolean;
}

/** Folded token keys → known names, with the longest key length for greedy matching. */
export interface KnownIndex {
  byKey: Map<string, KnownName>;
  maxTokens: number;
}

/** Key of a token sequence: folded token texts without dots, space-joined ("U.S. Capitol" → "us capitol"). */
export function tokenKey(texts: readonly string[]): string {
  return texts
    .filter((t) => t !== '.' && t !== ',')
    .map((t) => fold(t).replace(/\./g, '').replace(/['’]s$/, "'s"))
    .join(' ');
}

function add(index: KnownIndex, alias: string, name: Omit<KnownName, 'surface'>, override: boolean): void {
  const tokens = tokenize(alias).map((t) => t.text);
  const key = tokenKey(tokens);
  if (!key) return;
  if (!override && index.byKey.has(key)) return;
  index.byKey.set(key, { ...name, surface: alias });
  index.maxTokens = Math.max(index.maxTokens, tokens.length);
}

const cache = new WeakMap<AliasTable, KnownIndex>();
const extraCache = new WeakMap<AliasTable, WeakMap<readonly AliasEntry[], KnownIndex>>();

function baseIndex(table: AliasTable): KnownIndex {
  const hit = cache.get(table);
  if (hit) return hit;
  const index: KnownIndex = { byKey: new Map(), maxTokens: 1 };
  for (const entry of table.entries) addEntry(index, entry, true, false);
  for (const [name, type] of getLexicon().extraNames) {
    add(index, name, { canonical: name, type, curated: false }, false);
  }
  cache.set(table, index);
  return index;
}

function addEntry(index: KnownIndex, entry: AliasEntry, curated: boolean, override: boolean): void {
  add(index, entry.canonical, { canonical: entry.canonical, type: entry.type, curated }, override);
  for (const alias of entry.aliases) add(index, alias, { canonical: entry.canonical, type: entry.type, curated }, override);
}

/** The index for a call: the table (built-in unless replaced) plus the caller's extra aliases. */
export function knownIndex(table: AliasTable = DEFAULT_ALIAS_TABLE, extra: readonly AliasEntry[] = []): KnownIndex {
  const base = baseIndex(table);
  if (extra.length === 0) return base;
  // Copying the base index costs more than extracting a document: build it once per table and
  // extra list (a deployment passes the same list, loaded once at start, to every call).
  const byExtra = extraCache.get(table) ?? new WeakMap<readonly AliasEntry[], KnownIndex>();
  extraCache.set(table, byExtra);
  const hit = byExtra.get(extra);
  if (hit) return hit;
  const index: KnownIndex = { byKey: new Map(base.byKey), maxTokens: base.maxTokens };
  for (const entry of extra) addEntry(index, entry, true, true);
  byExtra.set(extra, index);
  return index;
}

/** Folded generational suffixes ("jr.", "iii"): part of a name, never its surname. */
export const NAME_SUFFIX_KEYS: ReadonlySet<string> = new Set(NAME_SUFFIXES.map((s) => fold(s)));

let surnameCache: Map<string, string> | undefined;

/** Surnames of the well-known people in the alias table ("Trump" → "Donald Trump"): a lone one is a person. */
export function knownSurnames(): Map<string, string> {
  if (surnameCache) return surnameCache;
  surnameCache = new Map<string, string>();
  for (const entry of DEFAULT_ALIAS_TABLE.entries) {
    if (entry.type !== 'PERSON') continue;
    const words = entry.canonical.split(/\s+/).filter((w) => !NAME_SUFFIX_KEYS.has(fold(w)));
    // "Marine Le Pen": a surname with a particle before it is named with the particle (an alias), not alone ("Pen").
    const particle = words.length >= 3 && /^(?:le|la|de|du|van|von|del|da|di)$/i.test(words[words.length - 2]);
    // Nor is a word of two letters, the given name of a name written surname first ("Un" of "Kim Jong Un").
    const last = words[words.length - 1];
    if (words.length < 2 || particle || last.length <= 2) continue;
    // A surname two well-known people share ("Clinton") is a person's, but neither's in particular.
    const key = tokenKey([last]);
    const other = surnameCache.get(key);
    surnameCache.set(key, other !== undefined && other !== entry.canonical ? last : entry.canonical);
  }
  return surnameCache;
}
