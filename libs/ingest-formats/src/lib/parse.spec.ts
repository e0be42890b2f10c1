import { parseRawMessage, parseValue } from './parse';
import { parseFeed } from './feed';
import { binaryShare, decodeMessage } from './decode';
import { BinaryContentError, InvalidEncodingError } from './errors';

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
  <title>Reuters</title>
  <author><name>Reuters</name></author>
  <entry>
    <id>yt:video:abc123def45</id>
    <yt:videoId>abc123def45</yt:videoId>
    <title>2021</title>
    <link rel="alternate" href="https://www.youtube.com/watch?v=abc123def45"/>
    <author><name>Reuters &amp; Co</name></author>
    <published>2021-06-08T10:00:00+00:00</published>
    <media:group><media:title>2021</media:title><media:description>Line one.

Line two.</media:description></media:group>
  </entry>
  <entry>
    <id>yt:video:zzz</id>
    <title>Second</title>
    <published>2021-06-09T10:00:00+00:00</published>
  </entry>
</feed>`;

describe('parseRawMessage: text layout', () => {
  it('reads title, headers and a multi-line description', () => {
    const { records, rejected } = parseRawMessage('A title\nPublished Date: 6/8/2021\nSource: Bloomberg Quicktake: Now\nFirst line.\n\nSecond.');
    expect(rejected).toEqual([]);
    expect(records).toEqual([
      { format: 'text', tags: [], title: 'A title', publishedAt: '6/8/2021', source: 'Bloomberg Quicktake: Now', description: 'First line.\n\nSecond.' },
    ]);
  });

  it('treats an empty header value as not given', () => {
    const [record] = parseRawMessage('T\nPublished Date:\nSource: PBS\nBody').records;
    expect(record.publishedAt).toBeUndefined();
    expect(record.source).toBe('PBS');
  });

  it('rejects plain text without the layout headers', () => {
    const { records, rejected } = parseRawMessage('just some words\nand more words');
    expect(records).toEqual([]);
    expect(rejected[0].code).toBe('UNKNOWN_SHAPE');
    expect(rejected[0].reason).toMatch(/Published Date/);
  });

  it('reads a Buffer the same as a string', () => {
    const text = 'T\nSource: X\nBody é';
    expect(parseRawMessage(Buffer.from(text))).toEqual(parseRawMessage(text));
  });
});

describe('parseRawMessage: JSON shapes', () => {
  it('reads the generic object', () => {
    const raw = { videoId: 'v1', title: 'T', description: 'D', publishedAt: '2021-06-08', channelTitle: 'C', url: 'https://x', tags: ['a'] };
    expect(parseRawMessage(JSON.stringify(raw)).records).toEqual([
      { format: 'json', tags: ['a'], videoId: 'v1', title: 'T', description: 'D', publishedAt: '2021-06-08', source: 'C', url: 'https://x' },
    ]);
  });

  it('takes the video id from a watch URL when videoId is missing', () => {
    expect(parseValue({ title: 'T', url: 'https://www.youtube.com/watch?v=p7Rk2LmQw9s' }).records[0].videoId).toBe('p7Rk2LmQw9s');
  });

  it('reads a youtube#video resource', () => {
    const raw = { kind: 'youtube#video', id: 'Yq3vH8kTn2E', snippet: { title: 'T', description: 'D', publishedAt: '2023-10-13T16:42:07Z', channelTitle: 'CNBC', tags: ['x'] } };
    expect(parseValue(raw).records[0]).toEqual({
      format: 'youtube-video', tags: ['x'], videoId: 'Yq3vH8kTn2E', title: 'T', description: 'D', publishedAt: '2023-10-13T16:42:07Z', source: 'CNBC',
      url: 'https://www.youtube.com/watch?v=Yq3vH8kTn2E',
    });
  });

  it('reads a list response and an array, numbering items; a bad item does not stop its siblings', () => {
    const list = { kind: 'youtube#videoListResponse', items: [{ kind: 'youtube#video', id: 'a', snippet: { title: 'A' } }, 42, { title: 'C' }] };
    const { records, rejected } = parseRawMessage(JSON.stringify(list));
    expect(records.map((r) => [r.item, r.title])).toEqual([[0, 'A'], [2, 'C']]);
    expect(rejected).toEqual([expect.objectContaining({ code: 'UNKNOWN_SHAPE', item: 1 })]);
  });

  it('accepts a JSON string value as a text-layout document', () => {
    expect(parseValue('T\nSource: S\nBody').records[0]).toMatchObject({ format: 'text', title: 'T', source: 'S' });
  });

  it('rejects wrong field types with the field name', () => {
    const { rejected } = parseValue({ title: 42, description: 'D' });
    expect(rejected[0]).toMatchObject({ code: 'INVALID_FIELD' });
    expect(rejected[0].reason).toMatch(/"title" must be a string, got a number/);
    expect(parseValue({ title: 'T', tags: 'a,b' }).rejected[0].reason).toMatch(/"tags" must be an array of strings/);
    expect(parseValue({ kind: 'youtube#video', id: 'x', snippet: { title: ['T'] } }).rejected[0].reason).toMatch(/snippet\.title/);
  });

  it('rejects unknown shapes, malformed JSON and empty lists', () => {
    expect(parseValue({ foo: 1 }).rejected[0]).toMatchObject({ code: 'UNKNOWN_SHAPE' });
    expect(parseValue({ foo: 1 }).rejected[0].reason).toMatch(/found: foo/);
    expect(parseValue(12).rejected[0].code).toBe('UNKNOWN_SHAPE');
    expect(parseValue({ kind: 'youtube#channel', snippet: {} }).rejected[0].reason).toMatch(/not a video/);
    expect(parseRawMessage('{"title": ').rejected[0].code).toBe('MALFORMED_JSON');
    expect(parseRawMessage('[]').rejected[0].code).toBe('EMPTY_INPUT');
    expect(parseRawMessage('   ').rejected[0].code).toBe('EMPTY_INPUT');
  });
});

describe('parseRawMessage: Atom / RSS feeds', () => {
  it('gives one record per entry with YouTube fields', () => {
    const { records, rejected } = parseRawMessage(FEED);
    expect(rejected).toEqual([]);
    expect(records[0]).toEqual({
      format: 'atom', item: 0, tags: [], videoId: 'abc123def45', title: '2021', description: 'Line one.\n\nLine two.',
      publishedAt: '2021-06-08T10:00:00+00:00', source: 'Reuters & Co', url: 'https://www.youtube.com/watch?v=abc123def45',
    });
    expect(records[1]).toMatchObject({ item: 1, videoId: 'zzz', title: 'Second', source: 'Reuters' });
  });

  it('reads RSS items', () => {
    const rss = '<rss version="2.0"><channel><title>Chan</title><item><title>T</title><link>https://www.youtube.com/watch?v=abcdefghijk</link><pubDate>Tue, 08 Jun 2021 14:00:00 GMT</pubDate><description>D</description></item></channel></rss>';
    expect(parseRawMessage(rss).records[0]).toMatchObject({ format: 'atom', videoId: 'abcdefghijk', title: 'T', source: 'Chan', publishedAt: 'Tue, 08 Jun 2021 14:00:00 GMT' });
  });

  it('rejects malformed XML, other roots and empty feeds', () => {
    expect(parseRawMessage('<feed><entry></feed>').rejected[0].code).toBe('MALFORMED_XML');
    expect(parseRawMessage('<html><body/></html>').rejected[0].reason).toMatch(/<html>/);
    expect(() => parseFeed('<feed><title>x</title></feed>')).toThrow(/holds no documents/);
  });
});

describe('decoding', () => {
  it('rejects invalid UTF-8 and binary garbage', () => {
    expect(() => decodeMessage(Buffer.from([0x41, 0xff, 0xfe, 0x42]))).toThrow(InvalidEncodingError);
    expect(() => decodeMessage('\u0000\u0001\u0002abc')).toThrow(BinaryContentError);
    expect(parseRawMessage(Buffer.from([0xc3, 0x28])).rejected[0].code).toBe('INVALID_UTF8');
    expect(parseRawMessage('T\nSource: S\n' + '\u0000'.repeat(50)).rejected[0].code).toBe('BINARY_CONTENT');
  });

  it('drops a byte-order mark and tolerates a stray control character', () => {
    expect(decodeMessage(Buffer.from('\ufeffT\nSource: S\nBody'))).toBe('T\nSource: S\nBody');
    expect(binaryShare('a normal sentence with one \u0007 bell')).toBeLessThan(0.1);
  });
});
