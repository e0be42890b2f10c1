/**
 * HTML character references: the named ones that occur in descriptions and feeds, plus every
 * numeric one. Numeric references in 128–159 follow the browsers' Windows-1252 reading (`&#146;` is
 * a right quote), as producers that wrote them meant.
 */

const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ndash: '\u2013', mdash: '\u2014', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c',
  rdquo: '\u201d', bdquo: '\u201e', hellip: '\u2026', bull: '\u2022', trade: '\u2122', euro: '\u20ac',
  dagger: '\u2020', Dagger: '\u2021', permil: '\u2030', prime: '\u2032', Prime: '\u2033', lsaquo: '\u2039',
  rsaquo: '\u203a', OElig: '\u0152', oelig: '\u0153', Scaron: '\u0160', scaron: '\u0161', Yuml: '\u0178',
  fnof: '\u0192', circ: '\u02c6', tilde: '\u02dc', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', larr: '\u2190', rarr: '\u2192',
  uarr: '\u2191', darr: '\u2193', harr: '\u2194', hearts: '\u2665', check: '\u2713', star: '\u2606',
};
LATIN1_NAMES.forEach((name, i) => (NAMED[name] = String.fromCharCode(0xa0 + i)));

/** Windows-1252 characters for bytes 0x80–0x9F (undefined bytes map to themselves). */
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const REFERENCE = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

function decodeOne(match: string, body: string): string {
  if (body[0] !== '#') return NAMED[body] ?? match;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (code >= 0x80 && code <= 0x9f) return String.fromCodePoint(CP1252_HIGH[code - 0x80]);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
  return String.fromCodePoint(code);
}

/**
 * Decodes character references. A doubly escaped reference (`&amp;quot;`, common when a producer
 * escaped already escaped HTML) is decoded fully; a lone `&amp;` followed by text stays `&`.
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  const once = text.replace(/&amp;(?=(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)/g, (m, body: string) =>
    body[0] === '#' || NAMED[body] !== undefined ? '&' : m,
  );
  return once.replace(REFERENCE, decodeOne);
}
