import { createHash } from 'node:crypto';
import type { EnrichedDocument, EntityType } from '@vidx/contracts';
import { curatedAliases, nameKey, type AliasEntry, type NameType } from '@vidx/entities';
import { INDEX_SETTINGS } from './mapping';

/**
 * The entity registry: one Elasticsearch document per canonical entity (person, organisation,
 * place) seen in indexed videos, with a stable id, its type, the canonical spellings documents
 * carry and every alias seen in text or listed in the curated alias table. It holds no counts:
 * document counts are aggregated from the videos index when asked, so redelivery, replay and
 * deletes can never make them wrong.
 */
export const REGISTRY_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION'] as const satisfies readonly NameType[];

/** The videos index field holding a type's canonical names (the facet the registry counts on). */
export const FACET_FIELD: Record<NameType, 'people' | 'organizations' | 'locations'> = {
  PERSON: 'people',
  ORGANIZATION: 'organizations',
  LOCATION: 'locations',
};

export function registryAlias(videosAlias: string): string {
  return `${videosAlias}-entities`;
}

/** Bumped when the registry mapping changes incompatibly. */
export const REGISTRY_MAPPING_VERSION = 1;

/** `<alias>-entities-v1`: outside the videos template's `<alias>-v*` pattern. */
export function registryIndexName(videosAlias: string, version = REGISTRY_MAPPING_VERSION): string {
  return `${registryAlias(videosAlias)}-v${version}`;
}

export function registryTemplateName(videosAlias: string): string {
  return `${registryAlias(videosAlias)}-template`;
}

/** Longest alias kept; longer "names" are extraction noise and would only bloat the record. */
const MAX_ALIAS_CHARS = 200;
/** Aliases kept per entity: enough for spelling variants, bounded against a runaway extractor. */
export const MAX_ALIASES = 200;

/** Keyword with an autocomplete sub-field (folded edge n-grams) like the videos facets. */
const suggestable = {
  type: 'keyword',
  fields: { prefix: { type: 'text', analyzer: 'vidx_prefix', search_analyzer: 'vidx_folded' } },
} as const;

export const REGISTRY_MAPPINGS = {
  dynamic: 'strict',
  properties: {
    id: { type: 'keyword' },
    type: { type: 'keyword' },
    /** Display name: the first canonical spelling registered (the curated one for table entities). */
    canonical: suggestable,
    /** Every exact canonical spelling documents carry for this entity: what facet filters match. */
    variants: { type: 'keyword' },
    /** Other names: seen in text ("AMLO", "López Obrador") or curated. */
    aliases: suggestable,
    /** nameKey() of the canonical and of every alias: what query words are looked up in. */
    aliasKeys: { type: 'keyword' },
    updatedAt: { type: 'date' },
  },
} as const;

export function registryTemplate(videosAlias: string) {
  return {
    name: registryTemplateName(videosAlias),
    index_patterns: [`${registryAlias(videosAlias)}-v*`],
    priority: 100,
    template: { settings: INDEX_SETTINGS, mappings: REGISTRY_MAPPINGS },
    _meta: { owner: 'vidx', mappingVersion: REGISTRY_MAPPING_VERSION },
  };
}

export interface RegistryEntity {
  id: string;
  type: NameType;
  canonical: string;
  variants: string[];
  aliases: string[];
  aliasKeys: string[];
  updatedAt: string;
}

/** What one batch of documents teaches the registry about one entity. */
export interface RegistryUpdate {
  id: string;
  type: NameType;
  canonical: string;
  variants: string[];
  aliases: string[];
}

const TYPE_PREFIX: Record<NameType, string> = { PERSON: 'p', ORGANIZATION: 'o', LOCATION: 'l' };

/**
 * Stable entity id: type initial + "-" + the first 20 hex digits of SHA-256("TYPE:" + nameKey(canonical)).
 * The same on every machine and run; spellings that fold alike ("López Obrador" / "LOPEZ OBRADOR")
 * share it, so they are one registry entry.
 */
export function entityId(type: NameType, canonical: string): string {
  const key = `${type}:${canonical}`;
  let id = ENTITY_IDS.get(key);
  if (id === undefined) {
    id = `${TYPE_PREFIX[type]}-${createHash('sha256').update(`${type}:${nameKey(canonical)}`).digest('hex').slice(0, 20)}`;
    if (ENTITY_IDS.size >= ENTITY_IDS_MAX) ENTITY_IDS.clear();
    ENTITY_IDS.set(key, id);
  }
  return id;
}

/** Ids of recently seen names: every search answer carries thirty facet values, mostly the same ones. */
const ENTITY_IDS = new Map<string, string>();
const ENTITY_IDS_MAX = 10_000;

function isNameType(type: EntityType): type is NameType {
  return (REGISTRY_TYPES as readonly string[]).includes(type);
}

/** A mention's text as an alias: possessives and spacing normalised; undefined if unusable. */
export function aliasOf(text: string): string | undefined {
  const alias = text.replace(/\s+/g, ' ').replace(/['’]s$/u, '').trim();
  return alias && alias.length <= MAX_ALIAS_CHARS && /\p{L}/u.test(alias) ? alias : undefined;
}

/**
 * Registry updates for indexed documents, one per entity (merged across the documents): the
 * canonical spellings, the aliases the texts used and the curated aliases (built-in table plus
 * the deployment's `extra` entries).
 */
export function registryUpdates(docs: readonly EnrichedDocument[], extra: readonly AliasEntry[] = []): RegistryUpdate[] {
  const byId = new Map<string, RegistryUpdate>();
  for (const doc of docs) {
    for (const mention of doc.entities) {
      if (!isNameType(mention.type)) continue;
      const id = entityId(mention.type, mention.canonical);
      let update = byId.get(id);
      if (!update) {
        update = { id, type: mention.type, canonical: mention.canonical, variants: [], aliases: [...curatedAliases(mention.type, mention.canonical, extra)] };
        byId.set(id, update);
      }
      if (!update.variants.includes(mention.canonical)) update.variants.push(mention.canonical);
      const alias = aliasOf(mention.text);
      if (alias && !update.aliases.includes(alias)) update.aliases.push(alias);
    }
  }
  return [...byId.values()];
}

/** Registry updates that only add the curated aliases of table entries (for entities already registered). */
export function curatedUpdates(entries: readonly AliasEntry[]): RegistryUpdate[] {
  return entries.map((entry) => ({ id: entityId(entry.type, entry.canonical), type: entry.type, canonical: entry.canonical, variants: [], aliases: [...entry.aliases] }));
}

/**
 * The registry entity after an update, or null when the update adds nothing (so redelivered and
 * replayed documents cause no write at all). Aliases are de-duplicated by nameKey, the canonical
 * is not repeated among them, first-seen spellings are kept.
 */
export function mergeEntity(existing: RegistryEntity | undefined, update: RegistryUpdate, now: string): RegistryEntity | null {
  const canonical = existing?.canonical ?? update.canonical;
  const variants = [...(existing?.variants ?? [])];
  for (const v of update.variants) if (!variants.includes(v)) variants.push(v);
  const keys = new Set([nameKey(canonical)]);
  const aliases: string[] = [];
  for (const alias of [...(existing?.aliases ?? []), ...update.aliases]) {
    const key = nameKey(alias);
    if (!key || keys.has(key) || aliases.length >= MAX_ALIASES) continue;
    keys.add(key);
    aliases.push(alias);
  }
  for (const v of variants) keys.add(nameKey(v));
  const aliasKeys = [...keys];
  if (existing && variants.length === existing.variants.length && aliases.length === existing.aliases.length && aliasKeys.length === existing.aliasKeys.length) return null;
  return { id: update.id, type: update.type, canonical, variants, aliases, aliasKeys, updatedAt: now };
}
