import { z } from 'zod';
import { DEFAULT_ALIAS_TABLE } from './data/aliases';
import { InvalidAliasTableError } from './errors';
import { nameKey } from './fold';
import type { AliasEntry, NameType } from './types';

const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const Entry = z
  .object({
    canonical: name,
    type: z.enum(['PERSON', 'ORGANIZATION', 'LOCATION']),
    aliases: z.array(name).max(100).default([]),
  })
  .strict();
const Table = z.object({ version: z.string().trim().min(1).max(50).optional(), entries: z.array(Entry).max(100_000) }).strict();

/**
 * Validates a user alias table, as parsed from JSON: either
 * `{ "version": "2024-06-01", "entries": [{ "canonical": "Andrés Manuel López Obrador", "type": "PERSON", "aliases": ["AMLO"] }] }`
 * or the bare `entries` array. Entries apply on top of the built-in table (an alias listed here
 * wins). Throws InvalidAliasTableError naming every bad entry and field.
 */
export function parseAliasTable(value: unknown, source = 'the alias table'): { version?: string; entries: AliasEntry[] } {
  const parsed = Table.safeParse(Array.isArray(value) ? { entries: value } : value);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((issue) => `  ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
    throw new InvalidAliasTableError(
      `${source} is not a valid alias table:\n${problems.join('\n')}\n` +
        'expected {"version"?: string, "entries": [{"canonical": string, "type": "PERSON"|"ORGANIZATION"|"LOCATION", "aliases": string[]}]} or the entries array',
    );
  }
  return parsed.data;
}

const curatedCache = new WeakMap<readonly AliasEntry[], Map<string, string[]>>();
const NO_EXTRA: readonly AliasEntry[] = [];

function curatedKey(type: NameType, canonical: string): string {
  return `${type}:${nameKey(canonical)}`;
}

/**
 * The curated aliases of an entity (built-in table plus `extra`), canonical excluded: what a
 * registry learns about "Andrés Manuel López Obrador" even when no text says "AMLO".
 */
export function curatedAliases(type: NameType, canonical: string, extra: readonly AliasEntry[] = NO_EXTRA): string[] {
  let index = curatedCache.get(extra);
  if (!index) {
    index = new Map();
    for (const entry of [...DEFAULT_ALIAS_TABLE.entries, ...extra]) {
      const key = curatedKey(entry.type, entry.canonical);
      const list = index.get(key) ?? [];
      for (const alias of entry.aliases) if (!list.includes(alias)) list.push(alias);
      index.set(key, list);
    }
    curatedCache.set(extra, index);
  }
  return index.get(curatedKey(type, canonical)) ?? [];
}
