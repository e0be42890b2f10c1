import { buildSearchRequest, SearchParamsSchema } from './query';

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
    expect(body.sort[0]).toEqual({ publishedAt: { order: 'desc', missing: '_last' } });
  });

  it('matches everything without a query', () => {
    expect(buildSearchRequest(SearchParamsSchema.parse({})).query.bool.must).toEqual([{ match_all: {} }]);
  });
});

describe('buildSearchRequest with the entity registry', () => {
  it('keeps the text query and adds the canonical facet as an alternative', () => {
    const body = buildSearchRequest(SearchParamsSchema.parse({ q: 'AMLO migration' }), {
      expansions: [{ field: 'people', values: ['Andrés Manuel López Obrador'], rest: 'migration' }],
      filterValues: {},
    });
    const must = body.query.bool.must[0] as { bool: { should: Array<Record<string, unknown>>; minimum_should_match: number } };
    expect(must.bool.minimum_should_match).toBe(1);
    expect(must.bool.should[0]).toMatchObject({ simple_query_string: { query: 'AMLO migration' } });
    expect(must.bool.should[1]).toMatchObject({
      bool: { filter: [{ terms: { people: ['Andrés Manuel López Obrador'] } }], must: [{ simple_query_string: { query: 'migration' } }] },
    });
  });

  it('matches the facet alone when the alias was the whole query', () => {
    const body = buildSearchRequest(SearchParamsSchema.parse({ q: 'AMLO' }), { expansions: [{ field: 'people', values: ['A B'], rest: '' }], filterValues: {} });
    const must = body.query.bool.must[0] as { bool: { should: object[] } };
    expect(must.bool.should[1]).toEqual({ constant_score: { filter: { terms: { people: ['A B'] } } } });
  });

  it('lets an alias filter value match the canonical names', () => {
    const body = buildSearchRequest(SearchParamsSchema.parse({ person: ['AMLO', 'Kamala Harris'] }), { expansions: [], filterValues: { person: { AMLO: ['AMLO', 'A M L O'] } } });
    expect(body.query.bool.filter).toEqual([{ terms: { people: ['AMLO', 'A M L O'] } }, { term: { people: 'Kamala Harris' } }]);
  });

  it('asks for the facets of the matches', () => {
    expect(Object.keys(buildSearchRequest(SearchParamsSchema.parse({})).aggs)).toEqual(['people', 'organizations', 'locations']);
  });
});
