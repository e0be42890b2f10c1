import type { EntityType } from '@vidx/contracts';

/** Types the alias table and gazetteers can assign (names only; numbers and dates come from patterns). */
export type NameType = Extract<EntityType, 'PERSON' | 'ORGANIZATION' | 'LOCATION'>;

/** One entity of the alias table: every alias (and the canonical itself) resolves to `canonical`. */
export interface AliasEntry {
  canonical: string;
  type: NameType;
  aliases: readonly string[];
}

export interface AliasTable {
  /** Bumped whenever entries change, so re-enrichment can be traced to a table version. */
  version: string;
  entries: readonly AliasEntry[];
}

export interface ExtractOptions {
  /**
   * Extra aliases, applied on top of the built-in table (an entry with the same alias wins over the
   * built-in one). Use it for names a deployment cares about that no text defines.
   */
  aliases?: readonly AliasEntry[];
  /** Replace the built-in alias table entirely (rarely needed; `aliases` is the usual extension). */
  aliasTable?: AliasTable;
}
