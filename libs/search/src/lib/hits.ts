import type { EnrichedDocument } from '@vidx/contracts';
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
  /**
   * HTML-escaped excerpts with the matched words wrapped in <mark>: `title` when the title matched
   * (absent otherwise); `body` the body's best-matching fragment, else its beginning (then without
   * marks), cut at a word of about SNIPPET_CHARS characters; empty only for an empty body. One
   * excerpt for pages and programs alike (excerptToText makes it plain text): a second, plain copy
   * of it in every hit made answers a sixth longer.
   */
  highlight: { title?: string; body: string[] };
  /**
   * The document's entities, canonical values per type (what facets and filters use): people,
   * organisations and places by name, dates as TIMEX values, money and percentages normalised.
   * Where each is mentioned is in the full document (GET /v1/videos/:id, `entities`).
   */
  people: string[];
  organizations: string[];
  locations: string[];
  dates: string[];
  money: string[];
  percents: string[];
}

/**
 * The fields of `_source` a hit is made of: not the body (its snippet comes from the highlighter,
 * which returns the beginning of the body when nothing in it matched), not the mention list:
 * reading the JSON of fields it then threw away was the gateway's largest cost per search.
 */
export const HIT_SOURCE_FIELDS = ['title', 'publishedAt', 'source', 'url', 'language', 'people', 'organizations', 'locations', 'dates', 'percents', 'money'];

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

/**
 * Matching documents per period of publication, oldest first, periods without any left out: a
 * year (`2021`), or a month (`2021-06`) when the date filter spans three years or less. `from` and
 * `to` are the period's first and last day, ready to pass back as the search's `from`/`to`.
 */
export interface DateCount {
  period: string;
  from: string;
  to: string;
  count: number;
}

export interface Facets {
  people: FacetValue[];
  organizations: FacetValue[];
  locations: FacetValue[];
  sources: TermCount[];
  languages: TermCount[];
  dates: DateCount[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Top values of all matching documents (the query and filters, not only this page). */
  facets: Facets;
  /**
   * True when no document matched the words of `q` as typed, and these results allow one edit per
   * word of 4–6 letters and two from 7 letters ("Obador" finds "Obrador"), exact matches first.
   */
  fuzzy: boolean;
  /** With fuzzy results: the closest indexed spelling of each word that is not in the index (typed → corrected). */
  corrections?: Record<string, string>;
}

type Buckets = { buckets?: Array<{ key?: string | number; key_as_string?: string; doc_count: number }> } | undefined;

/** A year (`2021`) or a month (`2021-06`) and its first and last day. */
export function periodRange(period: string): { period: string; from: string; to: string } {
  const year = Number(period.slice(0, 4));
  if (period.length === 4) return { period, from: `${period}-01-01`, to: `${period}-12-31` };
  const month = Number(period.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { period, from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
}

/** Maps Elasticsearch's aggregations (facetAggs) to our facets; absent aggregations are empty lists. */
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
    dates: buckets('dates')
      .filter((b) => b.doc_count > 0 && b.key_as_string !== undefined)
      .map((b) => ({ ...periodRange(String(b.key_as_string)), count: b.doc_count })),
  };
}

interface RawHit {
  _id?: string;
  _score?: number | null;
  _source?: unknown;
  highlight?: Record<string, string[]>;
}

/** About how long the body's excerpt is, also when nothing in it matched (the highlighter's fragment and no_match_size). */
export const SNIPPET_CHARS = 240;

/** What Elasticsearch's `html` highlight encoder escapes. */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#x2F;': '/', '&#39;': "'" };
/** An excerpt as plain text: the marks dropped and the encoder's escaping undone. */
export function highlightToText(fragment: string): string {
  return fragment.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|#x27|#x2F|#39);/g, (m) => ENTITIES[m] ?? m);
}

/**
 * A hit's body excerpt (`highlight.body`) as one line of plain text, ending in "…" where the
 * excerpt stops mid-sentence (excerpts are cut at a word).
 */
export function excerptToText(fragments: readonly string[]): string {
  const text = highlightToText(fragments.join(' … ')).trim();
  return text === '' || /[.!?…"'’”)\]]$/.test(text) ? text : `${text}…`;
}

const MARK = '<mark>';

export function toSearchHit(hit: RawHit): SearchHit {
  const doc = hit._source as Partial<EnrichedDocument>;
  const title = hit.highlight?.title?.[0];
  const titleHighlight = title?.includes(MARK) ? title : undefined;
  return {
    id: hit._id ?? doc.id ?? '',
    score: hit._score ?? null,
    title: doc.title ?? '',
    publishedAt: doc.publishedAt,
    source: doc.source,
    url: doc.url,
    language: doc.language ?? 'und',
    highlight: { title: titleHighlight, body: hit.highlight?.body ?? [] },
    people: doc.people ?? [],
    organizations: doc.organizations ?? [],
    locations: doc.locations ?? [],
    dates: doc.dates ?? [],
    money: doc.money ?? [],
    percents: doc.percents ?? [],
  };
}
