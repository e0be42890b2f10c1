import type { Client } from '@elastic/elasticsearch';
import { aliasIndices, ensureIndex, IndexLayoutError } from './index-admin';
import { indexTemplate, indexVersionOf, writeAliasName } from './mapping';

/** Where the aliases point before a reindex, and the index it will build. */
export interface ReindexPlan {
  alias: string;
  writeAlias: string;
  /** The index searches read now (the read alias). */
  readIndex: string;
  /** The index the indexer writes to now (the write alias); differs from readIndex after an interrupted reindex. */
  writeIndex: string;
  /** `<alias>-v<N+1>`, N the highest version present. */
  target: string;
  /** Every `<alias>-vN` index present. */
  existing: string[];
}

/** The next versioned index name after every `<alias>-vN` present (pure). */
export function nextIndexName(alias: string, existing: readonly string[]): string {
  const versions = existing.map((i) => indexVersionOf(alias, i)).filter((v): v is number => v !== undefined);
  return `${alias}-v${Math.max(0, ...versions) + 1}`;
}

/** Reads the aliases (creating the index and aliases if this is a fresh cluster) and names the new index. */
export async function planReindex(client: Client, alias: string): Promise<ReindexPlan> {
  await ensureIndex(client, alias);
  const writeAlias = writeAliasName(alias);
  const [read, write] = await Promise.all([aliasIndices(client, alias), aliasIndices(client, writeAlias)]);
  if (read.indices.length !== 1) throw new IndexLayoutError(`alias ${alias} points at ${read.indices.length} indices (${read.indices.join(', ')}): point it at one (POST _aliases) and run the reindex again`);
  if (!write.writeIndex) throw new IndexLayoutError(`alias ${writeAlias} has no write index: point it at ${read.indices[0]} (POST _aliases, is_write_index: true) and run the reindex again`);
  const existing = Object.keys(await client.indices.get({ index: `${alias}-v*`, allow_no_indices: true, expand_wildcards: ['open', 'closed'] }))
    .filter((i) => indexVersionOf(alias, i) !== undefined)
    .sort();
  return { alias, writeAlias, readIndex: read.indices[0], writeIndex: write.writeIndex, target: nextIndexName(alias, existing), existing };
}

/**
 * Creates the new index from the current template (applied first, so a changed mapping takes
 * effect) with refreshes off while it is filled, then moves the write alias to it in one
 * `_aliases` call: from then on live writes land in the new index, and the replay must not
 * overwrite them (it writes create-if-absent).
 */
export async function prepareReindexTarget(client: Client, plan: ReindexPlan): Promise<void> {
  await client.indices.putIndexTemplate(indexTemplate(plan.alias));
  await client.indices.create({ index: plan.target, settings: { refresh_interval: '-1' } });
  await client.indices.updateAliases({
    actions: [{ remove: { index: plan.writeIndex, alias: plan.writeAlias } }, { add: { index: plan.target, alias: plan.writeAlias, is_write_index: true } }],
  });
}

/**
 * Turns refreshes back on (1s, Elasticsearch's default, which the template leaves as is), makes everything searchable, then swaps the read alias in one
 * `_aliases` call (atomic: every search sees either the old index or the new one, never none).
 */
export async function completeReindex(client: Client, plan: ReindexPlan): Promise<void> {
  await client.indices.putSettings({ index: plan.target, settings: { refresh_interval: '1s' } });
  await client.indices.refresh({ index: plan.target });
  await client.indices.updateAliases({
    actions: [{ remove: { index: plan.readIndex, alias: plan.alias } }, { add: { index: plan.target, alias: plan.alias } }],
  });
}
