import { splitSentences } from './sentences';

const texts = (line: string) => splitSentences(line).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on sentence punctuation but not after abbreviations or initials', () => {
    expect(texts('Joseph R. Biden Jr. was sworn in. The U.S. Capitol was stormed on Jan. 6. Mr. Smith left.')).toEqual([
      'Joseph R. Biden Jr. was sworn in.',
      'The U.S. Capitol was stormed on Jan. 6.',
      'Mr. Smith left.',
    ]);
  });

  it('splits after a URL followed by a capitalised word, never inside a URL', () => {
    expect(texts('Subscribe: https://bit.ly/2TwO8Gm Bloomberg brings you news. Visit http://www.bloomberg.com/qt/live, or watch.')).toEqual([
      'Subscribe: https://bit.ly/2TwO8Gm',
      'Bloomberg brings you news.',
      'Visit http://www.bloomberg.com/qt/live, or watch.',
    ]);
  });

  it('splits glued sentences, a link after a finished sentence, and a glued call to action', () => {
    expect(texts('outside the White House.Subscribe to CTV News')).toEqual(['outside the White House.', 'Subscribe to CTV News']);
    expect(texts('at 11 a.m. https://www.king5.com/a')).toEqual(['at 11 a.m.', 'https://www.king5.com/a']);
    expect(texts('felt in several statesSubscribe to WXII now')).toEqual(['felt in several states', 'Subscribe to WXII now']);
  });

  it('keeps offsets into the line', () => {
    const line = 'One.  Two.';
    for (const s of splitSentences(line)) expect(line.slice(s.start, s.end)).toBe(s.text);
  });
});
