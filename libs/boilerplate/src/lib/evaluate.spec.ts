import type { StrippedDocument } from '@vidx/contracts';
import { alignKept, evaluateCases, parseEvalCases, scoreCase, type EvalCase } from './evaluate';

const base: StrippedDocument = {
  schemaVersion: 1, id: 'x', format: 'text', title: 'T', publishedAt: '2021-06-08T10:00:00Z', source: 'S', tags: [], language: 'en',
  description: 'Alpha beta gamma.\n\nSubscribe to us: https://x.y/z\n#Tag',
  body: 'Alpha beta gamma.', removed: [], links: ['https://x.y/z'], hashtags: ['#Tag'], chapters: [], sponsors: [], pipeline: {},
};
const testCase: EvalCase = {
  id: 'c1',
  raw: 'ignored',
  expected: {
    title: 'T', publishedAt: '2021-06-08', source: 'S', boilerplate: ['► Subscribe to us: https://x.y/z', '#Tag'], keep: ['beta gamma.'],
    hashtags: ['#Tag'], links: ['https://x.y/z'],
  },
};

describe('scoreCase', () => {
  it('scores a perfect document as perfect, comparing publishedAt on the date', () => {
    const score = scoreCase(testCase, { document: base, rejected: [] });
    expect(score).toMatchObject({
      editorialTokens: { kept: 3, total: 3 },
      boilerplateTokens: { removed: 8, total: 8 },
      keep: { kept: 1, total: 1 },
      metadata: { title: true, publishedAt: true, source: true },
      chapters: true, hashtags: true, links: true, misses: [],
    });
  });

  it('lists lost editorial text and boilerplate left in the body', () => {
    const score = scoreCase(testCase, { document: { ...base, body: 'Alpha.\n#Tag' }, rejected: [] });
    expect(score.editorialTokens).toEqual({ kept: 1, total: 3 });
    expect(score.boilerplateTokens).toEqual({ removed: 7, total: 8 });
    expect(score.misses).toEqual(expect.arrayContaining(['editorial text lost: "beta gamma"', 'boilerplate left in body: "Tag"', 'keep substring missing from body: "beta gamma."']));
  });

  it('counts a rejected document as wrong everywhere', () => {
    const score = scoreCase(testCase, { rejected: [{ code: 'INVALID_DATE', reason: 'bad' }] });
    expect(score.rejected).toBe('INVALID_DATE: bad');
    expect(score.metadata.title).toBe(false);
  });
});

describe('evaluateCases', () => {
  it('sums tokens over documents', () => {
    const report = evaluateCases([testCase, { ...testCase, id: 'c2' }], () => ({ document: base, rejected: [] }));
    expect(report).toMatchObject({ documents: 2, editorialKept: 1, boilerplateRemoved: 1, metadata: { all: 1 }, editorialTokens: { kept: 6, total: 6 } });
  });
});

describe('alignKept', () => {
  it('aligns a subsequence, preferring the longest match', () => {
    expect(alignKept(['a', 'b', 'c', 'a', 'b'], ['c', 'a', 'b'])).toEqual([false, false, true, true, true]);
  });
});

describe('parseEvalCases', () => {
  it('names the bad line', () => {
    expect(() => parseEvalCases('\n{"raw": "x"}')).toThrow(/line 2/);
    expect(() => parseEvalCases('{nope')).toThrow(/line 1 .*not valid JSON/);
    expect(parseEvalCases(JSON.stringify({ id: 'a', raw: 'x', expected: testCase.expected }))[0].id).toBe('a');
  });
});
