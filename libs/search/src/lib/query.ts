import { z } from 'zod';
import { EMPTY_CONTEXT, type RegistryContext } from './alias-expansion';
import { MAX_CURSOR_CHARS } from './cursor';
import { HIT_SOURCE_FIELDS, SNIPPET_CHARS } from './hits';
import { parseUserQuery, type UserQuery } from './user-query';

/** Half of a surrogate pair without the other half: not a character, and not valid UTF-8 either. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Control characters and U+FFFD (what an invalid percent-encoding decodes to) never belong in a query. */
export const cleanText = (what: string) =>
  z
    .string()
    .refine((v) => !LONE_SURROGATE.test(v), `${what} has a lone UTF-16 surrogate: send valid Unicode`)
    .refine((v) => !/(?![\t\n\r])[\p{Cc}\uFFFD]/u.test(v), `${what} has control characters or invalid UTF-8 percent-encoding`);

/**
 * Search input as the gateway accepts it. Everything a user types is validated here and reaches
 * Elasticsearch only inside the query this module builds: never as raw query DSL.
 */
const many = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(z.array(cleanText('the value').pipe(z.string().trim().min(1).max(200))).max(20));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO 8601 date, e.g. 2021-06-08');

export const SearchParamsSchema = z
  .object({
    q: cleanText('q').pipe(z.string().trim().max(1000)).optional(),
    person: many.optional(),
    organization: many.optional(),
    location: many.optional(),
    source: many.optional(),
    language: many.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    sort: z.enum(['relevance', 'newest', 'oldest']).default('relevance'),
    size: z.coerce.number().int().min(1).max(100).default(10),
    /** The `nextCursor` of the previous page (see cursor.ts). */
    cursor: z.string().min(1).max(MAX_CURSOR_CHARS).optional(),
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

/**
 * Where undated documents sort: after every dated one, by explicit dates rather than `_last`,
 * whose ±2^63 sort values do not survive a JSON round trip through a cursor (JavaScript numbers).
 * Year 1000 and the last millisecond of 9999 are far outside any publication date.
 */
const UNDATED_FIRST_MS = Date.UTC(1000, 0, 1);
const UNDATED_LAST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** The body's best marked fragment, about as long as a snippet; its beginning when nothing in it matched. */
const BODY_HIGHLIGHT = { fragment_size: SNIPPET_CHARS, number_of_fragments: 1, no_match_size: SNIPPET_CHARS };

/** Top facet values returned with every search (people, organisations, places, sources of the matches). */
export const FACET_SIZE = 10;

/** The date facet counts months when the date filter spans at most this many, and years otherwise. */
export const MONTHLY_SPAN_MONTHS = 36;

export type DateInterval = 'year' | 'month';

/**
 * Years, so that a sidebar lists a dozen periods rather than a hundred months; months once
 * `from`/`to` narrow the search to three years or less (`from` alone: until today). Choosing a year
 * in the facet sets such a range, and its months follow.
 */
export function dateInterval(params: { from?: string; to?: string }, today = new Date()): DateInterval {
  if (!params.from) return 'year';
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  const span = month(params.to ?? today.toISOString()) - month(params.from) + 1;
  return span <= MONTHLY_SPAN_MONTHS ? 'month' : 'year';
}

/** The aggregations of every search: facets of all matches, not only of the page. */
export function facetAggs(interval: DateInterval) {
  return {
    people: { terms: { field: 'people', size: FACET_SIZE } },
    organizations: { terms: { field: 'organizations', size: FACET_SIZE } },
    locations: { terms: { field: 'locations', size: FACET_SIZE } },
    sources: { terms: { field: 'source', size: FACET_SIZE } },
    languages: { terms: { field: 'language', size: FACET_SIZE } },
    dates: { date_histogram: { field: 'publishedAt', calendar_interval: interval, format: interval === 'year' ? 'yyyy' : 'yyyy-MM', min_doc_count: 1 } },
  };
}

/** Folded, unstemmed fields: edit distances are measured on what the user typed, not on stems. */
const FUZZY_FIELDS = ['title.folded^2', 'body.folded'];
/**
 * Typo tolerance for longer words only: none under 4 characters, one edit up to 6, two from 7
 * ("Zelenskyy" finds "Zelensky"); the first letter must match, which keeps expansions cheap.
 */
const FUZZINESS = 'AUTO:4,7';
/** The fuzzy alternative ranks below exact matches of the same words. */
const FUZZY_BOOST = 0.3;

function simpleQuery(query: string) {
  return {
    simple_query_string: {
      query,
      fields: [...TEXT_FIELDS, ...LANGUAGE_FIELDS],
      default_operator: 'and' as const,
      flags: 'AND|OR|NOT|PHRASE|PRECEDENCE|WHITESPACE|ESCAPE|FUZZY',
      lenient: true,
    },
  };
}

/**
 * How the words of `q` are matched. `exact`: as typed (after analysis: stemming, accent folding).
 * `fuzzy`: as typed, or within one or two edits per longer word, exact matches ranked first. A
 * search runs `exact` first and `fuzzy` only when that finds nothing (see searchVideos): expanding
 * every word fuzzily was the largest single cost of a search, and mostly added noise to results
 * and facets of queries that were spelt right.
 */
export type TextMatching = 'exact' | 'fuzzy';

/** Words shorter than this are never matched fuzzily ("Fad" must not find "Fed"). */
const MIN_FUZZY_LENGTH = 4;

/** Whether a fuzzy retry could find more than the exact query: some positive word is long enough to be fuzzy. */
export function allowsFuzzy(q: string | UserQuery | undefined): boolean {
  const parsed = typeof q === 'string' ? parseUserQuery(q) : q;
  return parsed !== undefined && parsed.fuzzyWords.some((w) => w.length >= MIN_FUZZY_LENGTH);
}

/**
 * The user's text as alternatives of which one must match: simple_query_string of the normalised
 * syntax and, when fuzzy, a multi_match of its plain words within a few edits at a lower boost,
 * which still honours the exclusions (only when a word is long enough to be fuzzy at all).
 */
function textAlternatives(parsed: UserQuery, matching: TextMatching): object[] {
  const exact = simpleQuery(parsed.text);
  if (matching === 'exact' || !allowsFuzzy(parsed)) return [exact];
  const fuzzy = {
    bool: {
      must: [
        {
          multi_match: {
            query: parsed.fuzzyWords.join(' '),
            fields: FUZZY_FIELDS,
            fuzziness: FUZZINESS,
            prefix_length: 1,
            max_expansions: 20,
            operator: parsed.anyOf ? ('or' as const) : ('and' as const),
            boost: FUZZY_BOOST,
          },
        },
      ],
      must_not: parsed.excluded.map((x) => simpleQuery(x)),
    },
  };
  return [exact, fuzzy];
}

/**
 * What a highlighted field marks: the user's text analysed as that field analyses it (one field
 * per query: a query over all text fields cost several times the search itself), and, for fuzzy
 * results, the corrected spellings (see correctionsSuggest). Never a fuzzy query: expanding
 * one per hit and field made highlighting twenty times the cost of the search it decorates.
 */
function highlightQuery(field: string, parsed: UserQuery, corrections: readonly string[]): object {
  const exact = { simple_query_string: { ...simpleQuery(parsed.text).simple_query_string, fields: [field] } };
  if (corrections.length === 0) return exact;
  return { bool: { should: [exact, { match: { [field]: { query: corrections.join(' ') } } }] } };
}

/** Edits a word of this many characters may be away from what was typed (FUZZINESS, AUTO:4,7). */
function editsFor(word: string): number {
  const length = [...word].length;
  return length < MIN_FUZZY_LENGTH ? 0 : length < 7 ? 1 : 2;
}

/**
 * The closest indexed spelling of each word of `q` that is not in the index, within the edits the
 * fuzzy query allows (term suggester on the folded body, one per word): how the fuzzy retry marks
 * what it matched, and what it tells the user it searched for. Part of every exact search with
 * such words: a word that is in the index costs one term lookup (suggest_mode `missing`), and a
 * retry then needs no round trip of its own to learn the corrections.
 */
export function correctionsSuggest(parsed: UserQuery) {
  const words = [...new Set(parsed.fuzzyWords.filter((w) => editsFor(w) > 0))].slice(0, MAX_CORRECTED_WORDS);
  return Object.fromEntries(
    words.map((word, i) => [
      `w${i}`,
      { text: word, term: { field: 'body.folded', suggest_mode: 'missing' as const, max_edits: editsFor(word), prefix_length: 1, size: 1 } },
    ]),
  );
}

/** The total of a search answer, whichever form Elasticsearch gave it in. */
export function totalOf(answer: { hits: { total?: number | { value: number } } }): number {
  return typeof answer.hits.total === 'number' ? answer.hits.total : (answer.hits.total?.value ?? 0);
}

type Suggestions = Record<string, Array<{ text: string; options?: Array<{ text: string }> | { text: string } }>>;

/**
 * The corrections to retry fuzzily with, when an exact search's answer calls for it: it found
 * nothing, and some word of the query has a close indexed spelling (the suggestions that came with
 * it, see correctionsSuggest). Undefined otherwise: nothing was misspelt (the filters or the
 * combination of words found nothing), or the misspelling is too far off for the fuzzy query too.
 */
export function fuzzyRetryCorrections(answer: { hits: { total?: number | { value: number } }; suggest?: unknown }): Record<string, string> | undefined {
  if (totalOf(answer) > 0) return undefined;
  const corrections = readCorrections(answer.suggest as Suggestions | undefined);
  return Object.keys(corrections).length > 0 ? corrections : undefined;
}

/** At most this many words of one query are corrected. */
const MAX_CORRECTED_WORDS = 10;

/** typed → corrected, from the `suggest` of an answer (correctionsSuggest). */
export function readCorrections(suggest: Suggestions | undefined): Record<string, string> {
  const corrections: Record<string, string> = {};
  for (const entries of Object.values(suggest ?? {})) {
    for (const entry of entries) {
      const options = Array.isArray(entry.options) ? entry.options : entry.options ? [entry.options] : [];
      if (options[0] && options[0].text !== entry.text.toLowerCase()) corrections[entry.text] = options[0].text;
    }
  }
  return corrections;
}

/**
 * Builds the body of a search request: a narrow, known shape whatever the input. `registry` (from
 * the entity registry, see alias-expansion) widens it: a query that names a registered entity by
 * any alias also matches documents carrying that entity's canonical name, and a filter value that
 * is an alias matches the canonical name.
 */
export function buildSearchRequest(
  params: SearchParams,
  registry: RegistryContext = EMPTY_CONTEXT,
  matching: TextMatching = 'exact',
  /** Corrected spellings to mark in fuzzy results (readCorrections of the exact search's answer). */
  corrections: readonly string[] = [],
) {
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
      ? { bool: { filter: [{ terms: { [e.field]: e.values } }], must: [simpleQuery(parseUserQuery(e.rest).text)] } }
      : { constant_score: { filter: { terms: { [e.field]: e.values } } } },
  );
  const parsed = params.q === undefined ? undefined : parseUserQuery(params.q);
  const alternatives = parsed ? [...textAlternatives(parsed, matching), ...expansions] : [];
  const must: object[] =
    alternatives.length === 0 ? [{ match_all: {} }] : alternatives.length === 1 ? alternatives : [{ bool: { should: alternatives, minimum_should_match: 1 } }];
  const sort =
    params.sort === 'newest'
      ? [{ publishedAt: { order: 'desc' as const, missing: UNDATED_FIRST_MS } }, { id: 'asc' as const }]
      : params.sort === 'oldest'
        ? [{ publishedAt: { order: 'asc' as const, missing: UNDATED_LAST_MS } }, { id: 'asc' as const }]
        : ['_score' as const, { id: 'asc' as const }];
  return {
    size: params.size,
    track_total_hits: true,
    query: { bool: { must, filter } },
    sort,
    _source: HIT_SOURCE_FIELDS,
    aggs: facetAggs(dateInterval(params)),
    ...(matching === 'exact' && parsed && allowsFuzzy(parsed) && { suggest: correctionsSuggest(parsed) }),
    highlight: {
      pre_tags: ['<mark>'],
      post_tags: ['</mark>'],
      encoder: 'html' as const,
      // title and body are analysed with accent folding (vidx_english): their highlights cover
      // "Lopez" → "López" without highlighting the .folded sub-fields as well.
      fields: {
        title: { number_of_fragments: 0, ...(parsed && { highlight_query: highlightQuery('title', parsed, corrections) }) },
        body: { ...BODY_HIGHLIGHT, ...(parsed && { highlight_query: highlightQuery('body', parsed, corrections) }) },
      },
    },
  };
}

/** Most-like-this over title and body of one document, excluding the document itself. */
export function buildSimilarRequest(doc: { id: string; title: string; body: string }, size: number) {
  return {
    size,
    query: {
      bool: {
        must: [
          {
            more_like_this: {
              fields: ['title', 'body'],
              like: [doc.title, doc.body],
              // Small collections: a word seen once in one document can still be what two videos share.
              min_term_freq: 1,
              min_doc_freq: 1,
              max_query_terms: 25,
              // News videos share few words beyond names and topics: a handful of the 25 terms is a real likeness.
              minimum_should_match: '10%',
            },
          },
        ],
        must_not: [{ ids: { values: [doc.id] } }],
      },
    },
    _source: HIT_SOURCE_FIELDS,
    // The words the videos share, marked in the snippet.
    highlight: { pre_tags: ['<mark>'], post_tags: ['</mark>'], encoder: 'html' as const, fields: { body: BODY_HIGHLIGHT } },
  };
}

/** Titles whose words start with what was typed (folded edge n-grams of title.prefix). */
export function buildTitleSuggestRequest(prefix: string, size: number) {
  return {
    size,
    query: { match: { 'title.prefix': { query: prefix, operator: 'and' as const } } },
    _source: ['id', 'title', 'publishedAt', 'source'],
    sort: ['_score' as const, { publishedAt: { order: 'desc' as const, missing: '_last' as const } }],
  };
}
