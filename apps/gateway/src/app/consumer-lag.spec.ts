import { computeLag } from './consumer-lag';

describe('computeLag', () => {
  it('sums end minus committed over partitions, from the earliest kept offset where nothing is committed', () => {
    const ends = [
      { partition: 0, high: '100', low: '0' },
      { partition: 1, high: '50', low: '20' },
      { partition: 2, high: '7', low: '0' },
    ];
    expect(computeLag(ends, [{ partition: 0, offset: '90' }, { partition: 1, offset: '-1' }])).toBe(10 + 30 + 7);
  });

  it('is zero when all is committed and never negative', () => {
    expect(computeLag([{ partition: 0, high: '5', low: '0' }], [{ partition: 0, offset: '6' }])).toBe(0);
  });
});
