import { decodeCursor, encodeCursor, fingerprintQuery, InvalidCursorError } from './cursor';

const fp = fingerprintQuery({ q: 'harris', sort: 'newest' });
const state = { pit: 'gcSHBAEIaXQtdmlkZW9zFkR4=', after: [1623110400000, 'Yq3vH8kTn2E', 7], seen: 10, fp };

describe('search cursor', () => {
  it('round-trips as base64url', () => {
    const token = encodeCursor(state);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token, fp)).toEqual(state);
  });

  it('carries whether the results are fuzzy', () => {
    expect(decodeCursor(encodeCursor({ ...state, fuzzy: true }), fp)).toEqual({ ...state, fuzzy: true });
    expect(decodeCursor(encodeCursor({ ...state, fuzzy: false }), fp)).toEqual(state);
    const corrected = { ...state, fuzzy: true, corrections: { khrtoum: 'khartoum' } };
    expect(decodeCursor(encodeCursor(corrected), fp)).toEqual(corrected);
  });

  it('fingerprints the query, not the page size or the cursor, independent of key order', () => {
    expect(fingerprintQuery({ sort: 'newest', q: 'harris', size: 50, cursor: 'x' })).toBe(fp);
    expect(fingerprintQuery({ q: 'biden', sort: 'newest' })).not.toBe(fp);
  });

  it('refuses a cursor of another query', () => {
    expect(() => decodeCursor(encodeCursor(state), fingerprintQuery({ q: 'biden' }))).toThrow(/another search/);
  });

  const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  it.each([
    ['not base64url', 'abc$%'],
    ['not JSON', Buffer.from('{nope').toString('base64url')],
    ['an array', forge([1])],
    ['an extra field', forge({ v: 1, p: 'x', a: [1], n: 0, f: fp, query: { match_all: {} } })],
    ['a query object as sort value', forge({ v: 1, p: 'x', a: [{ script: 'x' }], n: 0, f: fp })],
    ['a PIT id with JSON in it', forge({ v: 1, p: '{"script":1}', a: [1], n: 0, f: fp })],
    ['no position', forge({ v: 1, p: 'x', a: [], n: 0, f: fp })],
    ['an unknown matching mode', forge({ v: 1, p: 'x', a: [1], n: 0, f: fp, z: 'all' })],
    ['corrections without fuzzy', forge({ v: 1, p: 'x', a: [1], n: 0, f: fp, c: { a: 'b' } })],
    ['corrections of DSL', forge({ v: 1, p: 'x', a: [1], n: 0, f: fp, z: 1, c: { a: { match_all: {} } } })],
    ['a negative count', forge({ v: 1, p: 'x', a: [1], n: -1, f: fp })],
    ['another version', forge({ v: 2, p: 'x', a: [1], n: 0, f: fp })],
    ['a huge token', 'A'.repeat(5000)],
  ])('refuses %s with INVALID_CURSOR', (_what, token) => {
    let error: unknown;
    try {
      decodeCursor(token, fp);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidCursorError);
    expect((error as InvalidCursorError).code).toBe('INVALID_CURSOR');
  });
});
