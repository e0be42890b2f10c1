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

  it('splits a number or a word in capitals glued after a period, not an abbreviation or a decimal', () => {
    expect(texts('Montoya reports on Aug. 5, 2020.Story: https://ktla.com/a')).toEqual(['Montoya reports on Aug. 5, 2020.', 'Story: https://ktla.com/a']);
    expect(texts('posing in a full-length gown.FULL STORY: https://abc7ne.ws/x')).toEqual(['posing in a full-length gown.', 'FULL STORY: https://abc7ne.ws/x']);
    expect(texts('The U.S.A team grew 3.5 percent in the U.S. economy.')).toEqual(['The U.S.A team grew 3.5 percent in the U.S. economy.']);
  });

  it('splits at separator rules and before hashtags that end the line', () => {
    expect(texts('MORE NEWS------------DOWNLOAD: The app is here.')).toEqual(['MORE NEWS', '------------', 'DOWNLOAD: The app is here.']);
    expect(texts('Watch at 6pm on Channel 7 and 7plus.#BreakingNews #Beirut #7NEWS')).toEqual(['Watch at 6pm on Channel 7 and 7plus.', '#BreakingNews #Beirut #7NEWS']);
    expect(texts('thanks for stopping by! #beirut #bride #explosion')).toEqual(['thanks for stopping by!', '#beirut #bride #explosion']);
    // One hashtag in prose, a short dash, a URL with dashes: no cut.
    expect(texts('The #MeToo movement -- and its critics -- spoke at https://a.example/x----y today.')).toEqual([
      'The #MeToo movement -- and its critics -- spoke at https://a.example/x----y today.',
    ]);
  });

  it('keeps offsets into the line', () => {
    const line = 'One.  Two.';
    for (const s of splitSentences(line)) expect(line.slice(s.start, s.end)).toBe(s.text);
  });
});
