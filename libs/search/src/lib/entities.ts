import type { Client } from '@elastic/elasticsearch';
import { z } from 'zod';
import { REGISTRY_TYPES, type RegistryEntity } from './registry';
import { countDocuments, getEntities, suggestEntities, topEntities } from './registry-store';

/** `GET /v1/entities` input: validated here, reaches Elasticsearch only inside the queries below. */
export const EntityParamsSchema = z
  .object({
    type: z.enum(REGISTRY_TYPES).optional(),
    prefix: z.string().trim().min(1, 'must not be empty').max(100).optional(),
    size: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();
export type EntityParams = z.infer<typeof EntityParamsSchema>;

/** Entity ids are `p-`, `o-` or `l-` and 20 hex digits (see entityId). */
export const ENTITY_ID = /^[pol]-[0-9a-f]{20}$/;

export interface EntitySummary {
  id: string;
  type: (typeof REGISTRY_TYPES)[number];
  canonical: string;
  aliases: string[];
  /** Documents in the index that carry the entity now (not messages: redelivery never counts twice). */
  documents: number;
}

/** Registry candidates looked at for a prefix before ranking them by document count. */
const CANDIDATES = 50;

function summary(entity: RegistryEntity, documents: number): EntitySummary {
  return { id: entity.id, type: entity.type, canonical: entity.canonical, aliases: entity.aliases, documents };
}

/**
 * Autocomplete and top entities. With a prefix: registry entries whose canonical name or any alias
 * starts with it (folded, word by word: "lop ob", "aml"), ranked by how many indexed documents
 * carry them; entities no document carries any more are left out. Without: the most frequent
 * entities of the index, with their registry aliases.
 */
export async function listEntities(client: Client, alias: string, params: EntityParams): Promise<{ entities: EntitySummary[] }> {
  const types = params.type ? [params.type] : [...REGISTRY_TYPES];
  if (params.prefix) {
    const candidates = await suggestEntities(client, alias, { prefix: params.prefix, types, size: CANDIDATES });
    const counts = await countDocuments(client, alias, candidates);
    const ranked = candidates
      .map((e, rank) => ({ e, rank, documents: counts.get(e.id) ?? 0 }))
      .filter((x) => x.documents > 0)
      .sort((a, b) => b.documents - a.documents || a.rank - b.rank);
    return { entities: ranked.slice(0, params.size).map((x) => summary(x.e, x.documents)) };
  }
  const top = await topEntities(client, alias, types, params.size);
  const registered = await getEntities(client, alias, top.map((t) => t.id));
  const seen = new Set<string>();
  const entities = top
    .sort((a, b) => b.documents - a.documents || a.canonical.localeCompare(b.canonical))
    .filter((t) => !seen.has(t.id) && seen.add(t.id))
    .slice(0, params.size)
    .map((t) => ({ id: t.id, type: t.type, canonical: registered.get(t.id)?.canonical ?? t.canonical, aliases: registered.get(t.id)?.aliases ?? [], documents: t.documents }));
  return { entities };
}

/** One registered entity with its current document count, or null. */
export async function getEntity(client: Client, alias: string, id: string): Promise<EntitySummary | null> {
  const entity = (await getEntities(client, alias, [id])).get(id);
  if (!entity) return null;
  return summary(entity, (await countDocuments(client, alias, [entity])).get(id) ?? 0);
}
