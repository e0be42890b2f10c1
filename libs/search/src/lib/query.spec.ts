import { EMPTY_CONTEXT } from './alias-expansion';
import { allowsFuzzy, buildSearchRequest, correctionsSuggest, dateInterval, fuzzyRetryCorrections, readCorrections, SearchParamsSchema } from './query';
import { parseUserQuery } from './user-query';

describe('SearchParamsSchema', () => {
  it('applies defaults and coerces size', () => {
    expect(SearchParamsSchema.parse({ q: 'x', size: '5' })).toMatchObject({ q: 'x', size: 5, sort: 'relevance' });
  });

  it('rejects sizes over 100, unknown parameters and bad dates', () => {
    expect(SearchParamsSchema.safeParse({ size: '101' }).success).toBe(false);
    expect(SearchParamsSchema.safeParse({ query: { match_all: {} } }).success).toBe(false);
    expect(SearchParamsSchema.safeParse({ from: 'yesterday' }).success).toBe(false);
  });

  it('accepts repeated filters', () => {
    expect(SearchParamsSchema.parse({ person: ['A', 'B'] }).person).toEqual(['A', 'B']);
  });
});

describe('buildSearchRequest', () => {
  it('puts the user text only inside simple_query_string', () => {
    const body = buildSearchRequest(SearchParamsSchema.parse({ q: '{"script":{"source":"x"}}' }));
    const must = body.query.bool.must[0] as { simple_query_string: { query: string } };
    expect(must.simple_query_string.query).toBe('{"script":{"source":"x"}}');
    expect(JSON.stringify(body)).not.toContain('"script":{');
  });

  it('turns filters into term and range filters', () => {
    const body = buildSearchRequest(SearchParamsSchema.parse({ person: 'Kamala Harris', from: '2021-01-01', sort: 'newest' }));
    expect(body.query.bool.filter).toEqual([{ term: { people: 'Kamala Harris' } }, { range: { publishedAt: { gte: '2021-01-01' } } }]);
    expect(body.sort[0]).toEqual({ publishedAt: { order: 'desc', missing: Date.UTC(1000, 0, 1) } });
  });

  it('matches everything without a query', () => {
    expect(buildSearchRequest(SearchParamsSchema.parse({})).query.bool.must).toEqual([{ match_all: {} }]);
  });
});

describe('buildSearchRequest with the entity registry', () => {
  it('keeps the text query and adds the canonical facet as an alternative', () => {
    const body = buildSearchRequest(
      SearchParamsSchema.parse({ q: 'AMLO migration' }),
      { expansions: [{ field: 'people', values: ['Andrés Manuel López Obrador'], rest: 'migration' }], filterValues: {} },
      'fuzzy',
    );
    const must = body.query.bool.must[0] as { bool: { should: Array<Record<string, unknown>>; minimum_should_match: number } };
    expect(must.bool.minimum_should_match).toBe(1);
    expect(must.bool.should[0]).toMatchObject({ simple_query_string: { query: 'AMLO migration' } });
    expect(must.bool.should[1]).toMatchObject({ bool: { must: [{ multi_match: { query: 'AMLO migration', fuzziness: 'AUTO:4,7' } }] } });
    expect(must.bool.should[2]).toMatchObject({
      bool: { filter: [{ terms: { people: ['Andrés Manuel López Obrador'] } }], must: [{ simple_query_string: { query: 'migration' } }] },
    });
  });

  it('matches the facet alone when the alias was the whole query', () => {
    const body = buildSearchRequest(SearchParamsSchema.parse({ q: 'AMLO' }), { expansions: [{ field: 'people', values: ['A B'], rest: '' }], filterValues: {} });
    const must = body.query.bool.must[0] as { bool: { should: object[] } };
    expect(must.bool.should.at(-1)).toEqual({ constant_score: { filter: { terms: { people: ['A B'] } } } });
  });

  it('lets an alias filter value match the canonical names', () => {
    const body = buildSearchRequest(SearchParamsSchema.parse({ person: ['AMLO', 'Kamala Harris'] }), { expansions: [], filterValues: { person: { AMLO: ['AMLO', 'A M L O'] } } });
    expect(body.query.bool.filter).toEqual([{ terms: { people: ['AMLO', 'A M L O'] } }, { term: { people: 'Kamala Harris' } }]);
  });

});

describe('typo tolerance, OR and exclusions', () => {
  const find = (node: unknown, key: string): unknown[] => {
    if (!node || typeof node !== 'object') return [];
    const here = key in (node as object) ? [(node as Record<string, unknown>)[key]] : [];
    return [...here, ...Object.values(node as object).flatMap((v) => find(v, key))];
  };

  const fuzzy = (q: string) => buildSearchRequest(SearchParamsSchema.parse({ q }), EMPTY_CONTEXT, 'fuzzy');

  it('matches the words as typed by default: no fuzzy alternative', () => {
    expect(find(buildSearchRequest(SearchParamsSchema.parse({ q: 'inflaton' })), 'multi_match')).toEqual([]);
    expect(JSON.stringify(buildSearchRequest(SearchParamsSchema.parse({ q: 'inflaton' })))).not.toContain('fuzziness');
  });

  it('adds a lower-boosted fuzzy alternative for longer words that keeps the exclusions', () => {
    const body = fuzzy('inflaton -guatemala');
    const [multi] = find(body, 'multi_match') as Array<{ query: string; fuzziness: string; boost: number; operator: string }>;
    expect(multi).toMatchObject({ query: 'inflaton', fuzziness: 'AUTO:4,7', operator: 'and' });
    expect(multi.boost).toBeLessThan(1);
    const queries = (find(body.query, 'simple_query_string') as Array<{ query: string }>).map((s) => s.query);
    expect(queries).toEqual(['inflaton -guatemala', 'guatemala']);
  });

  it('makes the fuzzy alternative any-of for OR queries, and translates the word OR', () => {
    const body = fuzzy('inflation OR recession');
    expect((find(body, 'simple_query_string')[0] as { query: string }).query).toBe('inflation | recession');
    expect((find(body, 'multi_match')[0] as { operator: string }).operator).toBe('or');
  });

  it('has no fuzzy alternative for short words or phrases only, and says a retry would not help', () => {
    expect(find(fuzzy('UN aid'), 'multi_match')).toEqual([]);
    expect(find(fuzzy('"national palace"'), 'multi_match')).toEqual([]);
    expect([allowsFuzzy('UN aid'), allowsFuzzy('"national palace"'), allowsFuzzy('-inflation'), allowsFuzzy(undefined)]).toEqual([false, false, false, false]);
    expect(allowsFuzzy('UN inflaton')).toBe(true);
  });

  it('asks for every facet: entities, sources, languages and a date histogram, yearly unless the dates span three years or less', () => {
    const aggs = buildSearchRequest(SearchParamsSchema.parse({})).aggs;
    expect(Object.keys(aggs)).toEqual(['people', 'organizations', 'locations', 'sources', 'languages', 'dates']);
    expect(aggs.dates.date_histogram).toMatchObject({ field: 'publishedAt', calendar_interval: 'year', format: 'yyyy' });
    const narrowed = buildSearchRequest(SearchParamsSchema.parse({ from: '2021-01-01', to: '2021-12-31' })).aggs;
    expect(narrowed.dates.date_histogram).toMatchObject({ calendar_interval: 'month', format: 'yyyy-MM' });
  });

  it('counts months for spans of up to 36 months, from alone reaching until today', () => {
    const today = new Date('2025-06-15T00:00:00Z');
    expect(dateInterval({}, today)).toBe('year');
    expect(dateInterval({ to: '2021-12-31' }, today)).toBe('year');
    expect(dateInterval({ from: '2021-01-01', to: '2023-12-31' }, today)).toBe('month');
    expect(dateInterval({ from: '2021-01-01', to: '2024-01-01' }, today)).toBe('year');
    expect(dateInterval({ from: '2024-01-01' }, today)).toBe('month');
    expect(dateInterval({ from: '2015-01-01' }, today)).toBe('year');
  });

  it.each([
    ['a lone surrogate', { q: 'abc\uD800' }],
    ['a control character', { q: 'a\u0000b' }],
    ['a replacement character', { person: 'x\uFFFD' }],
    ['a repeated q', { q: ['a', 'b'] }],
    ['an operator key', { 'person[$ne]': 'x' }],
    ['a cursor too long', { cursor: 'A'.repeat(5000) }],
  ])('rejects %s', (_what, input) => {
    expect(SearchParamsSchema.safeParse(input).success).toBe(false);
  });

  it('accepts emoji and right-to-left text', () => {
    expect(SearchParamsSchema.parse({ q: '🔥 שלום مرحبا' }).q).toBe('🔥 שלום مرحبا');
  });
});

describe('highlighting', () => {
  type Highlighted = { highlight_query?: object };
  it('highlights title and body, each with the user text over that field only', () => {
    const { fields } = buildSearchRequest(SearchParamsSchema.parse({ q: 'inflation OR recession' })).highlight;
    expect(Object.keys(fields)).toEqual(['title', 'body']);
    expect((fields.title as Highlighted).highlight_query).toEqual({ simple_query_string: expect.objectContaining({ query: 'inflation | recession', fields: ['title'] }) });
    expect((fields.body as Highlighted).highlight_query).toEqual({ simple_query_string: expect.objectContaining({ query: 'inflation | recession', fields: ['body'] }) });
  });

  it('marks the corrected spellings of fuzzy results, never with a fuzzy query', () => {
    const { fields } = buildSearchRequest(SearchParamsSchema.parse({ q: 'inflaton' }), EMPTY_CONTEXT, 'fuzzy', ['inflation']).highlight;
    expect((fields.body as Highlighted).highlight_query).toEqual({
      bool: { should: [{ simple_query_string: expect.objectContaining({ query: 'inflaton', fields: ['body'] }) }, { match: { body: { query: 'inflation' } } }] },
    });
    expect(JSON.stringify(fields)).not.toContain('fuzziness');
  });

  it('highlights nothing in particular without a query', () => {
    const { fields } = buildSearchRequest(SearchParamsSchema.parse({ person: 'X' })).highlight;
    expect(fields.title).not.toHaveProperty('highlight_query');
  });
});

describe('corrections of the fuzzy retry', () => {
  it('asks for one suggestion per positive word long enough to be fuzzy, with the edits the fuzzy query allows', () => {
    const suggest = correctionsSuggest(parseUserQuery('UN inflaton -guatemala khrtoum "a phrase"'));
    expect(Object.values(suggest).map((s) => [s.text, s.term.max_edits])).toEqual([
      ['inflaton', 2],
      ['khrtoum', 2],
    ]);
    expect(Object.values(correctionsSuggest(parseUserQuery('fedd'))).map((s) => s.term.max_edits)).toEqual([1]);
  });

  it('asks for them with every exact search that has such words, not with the fuzzy retry', () => {
    expect(buildSearchRequest(SearchParamsSchema.parse({ q: 'inflaton' }))).toHaveProperty('suggest.w0.text', 'inflaton');
    expect(buildSearchRequest(SearchParamsSchema.parse({ q: 'UN' }))).not.toHaveProperty('suggest');
    expect(buildSearchRequest(SearchParamsSchema.parse({ q: 'inflaton' }), EMPTY_CONTEXT, 'fuzzy')).not.toHaveProperty('suggest');
  });

  it('retries fuzzily only when nothing matched and some word has a close spelling', () => {
    const suggest = { w0: [{ text: 'khrtoum', options: [{ text: 'khartoum' }] }] };
    expect(fuzzyRetryCorrections({ hits: { total: { value: 0 } }, suggest })).toEqual({ khrtoum: 'khartoum' });
    expect(fuzzyRetryCorrections({ hits: { total: { value: 0 } }, suggest: { w0: [{ text: 'leaders', options: [] }] } })).toBeUndefined();
    expect(fuzzyRetryCorrections({ hits: { total: { value: 0 } } })).toBeUndefined();
    expect(fuzzyRetryCorrections({ hits: { total: 3 }, suggest })).toBeUndefined();
  });

  it('reads typed → corrected, leaving out words without a suggestion', () => {
    const read = readCorrections({
      w0: [{ text: 'khrtoum', options: [{ text: 'khartoum' }] }],
      w1: [{ text: 'veification', options: [] }],
    });
    expect(read).toEqual({ khrtoum: 'khartoum' });
    expect(readCorrections(undefined)).toEqual({});
  });
});
