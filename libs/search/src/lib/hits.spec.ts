import { toSearchHit } from './hits';

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
