import { createHash } from 'node:crypto';

/** Prefix of content-hash ids, so they can never collide with a YouTube video id (11 chars, no `h-`). */
export const CONTENT_HASH_PREFIX = 'h-';

/**
 * The stable document id. The source's video id when there is one; otherwise
 * `h-` + hex SHA-256 of the *normalised* source, title and publication date joined by U+001F
 * (unit separator; an absent field is the empty string). Hashing normalised values makes the same
 * video sent as text layout or as JSON get the same id, so replays and duplicates overwrite.
 */
export function documentId(fields: { videoId?: string; source?: string; title: string; publishedAt?: string }): string {
  if (fields.videoId) return fields.videoId;
  const key = [fields.source ?? '', fields.title, fields.publishedAt ?? ''].join('\u001f');
  return CONTENT_HASH_PREFIX + createHash('sha256').update(key, 'utf8').digest('hex');
}
