import { readFileSync } from 'node:fs';
import { parseAliasTable, type AliasEntry } from '@vidx/entities';
import { ConfigError } from '@vidx/config';

/** VIDX_ALIASES_FILE read once at start; a missing or malformed file stops the app with the reason. */
export function readAliasesFile(file: string | undefined): { version?: string; entries: AliasEntry[] } {
  if (!file) return { entries: [] };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`VIDX_ALIASES_FILE=${file}: cannot read it as JSON (${(error as Error).message}); fix the path or the file`);
  }
  return parseAliasTable(json, `VIDX_ALIASES_FILE=${file}`);
}
