import { z } from 'zod';
import { EMPTY_CONTEXT, type RegistryContext } from './alias-expansion';

/**
 * Search input as the gateway accepts it. Everything a user types is validated here and reaches
 * Elasticsearch only inside the query this module builds: never as raw query DSL.
 */
const many = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.string().trim().min(1).max(200)).max(20));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO 8601 date, e.g. 2021-06-08');

export const SearchParamsSchema = z
  .object({
    q: z.string().trim().max(1000).optional(),
    person: many.optional(),
    organization: many.optional(),
    location: many.optional(),
    source: many.optional(),
    language: many.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    sort: z.enum(['relevance', 'newest', 'oldest']).default('relevance'),
    size: z.coerce.number().int().min(1).max(100).default(10),
  })
  .strict();
export type SearchParams = z.infer<typeof SearchParamsSchema>;

const TEXT_FIELDS = ['title^3', 'title.folded^3', 'body', 'body.folded', 'source.text', 'people.prefix^0.5'];
const LANGUAGE_FIELDS = ['body.es', 'body.fr'];

const FILTER_FIELDS = {
  person: 'people',
  organization: 'organizations',
  location: 'locations',
  source: 'source',
  language: 'language',
} as const;

/** Top facet values returned with every search (people, organisations, places of the matches). */
export const FACET_SIZE = 10;

function textQuery(query: string) {
  return {
    simple_query_string: {
      query,
      fields: [...TEXT_FIELDS, ...LANGUAGE_FIELDS],
      default_operator: 'and' as const,
      flags: 'AND|OR|NOT|PHRASE|PRECEDENCE|WHITESPACE|ESCAPE',
      lenient: true,
    },
  };
}

/**
 * Builds the body of a search request: a narrow, known shape whatever the input. `registry` (from
 * the entity registry, see alias-expansion) widens it: a query that names a registered entity by
 * any alias also matches documents carrying that entity's canonical name, and a filter value that
 * is an alias matches the canonical name.
 */
export function buildSearchRequest(params: SearchParams, registry: RegistryContext = EMPTY_CONTEXT) {
  const filter: object[] = [];
  for (const [param, field] of Object.entries(FILTER_FIELDS)) {
    const values = params[param as keyof typeof FILTER_FIELDS];
    const aliases = registry.filterValues[param as keyof RegistryContext['filterValues']];
    // Repeated values of one filter narrow the result: every one must hold (AND).
    for (const value of values ?? []) {
      const accepted = aliases?.[value];
      filter.push(accepted ? { terms: { [field]: accepted } } : { term: { [field]: value } });
    }
  }
  if (params.from || params.to) {
    filter.push({ range: { publishedAt: { ...(params.from && { gte: params.from }), ...(params.to && { lte: params.to }) } } });
  }
  const expansions = registry.expansions.map((e) =>
    e.rest
      ? { bool: { filter: [{ terms: { [e.field]: e.values } }], must: [textQuery(e.rest)] } }
      : { constant_score: { filter: { terms: { [e.field]: e.values } } } },
  );
  const must: object[] = !params.q
    ? [{ match_all: {} }]
    : expansions.length === 0
      ? [textQuery(params.q)]
      : [{ bool: { should: [textQuery(params.q), ...expansions], minimum_should_match: 1 } }];
  const sort =
    params.sort === 'newest'
      ? [{ publishedAt: { order: 'desc' as const, missing: '_last' } }, { id: 'asc' as const }]
      : params.sort === 'oldest'
        ? [{ publishedAt: { order: 'asc' as const, missing: '_last' } }, { id: 'asc' as const }]
        : ['_score' as const, { id: 'asc' as const }];
  return {
    size: params.size,
    track_total_hits: true,
    query: { bool: { must, filter } },
    sort,
    _source: { excludes: ['description', 'removed'] },
    aggs: {
      people: { terms: { field: 'people', size: FACET_SIZE } },
      organizations: { terms: { field: 'organizations', size: FACET_SIZE } },
      locations: { terms: { field: 'locations', size: FACET_SIZE } },
    },
    highlight: {
      pre_tags: ['<mark>'],
      post_tags: ['</mark>'],
      encoder: 'html' as const,
      fields: {
        title: { number_of_fragments: 0 },
        'title.folded': { number_of_fragments: 0 },
        body: { fragment_size: 180, number_of_fragments: 2 },
        'body.folded': { fragment_size: 180, number_of_fragments: 2 },
      },
    },
  };
}
