import { decodeHtmlEntities } from './entities';
import { repairMojibake } from './mojibake';
import { normalizeText, stripLeadingBullets } from './normalize';

describe('normalizeText', () => {
  it('decodes named, numeric and double-escaped character references', () => {
    expect(normalizeText('Sudan&#39;s &quot;militia&quot; &amp; the army &#x2014; &eacute;t&eacute; &rsquo;')).toBe('Sudan\'s "militia" & the army — été ’');
    expect(decodeHtmlEntities('&amp;quot;hi&amp;quot; AT&amp;T &#150; &bogus;')).toBe('"hi" AT&T – &bogus;');
  });

  it('removes stray HTML tags but keeps text in angle brackets that is not markup', () => {
    expect(normalizeText('<b>Bold</b> text<br>next <a href="x">link</a> and 3 < 4 > 2', { multiline: true })).toBe('Bold text\nnext link and 3 < 4 > 2');
  });

  it('applies NFC', () => {
    expect(normalizeText('Cafe\u0301')).toBe('Café');
  });

  it('drops zero-width and control characters and turns odd spaces into spaces', () => {
    expect(normalizeText('a\u200bb\u00adc\u0007d\u00a0e\u2009f\ufeff')).toBe('abcd e f');
  });

  it('keeps emoji joiners between emoji', () => {
    expect(normalizeText('family 👨\u200d👩\u200d👧 here')).toBe('family 👨\u200d👩\u200d👧 here');
  });

  it('collapses whitespace but keeps line and paragraph breaks', () => {
    expect(normalizeText('  one   two \r\nthree\n\n\n\n  four  ', { multiline: true })).toBe('one two\nthree\n\nfour');
    expect(normalizeText('title\nover  lines')).toBe('title over lines');
  });

  it('removes bullet glyphs and emoji bullets at line starts, and inline arrows', () => {
    const text = '► Facebook: https://f\n• Twitter: https://t\n✅ Done\n👉 Subscribe\n- item\n🚀 India has landed\nGuardian ► http://g';
    expect(normalizeText(text, { multiline: true })).toBe(
      'Facebook: https://f\nTwitter: https://t\nDone\nSubscribe\nitem\nIndia has landed\nGuardian http://g',
    );
  });

  it('keeps meaningful symbols and numbers at line starts', () => {
    expect(stripLeadingBullets('© 2021 CNN')).toBe('© 2021 CNN');
    expect(stripLeadingBullets('#1 hit')).toBe('#1 hit');
    expect(stripLeadingBullets('-5 degrees')).toBe('-5 degrees');
  });

  it('repairs mojibake only when it is clearly mojibake', () => {
    expect(repairMojibake('CafÃ© â€œquotedâ€\u009d itâ€™s ðŸ˜€')).toBe('Café “quoted” it’s 😀');
    expect(normalizeText('Ã©tÃ©')).toBe('été');
    // Correct accented text, and isolated Latin-1 letters, are left alone.
    expect(repairMojibake('São Paulo, été, Ã lone, naïve')).toBe('São Paulo, été, Ã lone, naïve');
  });
});
