/**
 * The index template of the videos index, applied explicitly on start (never dynamic mapping:
 * `dynamic: strict` makes a document that does not fit fail loudly instead of adding fields).
 *
 * Analysis uses only names the stock analysis-common module registers (`english`, `spanish`,
 * `french`, `asciifolding`, `edge_ngram`, `lowercase`): on a stock cluster they come from that
 * module, on the local Maven-Central distribution from the project's analysis plugin
 * (infra/elasticsearch/analysis-plugin). No mapper-extras, no scripts.
 */
/** One template per alias, so several environments can share a cluster. */
export function indexTemplateName(alias: string): string {
  return `${alias}-template`;
}

/**
 * Bumped when the mapping or analysis changes; recorded in each index's mapping `_meta`. An index
 * made by an older version keeps working but lacks what changed until `vidx reindex` rebuilds it
 * (the indexer says so at start). 2: title and body analysed with accent folding (vidx_english).
 */
export const MAPPING_VERSION = 2;

/** `<alias>-v<generation>`: generation 1 is the first index, each `vidx reindex` makes the next. */
export function concreteIndexName(alias: string, generation = 1): string {
  return `${alias}-v${generation}`;
}

/**
 * The alias the indexer writes through (`is_write_index` on exactly one index). Separate from the
 * read alias so a reindex can send live writes to the new index while searches still read the
 * old one, then swap the read alias alone.
 */
export function writeAliasName(alias: string): string {
  return `${alias}-write`;
}

/** The version N of a concrete index `<alias>-vN`, or undefined for any other name. */
export function indexVersionOf(alias: string, index: string): number | undefined {
  const prefix = `${alias}-v`;
  if (!index.startsWith(prefix)) return undefined;
  const rest = index.slice(prefix.length);
  return /^\d+$/.test(rest) ? Number(rest) : undefined;
}

const keyword = { type: 'keyword' } as const;
const notIndexed = { type: 'object', enabled: false } as const;

/** A keyword facet field with a prefix sub-field for autocomplete. */
const facet = {
  type: 'keyword',
  fields: { prefix: { type: 'text', analyzer: 'vidx_prefix', search_analyzer: 'vidx_folded' } },
} as const;

/**
 * English-analysed text, accent-folded ("Lopez" finds and highlights "López"), with an unstemmed
 * folded sub-field (exact word forms rank higher; typo tolerance measures edits on it) and
 * Spanish and French sub-fields.
 */
const text = {
  type: 'text',
  analyzer: 'vidx_english',
  fields: {
    folded: { type: 'text', analyzer: 'vidx_folded' },
    es: { type: 'text', analyzer: 'spanish' },
    fr: { type: 'text', analyzer: 'french' },
  },
} as const;

export const INDEX_SETTINGS = {
  number_of_shards: 1,
  number_of_replicas: 0,
  analysis: {
    filter: {
      vidx_edge: { type: 'edge_ngram', min_gram: 1, max_gram: 20 },
      vidx_english_possessive: { type: 'stemmer', language: 'possessive_english' },
      vidx_english_stop: { type: 'stop', stopwords: '_english_' },
      vidx_english_stem: { type: 'stemmer', language: 'english' },
    },
    analyzer: {
      // The stock `english` analyzer (possessives, lowercase, stop words, Porter stemmer) with accent folding.
      vidx_english: {
        type: 'custom',
        tokenizer: 'standard',
        filter: ['vidx_english_possessive', 'lowercase', 'asciifolding', 'vidx_english_stop', 'vidx_english_stem'],
      },
      vidx_folded: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'asciifolding'] },
      vidx_prefix: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'asciifolding', 'vidx_edge'] },
    },
  },
} as const;

export const VIDEO_MAPPINGS = {
  dynamic: 'strict',
  _meta: { mappingVersion: MAPPING_VERSION },
  properties: {
    schemaVersion: { type: 'integer' },
    id: keyword,
    videoId: keyword,
    format: keyword,
    title: {
      ...text,
      fields: { ...text.fields, prefix: { type: 'text', analyzer: 'vidx_prefix', search_analyzer: 'vidx_folded' }, raw: keyword },
    },
    publishedAt: { type: 'date', format: 'strict_date_optional_time' },
    source: { type: 'keyword', fields: { text: { type: 'text', analyzer: 'vidx_folded' } } },
    url: { type: 'keyword', index: false },
    tags: keyword,
    language: keyword,
    description: { type: 'text', index: false },
    body: text,
    removed: notIndexed,
    links: keyword,
    hashtags: keyword,
    chapters: notIndexed,
    sponsors: keyword,
    entities: notIndexed,
    people: facet,
    organizations: facet,
    locations: facet,
    dates: keyword,
    percents: keyword,
    money: keyword,
    pipeline: {
      properties: {
        cleanedAt: { type: 'date' },
        strippedAt: { type: 'date' },
        enrichedAt: { type: 'date' },
        indexedAt: { type: 'date' },
      },
    },
  },
} as const;

export function indexTemplate(alias: string) {
  return {
    name: indexTemplateName(alias),
    index_patterns: [`${alias}-v*`],
    priority: 100,
    template: { settings: INDEX_SETTINGS, mappings: VIDEO_MAPPINGS },
    _meta: { owner: 'vidx', mappingVersion: MAPPING_VERSION },
  };
}
