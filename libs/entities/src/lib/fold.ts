/** Anything fold does more to than lower-casing: a character beyond ASCII, or a backtick. */
const NOT_PLAIN_ASCII = /[^\u0020-\u005f\u0061-\u007e]/;

/** Case- and accent-insensitive key: "López Obrador" and "LOPEZ OBRADOR" fold alike. */
export function fold(text: string): string {
  // Most words are plain ASCII, for which the rest is lower-casing (fold runs for every token).
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/ı/g, 'i')
    .toLowerCase();
}

/** Key for a multi-word name: folded tokens without dots, joined by single spaces ("U.S." → "us"). */
export function nameKey(text: string): string {
  return fold(text)
    .replace(/\.(?=\S|$)/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Number of non-ASCII letters: among fold-equal spellings the one with most diacritics is shown. */
export function diacriticScore(text: string): number {
  let n = 0;
  for (const ch of text) if (ch.charCodeAt(0) > 127 && /\p{L}/u.test(ch)) n += 1;
  return n;
}
