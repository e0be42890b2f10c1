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
