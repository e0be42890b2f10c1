import { findChapterBlocks, parseChapterLine } from './chapters';
import { extractHashtags, extractLinks, isHashtagOnly } from './links';

describe('extractLinks', () => {
  it('finds URLs in order, once, without trailing punctuation', () => {
    expect(extractLinks('Visit http://www.bloomberg.com/qt/live, or www.x.com. Again http://www.bloomberg.com/qt/live! (see https://en.wikipedia.org/wiki/A_(b))')).toEqual([
      'http://www.bloomberg.com/qt/live',
      'www.x.com',
      'https://en.wikipedia.org/wiki/A_(b)',
    ]);
  });
});

describe('extractHashtags', () => {
  it('finds tags as written, not URL fragments, C#, entities or numbers', () => {
    expect(extractHashtags('#CNBC\n#CNBCTV and #cnbc; C# code, https://x.com/#frag, #1 hit, #Türkiye')).toEqual(['#CNBC', '#CNBCTV', '#Türkiye']);
  });

  it('recognises a hashtag-only line', () => {
    expect(isHashtagOnly('#Scholz #Bundeswehr #Germany')).toBe(true);
    expect(isHashtagOnly('Scholz spoke #Germany')).toBe(false);
  });
});

describe('chapters', () => {
  it('parses the common chapter line forms', () => {
    expect(parseChapterLine('00:00 Intro')).toEqual({ time: '00:00', seconds: 0, title: 'Intro' });
    expect(parseChapterLine('(1:02:03) - The end')).toEqual({ time: '1:02:03', seconds: 3723, title: 'The end' });
    expect(parseChapterLine('Intro - 0:00')).toEqual({ time: '0:00', seconds: 0, title: 'Intro' });
    expect(parseChapterLine('12:75 Bad')).toBeUndefined();
    expect(parseChapterLine('The meeting began at 3:45 in the afternoon')).toBeUndefined();
  });

  it('needs two or more increasing chapter lines', () => {
    expect(findChapterBlocks(['0:00 Only one'])).toEqual([]);
    expect(findChapterBlocks(['Chapters:', '0:00 A', '1:00 B', 'prose'])).toEqual([
      { start: 0, end: 3, chapters: [{ time: '0:00', seconds: 0, title: 'A' }, { time: '1:00', seconds: 60, title: 'B' }] },
    ]);
    expect(findChapterBlocks(['5:00 A', '1:00 B'])).toEqual([]);
  });
});
