/**
 * URLs, hashtags and chapter lists: the structured things a description carries besides prose.
 */

/** A URL as written: with a scheme, or starting `www.`. Trailing sentence punctuation is not part of it. */
const URL_CANDIDATE = /\b(?:https?:\/\/|www\.)[^\s<>"“”‘’'`{}|\\^[\]]+/gi;

export interface UrlSpan {
  url: string;
  start: number;
  end: number;
}

function trimUrl(raw: string): string {
  let url = raw.replace(/[.,;:!?…]+$/u, '');
  // A closing bracket belongs to the URL only when the URL opened one (Wikipedia-style links).
  while (/[)\]]$/.test(url)) {
    const open = url.endsWith(')') ? '(' : '[';
    const close = url.slice(-1);
    if (url.split(open).length >= url.split(close).length) break;
    url = url.slice(0, -1).replace(/[.,;:!?…]+$/u, '');
  }
  return url;
}

export function findUrls(text: string): UrlSpan[] {
  const spans: UrlSpan[] = [];
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const url = trimUrl(match[0]);
    if (/^(?:https?:\/\/|www\.)[^./]+\.[^.]/i.test(url) || /^https?:\/\/[^/]+/i.test(url)) {
      spans.push({ url, start: match.index!, end: match.index! + url.length });
    }
  }
  return spans;
}

/** Every URL in order of appearance, each once (exact string). */
export function extractLinks(text: string): string[] {
  return [...new Set(findUrls(text).map((span) => span.url))];
}

/** Replaces each URL by a placeholder of the same length, so offsets stay valid. */
export function maskUrls(text: string, fill = ' '): string {
  let out = '';
  let last = 0;
  for (const span of findUrls(text)) {
    out += text.slice(last, span.start) + fill.repeat(span.end - span.start);
    last = span.end;
  }
  return out + text.slice(last);
}

/** `#Tag`: at least one letter, not inside a URL, not glued to a preceding word (`C#`, `&#`). */
const HASHTAG = /(?<![\p{L}\p{N}_&#/])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu;

/** Hashtags as written (`#CNBC`), in order; a tag seen again in other letter case is not repeated. */
export function extractHashtags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const match of maskUrls(text).matchAll(HASHTAG)) {
    const key = match[0].toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      tags.push(match[0]);
    }
  }
  return tags;
}

/** True when the text is nothing but hashtags (a tag line). */
export function isHashtagOnly(text: string): boolean {
  // Cheap exit for the usual line: a tag line starts with '#'.
  if (!text.trimStart().startsWith('#')) return false;
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((token) => /^#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*[.,;]?$/u.test(token));
}
