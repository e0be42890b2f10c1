import { CP1252_HIGH } from './entities';

/**
 * Repairs UTF-8 text that was decoded as Windows-1252/Latin-1 (`Ã©` → `é`, `â€™` → `’`,
 * `ðŸ˜€` → 😀). Only sequences that re-encode to a *valid multi-byte UTF-8 sequence* are replaced;
 * a lone `é`, `Ã` or `â` next to ASCII can never form one, so correct accented text is left alone.
 * This is the "clearly mojibake" test: genuine text virtually never contains `Ã` followed by a
 * Latin-1 symbol, or `â€` followed by `™`.
 */

const TO_BYTE = new Map<number, number>();
for (let b = 0xa0; b <= 0xff; b++) TO_BYTE.set(b, b);
CP1252_HIGH.forEach((cp, i) => TO_BYTE.set(cp, 0x80 + i));
// Lenient decoders map undefined 0x81/0x8D/0x8F/0x90/0x9D to the C1 control; TO_BYTE has those too.
for (let b = 0x80; b <= 0x9f; b++) if (!TO_BYTE.has(b)) TO_BYTE.set(b, b);

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Cheap gate: a mojibake lead character followed by a character in the continuation range. */
const SUSPECT = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]/;

export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;
  const chars = Array.from(text);
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const lead = TO_BYTE.get(chars[i].codePointAt(0)!);
    const length = lead === undefined ? 0 : sequenceLength(lead);
    if (length > 0 && i + length <= chars.length) {
      const bytes = [lead!];
      for (let k = 1; k < length; k++) {
        const b = TO_BYTE.get(chars[i + k].codePointAt(0)!);
        if (b === undefined || b < 0x80 || b > 0xbf) break;
        bytes.push(b);
      }
      if (bytes.length === length) {
        try {
          out += decoder.decode(Uint8Array.from(bytes));
          i += length;
          continue;
        } catch {
          // overlong or surrogate encoding: not mojibake, keep the characters
        }
      }
    }
    out += chars[i];
    i++;
  }
  return out;
}
