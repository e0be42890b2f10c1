import type { EnrichedDocument, EntityMention } from '@vidx/contracts';
import { entityId } from './registry';

/** One search result as the API returns it: our own shape, never Elasticsearch's. */
export interface SearchHit {
  id: string;
  score: number | null;
  title: string;
  publishedAt?: string;
  source?: string;
  url?: string;
  language: string;
  /** HTML-escaped text with matches wrapped in <mark>. */
  highlight: { title?: string; body: string[] };
  /** A plain-text excerpt of the body (the highlight when there is one). */
  snippet: string;
  people: string[];
  organizations: string[];
  locations: string[];
  entities: EntityMention[];
}

/** One facet value of the matching documents: an entity (registry id) and how many matches carry it. */
export interface FacetValue {
  id: string;
  name: string;
  count: number;
}

/** A facet value that is not an entity (a source, a language): the value and its count. */
export interface TermCount {
  name: string;
  count: number;
}

/** Matching documents per month of publication (`yyyy-MM`), oldest first, months without any left out. */
export interface MonthCount {
  month: string;
  count: number;
}

export interface Facets {
  people: FacetValue[];
  organizations: FacetValue[];
  locations: FacetValue[];
  sources: TermCount[];
  languages: TermCount[];
  months: MonthCount[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Top values of all matching documents (the query and filters, not only this page). */
  facets: Facets;
}

type Buckets = { buckets?: Array<{ key: string | number; key_as_string?: string; doc_count: number }> } | undefined;

/** Maps Elasticsearch's aggregations (FACET_AGGS) to our facets; absent aggregations are empty lists. */
export function toFacets(aggregations: Record<string, unknown> | undefined): Facets {
  const buckets = (name: string) => (aggregations?.[name] as Buckets)?.buckets ?? [];
  const entities = (name: string, type: 'PERSON' | 'ORGANIZATION' | 'LOCATION'): FacetValue[] =>
    buckets(name).map((b) => ({ id: entityId(type, String(b.key)), name: String(b.key), count: b.doc_count }));
  const terms = (name: string): TermCount[] => buckets(name).map((b) => ({ name: String(b.key), count: b.doc_count }));
  return {
    people: entities('people', 'PERSON'),
    organizations: entities('organizations', 'ORGANIZATION'),
    locations: entities('locations', 'LOCATION'),
    sources: terms('sources'),
    languages: terms('languages'),
    months: buckets('months')
      .filter((b) => b.doc_count > 0)
      .map((b) => ({ month: b.key_as_string ?? new Date(Number(b.key)).toISOString().slice(0, 7), count: b.doc_count })),
  };
}

interface RawHit {
  _id?: string;
  _score?: number | null;
  _source?: unknown;
  highlight?: Record<string, string[]>;
}

const SNIPPET_CHARS = 240;

/** Undoes the escaping of Elasticsearch's `html` highlight encoder, for the plain-text snippet. */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#x2F;': '/', '&#39;': "'" };
export function highlightToText(fragment: string): string {
  return fragment.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|#x27|#x2F|#39);/g, (m) => ENTITIES[m] ?? m);
}

function plainSnippet(body: string): string {
  if (body.length <= SNIPPET_CHARS) return body;
  const cut = body.lastIndexOf(' ', SNIPPET_CHARS);
  return `${body.slice(0, cut > 0 ? cut : SNIPPET_CHARS)}…`;
}

export function toSearchHit(hit: RawHit): SearchHit {
  const doc = hit._source as Partial<EnrichedDocument>;
  const body = doc.body ?? '';
  const bodyHighlight = hit.highlight?.body ?? hit.highlight?.['body.folded'] ?? [];
  const titleHighlight = hit.highlight?.title?.[0] ?? hit.highlight?.['title.folded']?.[0];
  return {
    id: hit._id ?? doc.id ?? '',
    score: hit._score ?? null,
    title: doc.title ?? '',
    publishedAt: doc.publishedAt,
    source: doc.source,
    url: doc.url,
    language: doc.language ?? 'und',
    highlight: { title: titleHighlight, body: bodyHighlight },
    snippet: bodyHighlight.length > 0 ? highlightToText(bodyHighlight.join(' … ')) : plainSnippet(body),
    people: doc.people ?? [],
    organizations: doc.organizations ?? [],
    locations: doc.locations ?? [],
    entities: doc.entities ?? [],
  };
}
