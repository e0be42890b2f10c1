import type { AliasEntry, AliasTable, NameType } from '../types';
import { CITIES, COUNTRIES, ORGANIZATIONS, PEOPLE, REGIONS, US_STATES } from './gazetteer';

/**
 * The curated alias table: well-known names and the aliases no text defines ("AMLO", "U.S.",
 * "UK", "Fed"). Built from the gazetteer lists (`'Canonical|alias|…'`). Bump `version` on every
 * change; callers extend it with `ExtractOptions.aliases`.
 */
export const ALIAS_TABLE_VERSION = '1.25.0';

function entries(list: readonly string[], type: NameType): AliasEntry[] {
  return list.map((line) => {
    const [canonical, ...aliases] = line.split('|');
    return { canonical, type, aliases };
  });
}

export const DEFAULT_ALIAS_TABLE: AliasTable = {
  version: ALIAS_TABLE_VERSION,
  entries: [
    ...entries(COUNTRIES, 'LOCATION'),
    ...entries(US_STATES, 'LOCATION'),
    ...entries(CITIES, 'LOCATION'),
    ...entries(REGIONS, 'LOCATION'),
    ...entries(ORGANIZATIONS, 'ORGANIZATION'),
    ...entries(PEOPLE, 'PERSON'),
  ],
};
