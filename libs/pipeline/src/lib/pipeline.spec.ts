import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processRaw, processRawBatch, withoutTimestamps } from './pipeline';

const seed = readFileSync(join(__dirname, '../../../../test/fixtures/seed-bloomberg-harris-amlo.txt'), 'utf8');
const fixed = { now: () => '2026-01-01T00:00:00.000Z' };

describe('processRaw', () => {
  it('takes the seed through every stage', () => {
    const { documents, rejected } = processRaw(seed, fixed);
    expect(rejected).toEqual([]);
    expect(documents).toHaveLength(1);
    const [doc] = documents;
    expect(doc.title).toBe('Kamala Harris Meets Mexican President AMLO in Mexico City');
    expect(doc.publishedAt).toBe('2021-06-08');
    expect(doc.body).toContain('Hondurans were second with 22%');
    expect(doc.body).not.toContain('Subscribe to our YouTube channel');
    expect(doc.people).toContain('Kamala Harris');
    expect(doc.locations).toContain('Mexico');
    expect(doc.pipeline).toEqual({ cleanedAt: fixed.now(), strippedAt: fixed.now(), enrichedAt: fixed.now() });
  });

  it('is deterministic apart from timestamps', () => {
    const a = processRaw(seed).documents[0];
    const b = processRaw(seed, fixed).documents[0];
    expect(withoutTimestamps(a)).toEqual(withoutTimestamps(b));
  });

  it('reports rejections instead of throwing', () => {
    const { documents, rejected } = processRaw('{"title": 42}');
    expect(documents).toEqual([]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatch(/title/);
  });
});

describe('processRawBatch (learning channels)', () => {
  const footer = 'Editing and graphics by Tomas Reyes and Ana Kovac for the weekend desk.';
  const stories = [
    'Flooding closed the main bridge in Valencia on Tuesday after two days of heavy rain.',
    'The city council approved a new budget for public transport by a narrow margin.',
    'Farmers protested outside the ministry over the price of diesel and fertiliser.',
  ];
  const input = (channel: string) =>
    stories.map((story, i) => ({ videoId: `${channel.replace(/\W/g, '')}-${i}`, title: `Story ${i}`, channelTitle: channel, description: `${story}\n\n${footer}` }));

  it('removes a repeated footer from every document of the channel, the first ones included', () => {
    const { results, knowledge } = processRawBatch([...input('Lantern Report'), '{"title": 42}'], fixed);
    expect(knowledge.patternsFor('Lantern Report')).toHaveLength(1);
    expect(results).toHaveLength(4);
    results.slice(0, 3).forEach((result, i) => {
      expect(result.documents[0].body).toBe(stories[i]);
      expect(result.documents[0].removed).toEqual([{ text: footer, reason: 'learned-channel-footer' }]);
    });
    expect(results[3].rejected).toHaveLength(1);
  });

  it('equals processRaw when nothing repeats often enough', () => {
    const values = input('Two Videos').slice(0, 2);
    const { results } = processRawBatch(values, fixed);
    expect(results.map((r) => r.documents)).toEqual(values.map((v) => processRaw(v, fixed).documents));
    expect(results[0].documents[0].body).toContain(footer);
  });
});
