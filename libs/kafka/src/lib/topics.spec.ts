import { Topic } from '@vidx/contracts';
import { topicConfigs, topicName } from './topics';

describe('topicConfigs', () => {
  it('gives each topic a DLQ and compacts only videos.cleaned', () => {
    const configs = topicConfigs([Topic.Raw, Topic.Cleaned], { prefix: 't1.', partitions: 3, replicationFactor: 1 });
    expect(configs.map((c) => c.topic)).toEqual(['t1.videos.raw', 't1.videos.raw.dlq', 't1.videos.cleaned', 't1.videos.cleaned.dlq']);
    const compacted = configs.filter((c) => c.configEntries?.some((e) => e.value === 'compact')).map((c) => c.topic);
    expect(compacted).toEqual(['t1.videos.cleaned']);
    expect(configs[0].numPartitions).toBe(3);
  });

  it('prefixes names', () => {
    expect(topicName(Topic.Enriched, '')).toBe('videos.enriched');
    expect(topicName(Topic.Enriched, 'x-')).toBe('x-videos.enriched');
  });
});
