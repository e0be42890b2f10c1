import { decodeHtmlEntities } from './entities';
import { repairMojibake } from './mojibake';

/**
 * Text normalisation that never changes wording: it repairs encoding damage and markup, and tidies
 * whitespace and list glyphs. Line structure is kept (`\n` between lines, `\n\n` between
 * paragraphs) because boilerplate detection reads it.
 */

/** HTML elements seen stray in descriptions; anything else in angle brackets is left as text. */
const TAG =
  /<\/?(?:a|abbr|b|big|blockquote|br|center|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul|wbr)(?:\s[^<>]*)?\/?>/gi;

function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p\s*>|<p(?:\s[^<>]*)?>/gi, '\n\n')
    .replace(/<\/?(?:li|div|h[1-6]|tr|ul|ol|blockquote)(?:\s[^<>]*)?>/gi, '\n')
    .replace(TAG, '');
}

/** Glyphs used as list bullets or arrows at the start of a line (emoji pictographs too). */
const BULLETS = new Set(
  Array.from('►▶▷▸▹➤➡➜➔➙→⇒⇨»•‣◦·●○◎▪▫■□◆◇◼◻★☆✓✔✅☑✗✘❌❗❕❓❔✨⭐➢➣➥⚡☛☞✦✧♦♥♠♣⏩⏭🔹🔸🔷🔶'),
);
/** Pictographs that carry meaning in text (© 2021 …, Brand®): never treated as bullets. */
const MEANINGFUL = new Set(Array.from('©®™‼⁉#*0123456789'));
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** Joiners and modifiers that continue an emoji sequence (matched one code point at a time on purpose). */
// eslint-disable-next-line no-misleading-character-class
const EMOJI_TAIL = /[\uFE0E\uFE0F\u200D\u20E3\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u;

function isBullet(ch: string): boolean {
  if (MEANINGFUL.has(ch)) return false;
  return BULLETS.has(ch) || PICTOGRAPH.test(ch);
}

/** Removes leading bullets: glyphs and emoji, or a `-`/`*`/`–` followed by a space. */
export function stripLeadingBullets(line: string): string {
  // Most lines start with a letter, a digit or a quotation mark: nothing to strip.
  const first = line.codePointAt(0);
  if (first === undefined || (first !== 32 && !'-*–—+'.includes(line[0]) && !isBullet(String.fromCodePoint(first)))) return line;
  const chars = Array.from(line);
  let i = 0;
  for (;;) {
    while (i < chars.length && chars[i] === ' ') i++;
    if (i < chars.length && isBullet(chars[i])) {
      i++;
      while (i < chars.length && (EMOJI_TAIL.test(chars[i]) || (chars[i - 1] === '\u200D' && PICTOGRAPH.test(chars[i])))) i++;
      continue;
    }
    if (i + 1 < chars.length && '-*–—+'.includes(chars[i]) && chars[i + 1] === ' ') {
      i += 2;
      continue;
    }
    break;
  }
  return chars.slice(i).join('');
}

/** Arrows used inline as "label ► link" pointers become a plain space. */
const INLINE_ARROWS = / *[►▶➤➡➜][\uFE0F]? */g;

/**
 * Zero-width and bidi formatting characters (dropped), C0/C1 controls other than newline and tab
 * (dropped), and Unicode spaces (become a plain space). ZWJ/ZWNJ are kept between non-ASCII
 * characters, where they shape emoji and some scripts.
 */
function removeInvisibles(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd\ufffe\uffff]/g, '')
    // Control characters are exactly what these two lines remove.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u200c\u200d](?=[\x00-\x7f]|$)|(?<=[\x00-\x7f]|^)[\u200c\u200d]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]/g, '')
    .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

export interface NormalizeOptions {
  /** Keep line structure (descriptions). False collapses everything to one line (titles, names). */
  multiline?: boolean;
}

/**
 * Normalises one text field: mojibake repair (only where clearly mojibake), stray HTML tags,
 * character references, Unicode NFC, invisible and control characters, bullets, whitespace.
 */
export function normalizeText(input: string, options: NormalizeOptions = {}): string {
  let text = repairMojibake(input);
  text = stripTags(text);
  text = decodeHtmlEntities(text);
  text = removeInvisibles(text.normalize('NFC'));
  const lines = text.split('\n').map((line) =>
    stripLeadingBullets(line.replace(INLINE_ARROWS, ' ')).replace(/ {2,}/g, ' ').trim(),
  );
  if (!options.multiline) return lines.filter(Boolean).join(' ');
  // Blank-line runs become one paragraph break; leading/trailing blank lines go.
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
