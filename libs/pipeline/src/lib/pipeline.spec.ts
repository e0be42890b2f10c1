import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processRaw, withoutTimestamps } from './pipeline';

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
