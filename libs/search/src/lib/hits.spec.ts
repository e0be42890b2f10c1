import { toFacets, toSearchHit } from './hits';
import { entityId } from './registry';

describe('toSearchHit', () => {
  it('maps source and highlight to our DTO', () => {
    const hit = toSearchHit({
      _id: 'a1',
      _score: 2,
      _source: { id: 'a1', title: 'T', body: 'Body text', people: ['Kamala Harris'], language: 'en' },
      highlight: { 'body.folded': ['<mark>Body</mark> text'] },
    });
    expect(hit).toMatchObject({ id: 'a1', title: 'T', people: ['Kamala Harris'], snippet: 'Body text' });
    expect(hit.highlight.body).toEqual(['<mark>Body</mark> text']);
  });

  it('gives a plain-text snippet from an HTML-encoded highlight', () => {
    const hit = toSearchHit({
      _id: 'x',
      _source: { body: '' },
      highlight: { body: ['Mexico&#x27;s &quot;<mark>count</mark>&quot; &amp; more'] },
    });
    expect(hit.snippet).toBe('Mexico\'s "count" & more');
  });

  it('cuts a long body into a snippet at a word boundary', () => {
    const hit = toSearchHit({ _id: 'b', _source: { body: 'word '.repeat(100) } });
    expect(hit.snippet.length).toBeLessThan(250);
    expect(hit.snippet.endsWith('…')).toBe(true);
  });
});

describe('toFacets', () => {
  it('maps entity, term and month buckets, dropping empty months', () => {
    const facets = toFacets({
      people: { buckets: [{ key: 'Kamala Harris', doc_count: 3 }] },
      sources: { buckets: [{ key: 'Bloomberg', doc_count: 2 }] },
      months: { buckets: [{ key: 1622505600000, key_as_string: '2021-06', doc_count: 2 }, { key: 1625097600000, key_as_string: '2021-07', doc_count: 0 }] },
    });
    expect(facets.people).toEqual([{ id: entityId('PERSON', 'Kamala Harris'), name: 'Kamala Harris', count: 3 }]);
    expect(facets.sources).toEqual([{ name: 'Bloomberg', count: 2 }]);
    expect(facets.months).toEqual([{ month: '2021-06', count: 2 }]);
    expect(facets.organizations).toEqual([]);
    expect(facets.languages).toEqual([]);
  });

  it('is all empty without aggregations', () => {
    expect(Object.values(toFacets(undefined)).every((v) => Array.isArray(v) && v.length === 0)).toBe(true);
  });
});
