import { fold } from './fold';
import { COUNTRIES, US_STATE_CODES } from './data/gazetteer';

/**
 * A national body named bare ("the Supreme Court", "Parliament", "the Senate") is the alias table's
 * one (the United States', the United Kingdom's) unless the document is about another country's:
 * "Israel's Supreme Court", "the Indian Parliament", or a document whose places are all another
 * country's ("… in Islamabad … Pakistan's … the Supreme Court"). Then it is that country's body.
 */
interface NationalBody {
  /** The country the alias table's canonical belongs to. */
  home: string;
  /** How the body is written bare (folded). */
  bare: readonly string[];
  /** Its canonical name for another country. */
  of(country: string): string;
}

const BODIES: Readonly<Record<string, NationalBody>> = {
  'Supreme Court of the United States': { home: 'United States', bare: ['supreme court'], of: (c) => `Supreme Court of ${withArticle(c)}` },
  'Parliament of the United Kingdom': { home: 'United Kingdom', bare: ['parliament'], of: (c) => `Parliament of ${withArticle(c)}` },
  'United States Senate': { home: 'United States', bare: ['senate'], of: (c) => `Senate of ${withArticle(c)}` },
  'United States House of Representatives': { home: 'United States', bare: ['house of representatives'], of: (c) => `House of Representatives of ${withArticle(c)}` },
};

/** Countries named with "the": "Supreme Court of the Philippines". */
const WITH_ARTICLE = new Set(['United States', 'United Kingdom', 'Philippines', 'Netherlands', 'United Arab Emirates', 'Democratic Republic of the Congo', 'Czech Republic', 'Dominican Republic', 'Central African Republic', 'Gambia', 'Bahamas', 'Maldives']);

function withArticle(country: string): string {
  return WITH_ARTICLE.has(country) ? `the ${country}` : country;
}

/** Country names and their aliases (folded) → the canonical country name. */
const COUNTRY_BY_NAME = new Map<string, string>(
  COUNTRIES.flatMap((line) => {
    const [canonical, ...aliases] = line.split('|');
    return [canonical, ...aliases].map((name) => [fold(name), canonical] as [string, string]);
  }),
);

/** Whether a canonical name is a country's ("Argentina", "United Kingdom"). */
export function isCountry(canonical: string): boolean {
  return COUNTRY_BY_NAME.get(fold(canonical)) === canonical;
}

/** Places whose country the document's other places vote for: states, provinces and the cities of national bodies. */
const PLACES_BY_COUNTRY: Readonly<Record<string, readonly string[]>> = {
  'United States': [...Object.values(US_STATE_CODES), 'New York City', 'Los Angeles', 'Chicago'],
  'United Kingdom': ['London', 'Westminster', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  India: ['New Delhi', 'Mumbai', 'Kolkata', 'Chennai', 'Bengaluru'],
  Pakistan: ['Islamabad', 'Karachi', 'Lahore', 'Rawalpindi'],
  Israel: ['Jerusalem', 'Tel Aviv'],
  Canada: ['Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Ontario', 'Quebec', 'Alberta', 'British Columbia'],
  Australia: ['Canberra', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'New South Wales', 'Queensland'],
  Kenya: ['Nairobi', 'Mombasa'],
  Nigeria: ['Abuja', 'Lagos'],
  Philippines: ['Manila'],
  Brazil: ['Brasília', 'São Paulo', 'Rio de Janeiro'],
  Mexico: ['Mexico City'],
  'South Korea': ['Seoul'],
  Japan: ['Tokyo'],
  'South Africa': ['Pretoria', 'Cape Town', 'Johannesburg'],
  Bangladesh: ['Dhaka'],
  'Sri Lanka': ['Colombo'],
  Nepal: ['Kathmandu'],
};
const PLACE_COUNTRY = new Map<string, string>(Object.entries(PLACES_BY_COUNTRY).flatMap(([country, places]) => places.map((place) => [place, country] as [string, string])));

/** Nationalities written before the body: "the Indian Supreme Court", "the Israeli Parliament". */
const NATIONALITY = new Map<string, string>(
  Object.entries({
    American: 'United States', British: 'United Kingdom', Indian: 'India', Pakistani: 'Pakistan', Israeli: 'Israel', Canadian: 'Canada',
    Australian: 'Australia', Kenyan: 'Kenya', Nigerian: 'Nigeria', Brazilian: 'Brazil', Mexican: 'Mexico', Filipino: 'Philippines',
    Philippine: 'Philippines', Japanese: 'Japan', Ukrainian: 'Ukraine', Georgian: 'Georgia', Irish: 'Ireland', Italian: 'Italy',
    Spanish: 'Spain', Polish: 'Poland', Hungarian: 'Hungary', Argentine: 'Argentina', Colombian: 'Colombia', Peruvian: 'Peru',
    Chilean: 'Chile', Venezuelan: 'Venezuela', Bangladeshi: 'Bangladesh', Nepali: 'Nepal', Malaysian: 'Malaysia', Thai: 'Thailand',
    Ghanaian: 'Ghana', Ugandan: 'Uganda', Zimbabwean: 'Zimbabwe', Iraqi: 'Iraq', Lebanese: 'Lebanon', Jordanian: 'Jordan',
  }).map(([demonym, country]) => [fold(demonym), country]),
);

/** The channels of one country's news: their documents lean that country's way. */
const SOURCE_COUNTRY: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:ABC News \(Australia\)|ABC News In-depth|Sky News Australia|9 News|7NEWS|SBS News)\b/i, 'Australia'],
  [/\b(?:BBC|Sky News|Guardian|Channel 4 News|ITV|Telegraph|GB News|TLDR News|The Independent)\b/i, 'United Kingdom'],
  [/\b(?:WION|NDTV|India Today|Times of India|Hindustan Times|Zee News|Mirror Now|Republic World)\b/i, 'India'],
  [/\b(?:CBC|CTV|Global News)\b/i, 'Canada'],
  [/\b(?:Geo News|Dawn News|ARY News)\b/i, 'Pakistan'],
  [/\b(?:Times of Israel|i24NEWS|Haaretz)\b/i, 'Israel'],
];

/** A mention of a name, as the country vote reads it. */
export interface PlaceMention {
  type: string;
  canonical: string;
}

/** One document's votes: each place mention for its country, the channel for its own twice. */
export function countryVotes(places: readonly PlaceMention[], source: string | undefined): Map<string, number> {
  const votes = new Map<string, number>();
  const add = (country: string | undefined, n: number) => {
    if (country) votes.set(country, (votes.get(country) ?? 0) + n);
  };
  for (const p of places) if (p.type === 'LOCATION') add(COUNTRY_BY_NAME.get(fold(p.canonical)) ?? PLACE_COUNTRY.get(p.canonical), 1);
  if (source) add(SOURCE_COUNTRY.find(([re]) => re.test(source))?.[1], 2);
  return votes;
}

/** Whether the canonical is a national body a bare mention may name another country's of. */
export function isNationalBody(canonical: string, text: string): boolean {
  const body = BODIES[canonical];
  return body !== undefined && body.bare.includes(fold(text).replace(/\s+/g, ' '));
}

/**
 * The country the text right before a bare mention names: a possessive ("Israel's", "India’s")
 * or a nationality ("Indian", "Israeli"), after "the" or not. Undefined for anything else.
 */
export function countryBefore(before: string): string | undefined {
  const possessive = /([\p{L}.][\p{L}. -]{0,30}?)['’]s\s+$/u.exec(before);
  if (possessive) {
    const words = possessive[1].trim().split(/\s+/);
    for (let k = Math.max(0, words.length - 3); k < words.length; k += 1) {
      const hit = COUNTRY_BY_NAME.get(fold(words.slice(k).join(' ')));
      if (hit) return hit;
    }
    return undefined;
  }
  const adjective = /(\p{L}+)\s+$/u.exec(before);
  return adjective ? NATIONALITY.get(fold(adjective[1])) : undefined;
}

/**
 * The canonical of a bare national body in this document: the country a mention names before it
 * wins; else the document's places, when none is the body's home country and one other country
 * has two votes or more and more than any other; else the alias table's.
 */
export function nationalCanonical(canonical: string, attached: readonly string[], votes: ReadonlyMap<string, number>): string {
  const body = BODIES[canonical];
  if (!body) return canonical;
  const named = attached[0];
  if (named) return named === body.home ? canonical : body.of(named);
  if ((votes.get(body.home) ?? 0) > 0) return canonical;
  const country = documentCountry(votes);
  return country ? body.of(country) : canonical;
}

/** The country a document is about: two votes or more, and more than any other; else undefined. */
export function documentCountry(votes: ReadonlyMap<string, number>): string | undefined {
  const [best, second] = [...votes].sort((a, b) => b[1] - a[1]);
  return !best || best[1] < 2 || (second && second[1] === best[1]) ? undefined : best[0];
}

/** The countries whose own currency a bare "$" names in their news. */
const LOCAL_DOLLAR: Readonly<Record<string, string>> = { Australia: 'AUD', Canada: 'CAD', 'New Zealand': 'NZD', Singapore: 'SGD', 'Hong Kong': 'HKD' };

/**
 * The currency of a bare "$" or "dollars" in a document about Australia, Canada, New Zealand,
 * Singapore or Hong Kong (its places and channel, none of the United States'); undefined elsewhere.
 */
export function localDollar(votes: ReadonlyMap<string, number>): string | undefined {
  if ((votes.get('United States') ?? 0) > 0) return undefined;
  const country = documentCountry(votes);
  return country ? LOCAL_DOLLAR[country] : undefined;
}

/**
 * A body named with its nationality, "the Indian Parliament", "the Israeli Supreme Court": its
 * country's body, as `{ body, country, canonical }`; undefined for any other name.
 */
export function nationalBodyNamed(text: string): { body: string; country: string; canonical: string } | undefined {
  const m = /^(\p{L}+)\s+(.+)$/u.exec(text.trim());
  const country = m ? NATIONALITY.get(fold(m[1])) : undefined;
  if (!m || !country) return undefined;
  const rest = fold(m[2]).replace(/\s+/g, ' ');
  for (const [body, national] of Object.entries(BODIES)) {
    if (national.bare.includes(rest)) return { body, country, canonical: country === national.home ? body : national.of(country) };
  }
  return undefined;
}
