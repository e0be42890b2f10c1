import type { EnrichedDocument, EntityMention } from '@vidx/contracts';

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

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** Top people, organisations and places of all matching documents (not only this page). */
  facets: { people: FacetValue[]; organizations: FacetValue[]; locations: FacetValue[] };
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
