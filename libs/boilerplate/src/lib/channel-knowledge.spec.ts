import type { CleanedDocument } from '@vidx/contracts';
import { clean } from '@vidx/text-cleaning';
import { ChannelKnowledge, learnableSegments, mergeRecords, parseKnowledgeRecord, unionDocIds, type KnowledgeRecord } from './channel-knowledge';
import { InvalidChannelKnowledgeError } from './errors';
import { normalizeSegment, stripBoilerplate } from './strip';

// A footer no rule knows (no call to action, no link): only repetition can tell it is boilerplate.
const FOOTER = 'Editing and graphics by Tomas Reyes and Ana Kovac for the weekend desk.';
const STORIES = [
  'Flooding closed the main bridge in Valencia on Tuesday after two days of heavy rain.',
  'The city council approved a new budget for public transport by a narrow margin.',
  'Farmers protested outside the ministry over the price of diesel and fertiliser.',
  'A new hospital wing opened in the north of the city, adding two hundred beds.',
];

function doc(id: string, story: string, source: string | null = 'Lantern Report', footer = FOOTER): CleanedDocument {
  const [cleaned] = clean({ videoId: id, title: `Video ${id}`, description: `${story}\n\n${footer}`, channelTitle: source ?? undefined }).documents;
  return cleaned;
}

const footerKey = normalizeSegment(FOOTER);

describe('ChannelKnowledge', () => {
  it('learns a footer after minDocuments documents of a channel and strips it with the rules', () => {
    const knowledge = new ChannelKnowledge();
    const docs = STORIES.map((story, i) => doc(`v${i}`, story));
    // The rules alone keep the footer: it is the case learning is for.
    expect(stripBoilerplate(docs[3]).body).toContain(FOOTER);

    knowledge.observe(docs[0]);
    knowledge.observe(docs[1]);
    expect(knowledge.patternsFor('Lantern Report')).toEqual([]);
    knowledge.observe(docs[2]);
    expect(knowledge.patternsFor('Lantern Report')).toEqual([footerKey]);

    const out = stripBoilerplate(docs[3], { channelPatterns: knowledge.patternsFor('Lantern Report') });
    expect(out.body).toBe(STORIES[3]);
    expect(out.removed).toEqual([{ text: FOOTER, reason: 'learned-channel-footer' }]);
  });

  it('does not learn from one document, however often it is redelivered', () => {
    const knowledge = new ChannelKnowledge();
    const once = doc('v1', STORIES[0]);
    const first = knowledge.observe(once);
    expect(first.map((r) => r.segment)).toContain(footerKey);
    for (let i = 0; i < 5; i += 1) expect(knowledge.observe(once)).toEqual([]);
    expect(knowledge.get('Lantern Report', footerKey)?.docIds).toEqual(['v1']);
    expect(knowledge.patternsFor('Lantern Report')).toEqual([]);
  });

  it('keeps channels apart', () => {
    const knowledge = new ChannelKnowledge();
    knowledge.observe(doc('a1', STORIES[0], 'Channel A'));
    knowledge.observe(doc('b1', STORIES[1], 'Channel B'));
    knowledge.observe(doc('c1', STORIES[2], 'Channel C'));
    expect(knowledge.patternsFor('Channel A')).toEqual([]);
    expect(knowledge.patternsFor('Channel B')).toEqual([]);
    knowledge.observe(doc('a2', STORIES[1], 'Channel A'));
    knowledge.observe(doc('a3', STORIES[2], 'Channel A'));
    expect(knowledge.patternsFor('Channel A')).toEqual([footerKey]);
    expect(knowledge.patternsFor('Channel B')).toEqual([]);
  });

  it('does not learn from documents without a source', () => {
    const knowledge = new ChannelKnowledge();
    for (let i = 0; i < 3; i += 1) expect(knowledge.observe(doc(`n${i}`, STORIES[i], null))).toEqual([]);
    expect(knowledge.stats().channels).toBe(0);
    expect(knowledge.patternsFor(undefined)).toEqual([]);
  });

  it('does not learn an editorial sentence that repeats in fewer than minDocuments documents', () => {
    const knowledge = new ChannelKnowledge();
    const shared = 'The prime minister said the talks would resume in Brussels next week.';
    knowledge.observe(doc('e1', `${STORIES[0]} ${shared}`));
    knowledge.observe(doc('e2', `${STORIES[1]} ${shared}`));
    knowledge.observe(doc('e3', STORIES[2]));
    expect(knowledge.get('Lantern Report', normalizeSegment(shared))?.docIds).toEqual(['e1', 'e2']);
    expect(knowledge.patternsFor('Lantern Report')).toEqual([footerKey]);
  });

  it('skips short segments and hashtag lines', () => {
    expect(learnableSegments('Watch live\n#news #world #today\nRead more:\nA line that is long enough to count.')).toEqual([
      'a line that is long enough to count',
    ]);
  });

  it('learns the sentences of a line as well as the line', () => {
    expect(learnableSegments('The talks resumed in Geneva on Monday. Produced by the weekend desk team.')).toEqual([
      'the talks resumed in geneva on monday. produced by the weekend desk team',
      'the talks resumed in geneva on monday',
      'produced by the weekend desk team',
    ]);
  });

  it('never lets learned patterns remove every segment the rules keep (identical descriptions)', () => {
    const knowledge = new ChannelKnowledge();
    const same = (id: string) => doc(id, STORIES[0]);
    for (const id of ['d1', 'd2', 'd3']) knowledge.observe(same(id));
    const patterns = knowledge.patternsFor('Lantern Report');
    expect(patterns).toEqual(expect.arrayContaining([footerKey, normalizeSegment(STORIES[0])]));
    const out = stripBoilerplate(same('d4'), { channelPatterns: patterns });
    expect(out.body).toContain(STORIES[0]);
    // A document with news of its own still loses the learned footer.
    expect(stripBoilerplate(doc('d5', STORIES[1]), { channelPatterns: patterns }).body).toBe(STORIES[1]);
  });

  it('falls back to the rules when learning would take the text a heading introduces (a series synopsis)', () => {
    const knowledge = new ChannelKnowledge();
    const synopsis = 'SERIES SYNOPSIS\nTwin sisters marry two brothers of the same family and run its business together in Chennai.';
    const episode = (id: string) => doc(id, synopsis, 'Lantern Serials', 'Follow us on Twitter: https://twitter.com/lanternserials');
    for (const id of ['s1', 's2', 's3']) knowledge.observe(episode(id));
    const out = stripBoilerplate(episode('s4'), { channelPatterns: knowledge.patternsFor('Lantern Serials') });
    expect(out.body).toContain('Twin sisters marry two brothers');
    expect(out.removed.map((r) => r.reason)).not.toContain('learned-channel-footer');
  });

  it('bounds channels (least recently active forgotten) and candidates per channel', () => {
    const knowledge = new ChannelKnowledge({ maxChannels: 2, maxSegmentsPerChannel: 10 });
    knowledge.observe(doc('x1', STORIES[0], 'Old'));
    knowledge.observe(doc('y1', STORIES[1], 'Middle'));
    knowledge.observe(doc('z1', STORIES[2], 'New'));
    expect(knowledge.stats().channels).toBe(2);
    expect(knowledge.get('Old', footerKey)).toBeUndefined();
    expect(knowledge.get('New', footerKey)).toBeDefined();

    // 40 distinct one-off sentences and the footer in every document: the cap holds and the footer survives.
    for (let i = 0; i < 40; i += 1) {
      knowledge.observe(doc(`m${i}`, `Story number ${i} happened in a town called Place${i} today.`, 'Busy'));
      const busy = knowledge.records().filter((r) => r.channel === 'Busy');
      expect(busy.length).toBeLessThanOrEqual(10);
    }
    expect(knowledge.patternsFor('Busy')).toEqual([footerKey]);
    expect(knowledge.get('Busy', footerKey)?.docIds).toHaveLength(5);
  });

  it('caps the ids kept per segment to the smallest ones', () => {
    const knowledge = new ChannelKnowledge({ maxDocIdsPerSegment: 3 });
    for (const id of ['e', 'd', 'c', 'b', 'a']) knowledge.observe(doc(id, STORIES[0]));
    expect(knowledge.get('Lantern Report', footerKey)?.docIds).toEqual(['a', 'b', 'c']);
  });

  it('rejects unusable options', () => {
    expect(() => new ChannelKnowledge({ minDocuments: 1 })).toThrow(InvalidChannelKnowledgeError);
    expect(() => new ChannelKnowledge({ minDocuments: 4, maxDocIdsPerSegment: 3 })).toThrow(/maxDocIdsPerSegment/);
    expect(() => new ChannelKnowledge({ maxChannels: Number.NaN })).toThrow(/maxChannels/);
  });
});

describe('merging knowledge records', () => {
  const r = (docIds: string[]): KnowledgeRecord => ({ channel: 'C', segment: 's', docIds });

  it('is idempotent, commutative and associative, capped to the smallest ids', () => {
    const a = r(['3', '1']);
    const b = r(['2', '5']);
    const c = r(['4', '0']);
    expect(mergeRecords(a, a, 5).docIds).toEqual(['1', '3']);
    expect(mergeRecords(a, b, 3)).toEqual(mergeRecords(b, a, 3));
    expect(mergeRecords(mergeRecords(a, b, 3), c, 3)).toEqual(mergeRecords(a, mergeRecords(b, c, 3), 3));
    expect(mergeRecords(mergeRecords(a, b, 3), c, 3).docIds).toEqual(['0', '1', '2']);
    expect(unionDocIds(['b', 'a', 'b'], [], 5)).toEqual(['a', 'b']);
    expect(() => mergeRecords(a, { ...b, segment: 'other' })).toThrow(InvalidChannelKnowledgeError);
  });

  it('merging into the knowledge reports change only when ids were gained', () => {
    const knowledge = new ChannelKnowledge();
    const record: KnowledgeRecord = { channel: 'Lantern Report', segment: footerKey, docIds: ['v1', 'v2'] };
    expect(knowledge.merge(record)).toEqual({ changed: true, current: record });
    expect(knowledge.merge(record)).toEqual({ changed: false, current: record });
    expect(knowledge.patternsFor('Lantern Report')).toEqual([]);
    // A document observed locally plus the shared record: learned, and the merged record is the union.
    knowledge.observe(doc('v3', STORIES[0]));
    expect(knowledge.patternsFor('Lantern Report')).toEqual([footerKey]);
    expect(knowledge.merge({ ...record, docIds: ['v2'] })).toEqual({ changed: false, current: { ...record, docIds: ['v1', 'v2', 'v3'] } });
  });

  it('validates records from outside', () => {
    expect(parseKnowledgeRecord({ channel: 'C', segment: 's', docIds: ['b', 'a', 'a'] })).toEqual({ channel: 'C', segment: 's', docIds: ['a', 'b'] });
    for (const bad of [null, 'x', { channel: '', segment: 's', docIds: ['a'] }, { channel: 'C', segment: 's', docIds: [] }, { channel: 'C', segment: 's', docIds: [1] }]) {
      expect(() => parseKnowledgeRecord(bad)).toThrow(InvalidChannelKnowledgeError);
    }
  });
});
