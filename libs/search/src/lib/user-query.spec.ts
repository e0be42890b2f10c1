import { parseUserQuery } from './user-query';

describe('parseUserQuery', () => {
  it('turns the word OR into | and drops AND, keeping words and phrases', () => {
    expect(parseUserQuery('harris OR biden AND "white house"')).toEqual({ text: 'harris | biden "white house"', fuzzyWords: ['harris', 'biden'], excluded: [], anyOf: true });
  });

  it('keeps exclusions out of the fuzzy words and lists them, words and phrases', () => {
    const parsed = parseUserQuery('migration -guatemala -"national palace"');
    expect(parsed.text).toBe('migration -guatemala -"national palace"');
    expect(parsed.fuzzyWords).toEqual(['migration']);
    expect(parsed.excluded).toEqual(['guatemala', '"national palace"']);
    expect(parsed.anyOf).toBe(false);
  });

  it('splits a|b into alternatives, strips operators from fuzzy words, closes an open quote', () => {
    expect(parseUserQuery('(inflation|prices) rate*')).toMatchObject({ fuzzyWords: ['inflation', 'prices', 'rate'], anyOf: true });
    expect(parseUserQuery('"open phrase').text).toBe('"open phrase"');
  });

  it('drops a dangling OR and leaves "or" in lower case as a word', () => {
    expect(parseUserQuery('OR harris OR').text).toBe('harris');
    expect(parseUserQuery('war or peace').text).toBe('war or peace');
  });

  it('passes JSON-looking text on as plain words (never as query DSL)', () => {
    const parsed = parseUserQuery('{"script":{"source":"x"}}');
    expect(typeof parsed.text).toBe('string');
    expect(parsed.fuzzyWords.join(' ')).not.toContain('"');
  });
});
