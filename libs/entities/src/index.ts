export { extractEntities, type ExtractInput } from './lib/extract';
export { enrich, facets } from './lib/enrich';
export type { AliasEntry, AliasTable, ExtractOptions, NameType } from './lib/types';
export { ALIAS_TABLE_VERSION, DEFAULT_ALIAS_TABLE } from './lib/data/aliases';
export { findNumericEntities } from './lib/numeric';
export { fold, nameKey } from './lib/fold';
export { curatedAliases, parseAliasTable } from './lib/alias-table';
export { InvalidAliasTableError } from './lib/errors';
export * from './lib/evaluate';
