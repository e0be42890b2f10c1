import type { EnrichedDocument, EntityMention, EntityType, StrippedDocument } from '@vidx/contracts';
import { extractEntities } from './extract';
import type { ExtractOptions } from './types';

const FACETS: Record<EntityType, 'people' | 'organizations' | 'locations' | 'dates' | 'percents' | 'money'> = {
  PERSON: 'people',
  ORGANIZATION: 'organizations',
  LOCATION: 'locations',
  DATE: 'dates',
  PERCENT: 'percents',
  MONEY: 'money',
};

/** Canonical names per type, de-duplicated, in first-mention order. */
export function facets(entities: readonly EntityMention[]): Pick<EnrichedDocument, 'people' | 'organizations' | 'locations' | 'dates' | 'percents' | 'money'> {
  const out = { people: [] as string[], organizations: [] as string[], locations: [] as string[], dates: [] as string[], percents: [] as string[], money: [] as string[] };
  for (const e of entities) {
    const list = out[FACETS[e.type]];
    if (!list.includes(e.canonical)) list.push(e.canonical);
  }
  return out;
}

/** The stripped document plus its entities and facet lists; `pipeline` is kept as given. */
export function enrich(doc: StrippedDocument, options?: ExtractOptions): EnrichedDocument {
  const entities = extractEntities(
    { title: doc.title, body: doc.body, publishedAt: doc.publishedAt, language: doc.language, source: doc.source },
    options,
  );
  return { ...doc, entities, ...facets(entities) };
}
