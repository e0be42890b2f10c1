import type { Client } from '@elastic/elasticsearch';
import { errors } from '@elastic/elasticsearch';
import { VidxError } from '@vidx/contracts';
import { concreteIndexName, indexTemplate, MAPPING_VERSION, writeAliasName } from './mapping';

/**
 * Applies an index template and makes sure `alias` points at an index, creating `index` as its
 * write index when it has none. Only `resource_already_exists_exception` is tolerated (another
 * instance created it first).
 */
export async function ensureAliasedIndex(
  client: Client,
  template: Parameters<Client['indices']['putIndexTemplate']>[0],
  alias: string,
  index: string,
): Promise<{ index: string; created: boolean }> {
  await client.indices.putIndexTemplate(template);
  if (await client.indices.existsAlias({ name: alias })) {
    const current = await client.indices.getAlias({ name: alias });
    return { index: Object.keys(current)[0], created: false };
  }
  try {
    await client.indices.create({ index, aliases: { [alias]: { is_write_index: true } } });
    return { index, created: true };
  } catch (error) {
    if (isAlreadyExists(error)) {
      await client.indices.putAlias({ index, name: alias, is_write_index: true });
      return { index, created: false };
    }
    throw error;
  }
}

/** The aliases of the videos index are not in a state vidx can work with; the message says how to fix it. */
export class IndexLayoutError extends VidxError {
  constructor(message: string) {
    super('INDEX_LAYOUT', message, false);
  }
}

function isAlreadyExists(error: unknown): boolean {
  return error instanceof errors.ResponseError && error.body?.error?.type === 'resource_already_exists_exception';
}

/** The indices an alias points at, and which of them is its write index (none when missing). */
export async function aliasIndices(client: Client, name: string): Promise<{ indices: string[]; writeIndex?: string }> {
  if (!(await client.indices.existsAlias({ name }))) return { indices: [] };
  const found = await client.indices.getAlias({ name });
  const indices = Object.keys(found).sort();
  const writeIndex = indices.find((i) => found[i].aliases[name]?.is_write_index === true) ?? (indices.length === 1 ? indices[0] : undefined);
  return { indices, writeIndex };
}

/**
 * The videos index behind two aliases: `<alias>` for reads (searches) and `<alias>-write` for the
 * indexer. Creates `<alias>-v1` with both when neither exists. An index made before the write
 * alias existed gets it added (one `_aliases` call), so upgrading needs no manual step.
 * Resolves with the index written to.
 */
export async function ensureIndex(client: Client, alias: string): Promise<{ index: string; created: boolean }> {
  await client.indices.putIndexTemplate(indexTemplate(alias));
  const write = writeAliasName(alias);
  const [read, writing] = await Promise.all([aliasIndices(client, alias), aliasIndices(client, write)]);
  if (writing.writeIndex) {
    if (read.indices.length === 0) await client.indices.updateAliases({ actions: [{ add: { index: writing.writeIndex, alias } }] });
    return { index: writing.writeIndex, created: false };
  }
  if (read.indices.length > 0) {
    const index = read.writeIndex;
    if (!index) throw new IndexLayoutError(`alias ${alias} points at ${read.indices.join(', ')} and none is its write index: point ${write} at one (POST _aliases) and start again`);
    await client.indices.updateAliases({ actions: [{ add: { index, alias: write, is_write_index: true } }] });
    return { index, created: false };
  }
  const index = concreteIndexName(alias);
  try {
    await client.indices.create({ index, aliases: { [alias]: {}, [write]: { is_write_index: true } } });
    return { index, created: true };
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
    // Another instance created it between our look and our create: adding the aliases again is idempotent.
    await client.indices.updateAliases({ actions: [{ add: { index, alias } }, { add: { index, alias: write, is_write_index: true } }] });
    return { index, created: false };
  }
}

/**
 * The mapping version an index was made with (`_meta.mappingVersion`; indices from before it was
 * recorded are version 1), and whether it is older than this release's MAPPING_VERSION.
 */
export async function indexMappingVersion(client: Client, index: string): Promise<{ version: number; outdated: boolean }> {
  const found = await client.indices.getMapping({ index });
  const meta = Object.values(found)[0]?.mappings?._meta as { mappingVersion?: unknown } | undefined;
  const version = typeof meta?.mappingVersion === 'number' ? meta.mappingVersion : 1;
  return { version, outdated: version < MAPPING_VERSION };
}
