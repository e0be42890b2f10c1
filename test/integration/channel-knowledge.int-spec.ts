import { normalizeSegment } from '@vidx/boilerplate';
import { ChannelKnowledgeStore, decodeKnowledgeRecord } from '@vidx/channel-knowledge';
import { Topic } from '@vidx/contracts';
import { createLogger } from '@vidx/observability';
import { stripStage } from '@vidx/pipeline';
import { clean } from '@vidx/text-cleaning';
import { eventually, readTopic, uniqueName } from '@vidx/testing';
import { dropRunTopics, testKafka } from './support';

/**
 * The channel-knowledge store against a real broker: what one instance learns is on the
 * compacted topic, a store started afterwards (a restart, another instance) knows it before it
 * reports ready, and two instances running together combine what each saw.
 */
describe('ChannelKnowledgeStore', () => {
  const kafka = testKafka();
  const prefix = `${uniqueName('knowledge')}.`;
  const layout = { prefix, partitions: 2, replicationFactor: 1 };
  const logger = createLogger({ service: 'it', level: 'error' });
  const stores: ChannelKnowledgeStore[] = [];
  const newStore = () => {
    const store = new ChannelKnowledgeStore({ kafka, layout, logger, flushIntervalInMs: 50, loadTimeoutInMs: 30_000 });
    stores.push(store);
    return store;
  };

  // A footer no rule catches: only repetition says it is boilerplate.
  const footer = (channel: string) => `Editing and graphics for ${channel} by Tomas Reyes and Ana Kovac, weekend desk.`;
  const doc = (channel: string, id: string, story: string) => {
    const [cleaned] = clean({ videoId: id, title: `Video ${id}`, channelTitle: channel, description: `${story}\n\n${footer(channel)}` }).documents;
    return cleaned;
  };
  const story = (n: number) => `Report number ${n}: the council met in district ${n} on Tuesday to discuss the budget.`;

  afterAll(async () => {
    for (const store of stores) await store.stop();
    await dropRunTopics(kafka, prefix);
  }, 60_000);

  it('persists what it learns; a store started later knows it before it is ready', async () => {
    const first = newStore();
    await first.start();
    expect(first.isReady()).toBe(true);
    for (let i = 0; i < 3; i += 1) first.observe(doc('Lantern Report', `lr-${i}`, story(i)));
    first.observe(doc('Other Channel', 'oc-0', story(9)));
    expect(first.patternsFor('Lantern Report')).toEqual([normalizeSegment(footer('Lantern Report'))]);
    expect(first.patternsFor('Other Channel')).toEqual([]);
    await first.stop(); // flushes: acks=-1 before it returns

    const admin = kafka.admin();
    await admin.connect();
    const [described] = (await admin.describeConfigs({ resources: [{ type: 2, name: first.topic, configNames: ['cleanup.policy'] }], includeSynonyms: false })).resources;
    const topics = await admin.listTopics();
    await admin.disconnect();
    expect(described.configEntries.find((e) => e.configName === 'cleanup.policy')?.configValue).toBe('compact');
    expect(first.topic).toBe(`${prefix}${Topic.ChannelKnowledge}`);
    expect(topics).not.toContain(`${first.topic}.dlq`);

    // Only repeated segments are published (publishMinDocuments = 2), each keyed by channel + segment.
    const messages = await readTopic(kafka, first.topic, 1);
    const records = messages.map((m) => decodeKnowledgeRecord(m.value!));
    expect(records.every((r) => r.channel === 'Lantern Report' && r.docIds.length >= 2)).toBe(true);
    expect(records.some((r) => r.segment === normalizeSegment(footer('Lantern Report')))).toBe(true);

    const restarted = newStore();
    expect(restarted.isReady()).toBe(false);
    await restarted.start();
    expect(restarted.isReady()).toBe(true);
    expect(restarted.patternsFor('Lantern Report')).toEqual([normalizeSegment(footer('Lantern Report'))]);
    expect(restarted.knowledge.get('Lantern Report', normalizeSegment(footer('Lantern Report')))?.docIds).toEqual(['lr-0', 'lr-1', 'lr-2']);

    // A new document of the channel is stripped of the learned footer by the stage function.
    const next = doc('Lantern Report', 'lr-3', story(3));
    restarted.observe(next);
    const stripped = stripStage(next, { channelPatterns: (s) => restarted.patternsFor(s) });
    expect(stripped.body).toBe(story(3));
    expect(stripped.removed).toEqual([{ text: footer('Lantern Report'), reason: 'learned-channel-footer' }]);
    await restarted.stop();
  }, 120_000);

  it('combines what two running instances each saw, and redelivery does not count twice', async () => {
    const a = newStore();
    const b = newStore();
    await Promise.all([a.start(), b.start()]);
    const channel = 'Harbour Weekly';
    const segment = normalizeSegment(footer(channel));

    // a sees two documents (one of them twice), b sees a third: neither has three on its own.
    a.observe(doc(channel, 'hw-1', story(1)));
    a.observe(doc(channel, 'hw-2', story(2)));
    a.observe(doc(channel, 'hw-2', story(2)));
    expect(a.patternsFor(channel)).toEqual([]);
    b.observe(doc(channel, 'hw-3', story(3)));

    await eventually(async () => (b.patternsFor(channel).includes(segment) ? true : undefined), 30_000, 'b to learn from a');
    await eventually(async () => (a.patternsFor(channel).includes(segment) ? true : undefined), 30_000, 'a to learn from b');
    expect(a.knowledge.get(channel, segment)?.docIds).toEqual(['hw-1', 'hw-2', 'hw-3']);
    expect(b.knowledge.get(channel, segment)?.docIds).toEqual(['hw-1', 'hw-2', 'hw-3']);
    await a.stop();
    await b.stop();

    // The newest value on the topic for the footer's key is the union: a fresh store knows all three.
    const c = newStore();
    await c.start();
    expect(c.knowledge.get(channel, segment)?.docIds).toEqual(['hw-1', 'hw-2', 'hw-3']);
    expect(c.patternsFor(channel)).toEqual([segment]);
  }, 120_000);
});
