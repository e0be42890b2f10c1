/** Case- and accent-insensitive key: "López Obrador" and "LOPEZ OBRADOR" fold alike. */
export function fold(text: string): string {
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
