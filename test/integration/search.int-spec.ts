import type { EnrichedDocument } from '@vidx/contracts';
import { ElasticsearchSink, ensureIndex, getVideo, searchVideos, SearchParamsSchema } from '@vidx/search';
import { useTestIndex } from './support';

function doc(id: string, title: string, body: string, extra: Partial<EnrichedDocument> = {}): EnrichedDocument {
  return {
    schemaVersion: 1, id, format: 'json', title, tags: [], language: 'en', description: body, pipeline: {},
    body, removed: [], links: [], hashtags: [], chapters: [], sponsors: [],
    entities: [], people: [], organizations: [], locations: [], dates: [], percents: [], money: [],
    ...extra,
  };
}

/** The mapping (with the analysis it needs), bulk writes item by item, and queries, on a real cluster. */
describe('search index', () => {
  const { es, alias } = useTestIndex('search-it');

  it('is idempotent to set up', async () => {
    expect((await ensureIndex(es, alias)).created).toBe(false);
  });

  it('writes good items and returns a bad one alone, then finds by folded, stemmed words and filters', async () => {
    const sink = new ElasticsearchSink({ client: es, alias });
    const records = [
      { key: 'a', value: doc('a', 'Harris meets López Obrador', 'The leaders discussed migration in Mexico City.', { people: ['Kamala Harris'], publishedAt: '2021-06-08' }) },
      { key: 'b', value: doc('b', 'Markets rally', 'Stocks rallied on Tuesday.', { publishedAt: '2022-01-01' }) },
      { key: 'c', value: { ...doc('c', 'Bad', 'x'), unexpectedField: true } },
    ];
    const failures = await sink.write(records, []);
    expect(failures).toHaveLength(1);
    expect(failures[0].index).toBe(2);
    expect(failures[0].code).toMatch(/STRICT_DYNAMIC_MAPPING/);
    await es.indices.refresh({ index: alias });

    const folded = await searchVideos(es, alias, SearchParamsSchema.parse({ q: 'lopez obrador' }));
    expect(folded.hits.map((h) => h.id)).toEqual(['a']);
    const stemmed = await searchVideos(es, alias, SearchParamsSchema.parse({ q: 'discussing migrations' }));
    expect(stemmed.hits.map((h) => h.id)).toEqual(['a']);
    const filtered = await searchVideos(es, alias, SearchParamsSchema.parse({ person: 'Kamala Harris', from: '2021-01-01', to: '2021-12-31' }));
    expect(filtered.total).toBe(1);
    const excluded = await searchVideos(es, alias, SearchParamsSchema.parse({ q: 'rallied -stocks' }));
    expect(excluded.total).toBe(0);
    expect((await searchVideos(es, alias, SearchParamsSchema.parse({ q: 'stocks' }))).hits[0].highlight.body[0]).toContain('<mark>');

    // Redelivery overwrites (same _id) instead of duplicating; a tombstone deletes.
    expect(await sink.write([records[0]], [])).toEqual([]);
    expect(await sink.write([{ key: 'b', value: null }, { key: 'never-there', value: null }], [])).toEqual([]);
    await es.indices.refresh({ index: alias });
    expect((await searchVideos(es, alias, SearchParamsSchema.parse({}))).total).toBe(1);
    expect(await getVideo(es, alias, 'b')).toBeNull();
    expect((await getVideo(es, alias, 'a'))?.title).toBe('Harris meets López Obrador');
  });
});
