import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CleanedDocumentSchema } from '@vidx/contracts';
import { clean } from './clean';
import { CONTENT_HASH_PREFIX } from './document-id';

const seed = readFileSync(join(__dirname, '../../../../test/fixtures/seed-bloomberg-harris-amlo.txt'), 'utf8');

describe('clean', () => {
  it('cleans the seed text layout into a valid CleanedDocument with a content-hash id', () => {
    const { documents, rejected } = clean(seed);
    expect(rejected).toEqual([]);
    const [doc] = documents;
    expect(CleanedDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc).toMatchObject({
      format: 'text',
      title: 'Kamala Harris Meets Mexican President AMLO in Mexico City',
      publishedAt: '2021-06-08',
      source: 'Bloomberg Quicktake: Now',
      language: 'en',
      pipeline: {},
    });
    expect(doc.id).toMatch(/^h-[0-9a-f]{64}$/);
    expect(doc.description.startsWith('Vice President Kamala Harris arrived')).toBe(true);
    expect('videoId' in doc).toBe(false);
  });

  it('is deterministic and gives the same id to the same video in another shape', () => {
    const json = { title: 'Kamala Harris Meets Mexican President AMLO in Mexico City', publishedAt: 'June 8, 2021', channelTitle: 'Bloomberg Quicktake: Now', description: 'x' };
    expect(clean(seed)).toEqual(clean(Buffer.from(seed)));
    expect(clean(json).documents[0].id).toBe(clean(seed).documents[0].id);
    expect(clean(json).documents[0].id.startsWith(CONTENT_HASH_PREFIX)).toBe(true);
  });

  it('uses the source video id when there is one', () => {
    const doc = clean({ kind: 'youtube#video', id: 'Yq3vH8kTn2E', snippet: { title: 'T', description: 'D', publishedAt: '2023-10-13T16:42:07Z', channelTitle: 'CNBC', tags: ['a', 'a', ' b '] } }).documents[0];
    expect(doc).toMatchObject({ id: 'Yq3vH8kTn2E', videoId: 'Yq3vH8kTn2E', format: 'youtube-video', publishedAt: '2023-10-13T16:42:07Z', tags: ['a', 'b'] });
  });

  it('cleans every entry of a feed and every item of a list', () => {
    const feed = `<feed xmlns:yt="y" xmlns:media="m"><entry><yt:videoId>a1</yt:videoId><title>One</title><published>2021-06-08T10:00:00+02:00</published><media:group><media:description>Desc &amp;amp; more</media:description></media:group></entry><entry><yt:videoId>a2</yt:videoId><title>Two</title><published>2/30/2021</published></entry></feed>`;
    const { documents, rejected } = clean(feed);
    expect(documents.map((d) => [d.id, d.publishedAt, d.description])).toEqual([['a1', '2021-06-08T08:00:00Z', 'Desc & more']]);
    expect(rejected).toEqual([expect.objectContaining({ code: 'INVALID_DATE', item: 1 })]);
  });

  it('accepts a title with an empty description', () => {
    const { documents } = clean({ title: 'Only a title', description: '' });
    expect(documents[0]).toMatchObject({ title: 'Only a title', description: '' });
  });

  it('normalises title and description', () => {
    const doc = clean({ title: ' Caf\u00c3\u00a9  <b>news</b> ', description: 'Line one &amp; two.\n\n\n► Subscribe' }).documents[0];
    expect(doc.title).toBe('Café news');
    expect(doc.description).toBe('Line one & two.\n\nSubscribe');
  });

  describe('rejections', () => {
    it('no title and no description', () => {
      expect(clean({ videoId: 'x', title: ' ', description: '\u200b' }).rejected[0].code).toBe('EMPTY_DOCUMENT');
    });

    it('binary garbage in a field and invalid UTF-8', () => {
      expect(clean({ title: 'T', description: '\u0000\u0001\u0002\u0003 x' }).rejected[0].code).toBe('BINARY_CONTENT');
      expect(clean(Buffer.from([0xff, 0xfe, 0x00, 0x41])).rejected[0].code).toBe('INVALID_UTF8');
    });

    it('a description over the size limit, with the limit in the message', () => {
      const { rejected } = clean({ title: 'T', description: 'x'.repeat(101) }, { maxDocumentBytes: 100 });
      expect(rejected[0]).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
      expect(rejected[0].reason).toMatch(/101 bytes.*100-byte limit/);
      expect(clean({ title: 'T', description: 'x'.repeat(200 * 1024) }).documents).toHaveLength(1);
    });

    it('wrong types and unknown shapes', () => {
      expect(clean({ title: 7, description: 'D' }).rejected[0].code).toBe('INVALID_FIELD');
      expect(clean({ hello: 'world' }).rejected[0].code).toBe('UNKNOWN_SHAPE');
      expect(clean(null).rejected[0].code).toBe('UNKNOWN_SHAPE');
    });

    it('impossible dates', () => {
      expect(clean('T\nPublished Date: 13/45/2021\nSource: S\nBody').rejected[0]).toMatchObject({ code: 'INVALID_DATE' });
    });

    it('keeps valid siblings and numbers the bad item', () => {
      const { documents, rejected } = clean([{ title: 'A' }, { title: 'B', publishedAt: 'soon' }, { title: 'C' }]);
      expect(documents.map((d) => d.title)).toEqual(['A', 'C']);
      expect(rejected).toEqual([expect.objectContaining({ code: 'INVALID_DATE', item: 1 })]);
    });
  });

  it('refuses a nonsensical size limit', () => {
    expect(() => clean('x', { maxDocumentBytes: -1 })).toThrow(/maxDocumentBytes/);
  });
});
