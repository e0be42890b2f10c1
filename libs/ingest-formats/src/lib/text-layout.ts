import { UnknownShapeError } from './errors';
import type { RawRecord } from './raw-record';

/**
 * Header lines the text layout may carry between the title line and the description, in any order.
 * `Published Date` and `Source` are the seed's; the others let a producer pass the same fields the
 * JSON shape has.
 */
const HEADER = /^\s*(published date|published|date|source|channel|url|link|video id|tags)\s*:[ \t]*(.*?)\s*$/i;

type HeaderName = 'publishedAt' | 'source' | 'url' | 'videoId' | 'tags';

function headerField(name: string): HeaderName {
  switch (name.toLowerCase()) {
    case 'source':
    case 'channel':
      return 'source';
    case 'url':
    case 'link':
      return 'url';
    case 'video id':
      return 'videoId';
    case 'tags':
      return 'tags';
    default:
      return 'publishedAt';
  }
}

/**
 * Reads the seed's plain-text layout:
 *
 * ```
 * <title line>
 * Published Date: 6/8/2021
 * Source: Bloomberg Quicktake: Now
 * <description, any number of lines>
 * ```
 *
 * At least one of `Published Date:` / `Source:` must follow the title line, or the text is not in
 * the layout (rejected rather than guessed at). An empty header value means "not given".
 */
export function parseTextLayout(text: string): RawRecord {
  const lines = text.split(/\r\n|\r|\n/);
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;

  let title: string | undefined;
  if (i < lines.length && !HEADER.test(lines[i])) {
    title = lines[i];
    i++;
  }
  const fields: Partial<Record<HeaderName, string>> = {};
  let sawKeyHeader = false;
  for (; i < lines.length; i++) {
    const match = HEADER.exec(lines[i]);
    if (!match) break;
    const field = headerField(match[1]);
    if (field === 'publishedAt' || field === 'source') sawKeyHeader = true;
    if (fields[field] === undefined) fields[field] = match[2];
  }
  if (!sawKeyHeader) {
    throw new UnknownShapeError(
      'the text is not in the text layout: no "Published Date:" or "Source:" line follows its title line',
    );
  }
  const description = lines.slice(i).join('\n');
  const record: RawRecord = { format: 'text', tags: [] };
  if (title !== undefined) record.title = title;
  if (description.trim() !== '') record.description = description;
  if (fields.publishedAt) record.publishedAt = fields.publishedAt;
  if (fields.source) record.source = fields.source;
  if (fields.url) record.url = fields.url;
  if (fields.videoId) record.videoId = fields.videoId;
  if (fields.tags) record.tags = fields.tags.split(',').map((tag) => tag.trim()).filter(Boolean);
  return record;
}
