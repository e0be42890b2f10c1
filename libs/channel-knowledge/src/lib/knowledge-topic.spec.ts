import { InvalidChannelKnowledgeError } from '@vidx/boilerplate';
import { decodeKnowledgeRecord, encodeKnowledgeRecord, knowledgeKey, knowledgeTopicConfig } from './knowledge-topic';

describe('knowledge topic', () => {
  it('is compacted, prefixed and has no DLQ of its own', () => {
    const config = knowledgeTopicConfig({ prefix: 't1.', partitions: 3, replicationFactor: 1 });
    expect(config.topic).toBe('t1.videos.channel-knowledge');
    expect(config.numPartitions).toBe(3);
    expect(config.configEntries).toEqual([{ name: 'cleanup.policy', value: 'compact' }]);
  });

  it('keys by channel and segment hash, unambiguously', () => {
    const key = knowledgeKey('CTV News', 'subscribe to ctv news');
    expect(JSON.parse(key)).toEqual(['CTV News', expect.stringMatching(/^[0-9a-f]{32}$/)]);
    expect(knowledgeKey('CTV News', 'subscribe to ctv news')).toBe(key);
    expect(knowledgeKey('CTV News', 'other segment')).not.toBe(key);
    expect(knowledgeKey('a","b', 's')).not.toBe(knowledgeKey('a', 'b","s'));
  });

  it('round-trips records and rejects bad values', () => {
    const record = { channel: 'C', segment: 'a footer line of some length', docIds: ['a', 'b'] };
    expect(decodeKnowledgeRecord(Buffer.from(encodeKnowledgeRecord(record)))).toEqual(record);
    expect(() => decodeKnowledgeRecord('{"channel":"C"}')).toThrow(InvalidChannelKnowledgeError);
    expect(() => decodeKnowledgeRecord('not json')).toThrow(SyntaxError);
  });
});
