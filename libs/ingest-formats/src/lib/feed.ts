import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EmptyInputError, InvalidFieldError, MalformedXmlError, UnknownShapeError } from './errors';
import { assign, isPlainObject, videoIdFromUrl } from './json-formats';
import type { RawRecord } from './raw-record';

type Obj = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep every value a string: a title "2021" must not become the number 2021.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'entry' || name === 'item' || name === 'link',
});

/** Text content of an element parsed by fast-xml-parser (plain string, or `#text` beside attributes). */
function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (isPlainObject(value)) return textOf(value['#text']);
  return undefined;
}

function child(obj: unknown, key: string): unknown {
  return isPlainObject(obj) ? obj[key] : undefined;
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return textOf(links);
  const alternate = links.find((link) => isPlainObject(link) && (link['@_rel'] === undefined || link['@_rel'] === 'alternate'));
  const chosen = alternate ?? links[0];
  return isPlainObject(chosen) ? textOf(chosen['@_href']) ?? textOf(chosen) : textOf(chosen);
}

function keywords(value: unknown): string[] {
  const text = textOf(value);
  return text ? text.split(',').map((tag) => tag.trim()).filter(Boolean) : [];
}

/** One `<entry>` of a YouTube channel Atom feed (`yt:videoId`, `media:group/media:description`, …). */
function fromAtomEntry(entry: unknown, feed: Obj): RawRecord {
  if (!isPlainObject(entry)) throw new InvalidFieldError('entry', 'must be an element with children (title, published, …)');
  const group = entry['media:group'];
  const id = textOf(entry['id']);
  const url = atomLink(entry['link']);
  const record: RawRecord = { format: 'atom', tags: keywords(child(group, 'media:keywords')) };
  assign(record, {
    videoId: textOf(entry['yt:videoId']) ?? (id?.startsWith('yt:video:') ? id.slice('yt:video:'.length) : undefined) ?? (url ? videoIdFromUrl(url) : undefined),
    title: textOf(entry['title']) ?? textOf(child(group, 'media:title')),
    description: textOf(child(group, 'media:description')) ?? textOf(entry['summary']) ?? textOf(entry['content']),
    publishedAt: textOf(entry['published']) ?? textOf(entry['updated']),
    source: textOf(child(entry['author'], 'name')) ?? textOf(child(feed['author'], 'name')) ?? textOf(feed['title']),
    url,
  });
  return record;
}

/** One `<item>` of an RSS 2.0 channel (`title`, `link`, `pubDate`, `description`). */
function fromRssItem(item: unknown, channel: Obj): RawRecord {
  if (!isPlainObject(item)) throw new InvalidFieldError('item', 'must be an element with children (title, pubDate, …)');
  const url = atomLink(item['link']);
  const group = item['media:group'];
  const record: RawRecord = { format: 'atom', tags: [] };
  assign(record, {
    videoId: textOf(item['yt:videoId']) ?? (url ? videoIdFromUrl(url) : undefined),
    title: textOf(item['title']),
    description: textOf(item['description']) ?? textOf(child(group, 'media:description')),
    publishedAt: textOf(item['pubDate']) ?? textOf(item['dc:date']),
    source: textOf(item['dc:creator']) ?? textOf(item['author']) ?? textOf(channel['title']),
    url,
  });
  return record;
}

export interface FeedEntries {
  /** Each entry read as a record, or the error that entry raised (kept in entry order). */
  entries: Array<RawRecord | Error>;
}

/**
 * Reads an Atom feed (`<feed><entry>…`) or an RSS 2.0 feed (`<rss><channel><item>…`). Entries are
 * read independently: one bad entry is reported at its position and its siblings still come out.
 */
export function parseFeed(xml: string): FeedEntries {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new MalformedXmlError(`${valid.err.msg} at line ${valid.err.line}, column ${valid.err.col}`);
  }
  const doc = parser.parse(xml) as Obj;
  const readAll = <T>(list: unknown, read: (entry: unknown) => T): Array<T | Error> =>
    (Array.isArray(list) ? list : []).map((entry) => {
      try {
        return read(entry);
      } catch (error) {
        return error as Error;
      }
    });

  if (isPlainObject(doc.feed)) {
    const feed = doc.feed;
    const entries = readAll(feed.entry, (entry) => fromAtomEntry(entry, feed));
    if (entries.length === 0) throw new EmptyInputError('the Atom feed');
    return { entries };
  }
  const channel = child(doc.rss, 'channel');
  if (isPlainObject(channel)) {
    const entries = readAll(channel.item, (item) => fromRssItem(item, channel));
    if (entries.length === 0) throw new EmptyInputError('the RSS feed');
    return { entries };
  }
  const root = Object.keys(doc).find((key) => !key.startsWith('?')) ?? '(none)';
  throw new UnknownShapeError(`the XML root element <${root}> is neither an Atom <feed> nor an RSS <rss>`);
}
