import { indexVersionOf, writeAliasName } from './mapping';
import { nextIndexName } from './reindex';

describe('reindex naming', () => {
  it('names the index after the highest version present, ignoring other indices', () => {
    expect(nextIndexName('videos', [])).toBe('videos-v1');
    expect(nextIndexName('videos', ['videos-v1', 'videos-v3', 'videos-v2'])).toBe('videos-v4');
    expect(nextIndexName('videos', ['videos-v2', 'videos-entities-v7', 'videos-v10x', 'other-v9'])).toBe('videos-v3');
  });

  it('reads versions only from <alias>-v<digits>', () => {
    expect(indexVersionOf('videos', 'videos-v12')).toBe(12);
    expect(indexVersionOf('videos', 'videos-write')).toBeUndefined();
    expect(indexVersionOf('a.b', 'axb-v1')).toBeUndefined();
    expect(writeAliasName('videos')).toBe('videos-write');
  });
});
