import type { Client } from '@elastic/elasticsearch';
import { errors } from '@elastic/elasticsearch';
import { concreteIndexName, indexTemplate } from './mapping';

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
    if (error instanceof errors.ResponseError && error.body?.error?.type === 'resource_already_exists_exception') {
      await client.indices.putAlias({ index, name: alias, is_write_index: true });
      return { index, created: false };
    }
    throw error;
  }
}

/** The videos index behind its alias. */
export function ensureIndex(client: Client, alias: string): Promise<{ index: string; created: boolean }> {
  return ensureAliasedIndex(client, indexTemplate(alias), alias, concreteIndexName(alias));
}
