import { excerptToText, toFacets, toSearchHit } from './hits';
import { entityId } from './registry';

describe('toSearchHit', () => {
  it('maps source and highlight to our DTO', () => {
    const hit = toSearchHit({
      _id: 'a1',
      _score: 2,
      _source: { id: 'a1', title: 'T', people: ['Kamala Harris'], language: 'en' },
      highlight: { body: ['<mark>Body</mark> text'], title: ['T'] },
    });
    expect(hit).toMatchObject({ id: 'a1', title: 'T', people: ['Kamala Harris'] });
    expect(hit.highlight).toEqual({ title: undefined, body: ['<mark>Body</mark> text'] });
    expect(hit).not.toHaveProperty('snippet');
  });

  it('keeps the beginning of the body as the excerpt when nothing in it matched', () => {
    const lead = toSearchHit({ _id: 'c', _source: {}, highlight: { body: ['Vice President Kamala Harris arrived at Mexico&#x27;s National Palace'] } });
    expect(lead.highlight.body).toEqual(['Vice President Kamala Harris arrived at Mexico&#x27;s National Palace']);
    expect(toSearchHit({ _id: 'd', _source: {} }).highlight.body).toEqual([]);
  });

  it('lists the entities by type, canonical values', () => {
    const hit = toSearchHit({
      _id: 'e',
      _source: { people: ['Kamala Harris'], organizations: ['Federal Reserve'], locations: ['Mexico City'], dates: ['2021-06-08'], money: ['USD 4000000000'], percents: ['3%'] },
    });
    expect(hit).toMatchObject({ people: ['Kamala Harris'], organizations: ['Federal Reserve'], locations: ['Mexico City'], dates: ['2021-06-08'], money: ['USD 4000000000'], percents: ['3%'] });
    expect(toSearchHit({ _id: 'f', _source: {} })).toMatchObject({ people: [], dates: [], money: [] });
  });

});

describe('excerptToText', () => {
  it('drops the marks and undoes the highlighter’s escaping', () => {
    expect(excerptToText(['Mexico&#x27;s &quot;<mark>count</mark>&quot; &amp; more.'])).toBe('Mexico\'s "count" & more.');
  });

  it('says where an excerpt stops mid-sentence, and joins fragments', () => {
    expect(excerptToText(['Vice President Kamala Harris arrived at Mexico&#x27;s National Palace'])).toBe("Vice President Kamala Harris arrived at Mexico's National Palace…");
    expect(excerptToText(['It <mark>ended</mark>.'])).toBe('It ended.');
    expect(excerptToText(['One.', 'Two?'])).toBe('One. … Two?');
    expect(excerptToText([])).toBe('');
  });
});

describe('toFacets', () => {
  it('maps entity, term and date buckets, dropping empty periods, with the first and last day of each', () => {
    const facets = toFacets({
      people: { buckets: [{ key: 'Kamala Harris', doc_count: 3 }] },
      sources: { buckets: [{ key: 'Bloomberg', doc_count: 2 }] },
      dates: { buckets: [{ key_as_string: '2024-02', doc_count: 2 }, { key_as_string: '2024-03', doc_count: 0 }] },
    });
    expect(facets.people).toEqual([{ id: entityId('PERSON', 'Kamala Harris'), name: 'Kamala Harris', count: 3 }]);
    expect(facets.sources).toEqual([{ name: 'Bloomberg', count: 2 }]);
    expect(facets.dates).toEqual([{ period: '2024-02', from: '2024-02-01', to: '2024-02-29', count: 2 }]);
    expect(toFacets({ dates: { buckets: [{ key_as_string: '2021', doc_count: 5 }] } }).dates).toEqual([{ period: '2021', from: '2021-01-01', to: '2021-12-31', count: 5 }]);
    expect(facets.organizations).toEqual([]);
    expect(facets.languages).toEqual([]);
  });

  it('is all empty without aggregations', () => {
    expect(Object.values(toFacets(undefined)).every((v) => Array.isArray(v) && v.length === 0)).toBe(true);
  });
});
