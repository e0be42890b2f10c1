import { BinaryContentError, InvalidEncodingError } from './errors';

/**
 * Share of characters that no text producer writes: C0 controls other than tab/newline/carriage
 * return, U+FFFD (what a lossy decoder leaves for bad bytes), U+FFFE/U+FFFF and lone surrogates.
 */
export function binaryShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd || c === 0xfffe || c === 0xffff) {
      bad++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else bad++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      bad++;
    }
  }
  return bad / text.length;
}

/**
 * Above this share of binary characters a text is treated as binary garbage. Real descriptions
 * carry at most a stray control character or two; 10% leaves a wide margin for those.
 */
export const BINARY_SHARE_LIMIT = 0.1;

/** Throws BinaryContentError when `text` is mostly non-text characters. */
export function assertText(text: string, where: string): void {
  const share = binaryShare(text);
  if (share > BINARY_SHARE_LIMIT) throw new BinaryContentError(where, share);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes one message value to text: strict UTF-8 (invalid bytes are rejected, never replaced),
 * byte-order mark dropped, then the binary-garbage check.
 */
export function decodeMessage(value: string | Buffer | Uint8Array): string {
  let text: string;
  if (typeof value === 'string') {
    text = value.charCodeAt(0) === 0xfeff ? value.slice(1) : value;
  } else {
    try {
      text = utf8.decode(value);
    } catch {
      throw new InvalidEncodingError();
    }
  }
  assertText(text, 'the message');
  return text;
}
