import type { EnrichedDocument, EntityMention } from '@vidx/contracts';

/**
 * The benchmark corpus: N documents made from the dev fixtures' enriched documents (the shapes
 * the pipeline really produces), varied deterministically (seeded PRNG, same corpus every run):
 *
 * - title: a fixture title, with one word swapped for a word of another title and a suffix from a
 *   small set ("— live", "explained", "| full report") one time in three;
 * - body: 3–8 sentences drawn from the bodies of three fixtures (so topics mix and term
 *   statistics look like news text, not repetitions of 20 documents);
 * - entities: the people/organisations/places of the fixtures the sentences came from, plus one
 *   or two random ones from the whole pool; `entities` mentions rebuilt for those names;
 * - publishedAt: uniform over 2015-01-01 … 2025-12-31; source: one of the fixtures' sources or
 *   ten synthetic channels; language: the first fixture's.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUFFIXES = [' — live', ': explained', ' | full report', ' (analysis)'];
const CHANNELS = Array.from({ length: 10 }, (_, i) => `Bench News ${i + 1}`);
const FROM = Date.UTC(2015, 0, 1);
const TO = Date.UTC(2025, 11, 31);

function sentences(body: string): string[] {
  return body.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20);
}

export function generateCorpus(fixtures: readonly EnrichedDocument[], count: number, seed = 42): EnrichedDocument[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const pools = {
    people: [...new Set(fixtures.flatMap((d) => d.people))],
    organizations: [...new Set(fixtures.flatMap((d) => d.organizations))],
    locations: [...new Set(fixtures.flatMap((d) => d.locations))],
  };
  const sources = [...new Set(fixtures.map((d) => d.source).filter((s): s is string => Boolean(s))), ...CHANNELS];
  const titleWords = fixtures.flatMap((d) => d.title.split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w)));
  const out: EnrichedDocument[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = fixtures[i % fixtures.length];
    const mixed = [base, pick(fixtures), pick(fixtures)];
    const words = base.title.split(/\s+/);
    words[Math.floor(random() * words.length)] = pick(titleWords);
    const title = words.join(' ') + (random() < 0.33 ? pick(SUFFIXES) : '');
    const pool = mixed.flatMap((d) => sentences(d.body));
    const body = Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(pool.length > 0 ? pool : [base.body])).join(' ');
    const names = (key: keyof typeof pools) => [...new Set([...mixed.flatMap((d) => d[key]), ...(random() < 0.5 ? [pick(pools[key])] : [])].filter(Boolean))].slice(0, 8);
    const people = names('people');
    const organizations = names('organizations');
    const locations = names('locations');
    const entities: EntityMention[] = [
      ...people.map((n) => ({ type: 'PERSON' as const, n })),
      ...organizations.map((n) => ({ type: 'ORGANIZATION' as const, n })),
      ...locations.map((n) => ({ type: 'LOCATION' as const, n })),
    ].flatMap(({ type, n }) => {
      const start = body.indexOf(n);
      return start >= 0 ? [{ type, text: n, canonical: n, field: 'body' as const, start, end: start + n.length }] : [];
    });
    const publishedAt = new Date(FROM + Math.floor(random() * (TO - FROM))).toISOString();
    const id = `bench-${i.toString(36).padStart(4, '0')}`;
    out.push({
      ...base,
      id,
      videoId: id,
      title,
      description: body,
      body,
      publishedAt,
      source: pick(sources),
      people,
      organizations,
      locations,
      entities,
      pipeline: { ...base.pipeline, indexedAt: new Date().toISOString() },
    });
  }
  return out;
}
