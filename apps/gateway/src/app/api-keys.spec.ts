import { ApiKeys, presentedKey, sha256Hex } from './api-keys';

const header = (headers: Record<string, string>) => ({ headers });

describe('ApiKeys', () => {
  it('accepts plain keys and keys given only by their SHA-256 digest, several at once (rotation)', () => {
    const keys = new ApiKeys({ apiKeys: ['old-key'], apiKeyDigests: [sha256Hex('new-key').toUpperCase()] });
    expect(keys.enabled).toBe(true);
    expect(keys.match('old-key')).toBe(sha256Hex('old-key'));
    expect(keys.match('new-key')).toBe(sha256Hex('new-key'));
    expect(keys.match('other')).toBeUndefined();
    expect(keys.match(undefined)).toBeUndefined();
    expect(keys.match('x'.repeat(5000))).toBeUndefined();
  });

  it('is disabled without keys', () => {
    expect(new ApiKeys({ apiKeys: [], apiKeyDigests: [] }).enabled).toBe(false);
  });

  it('hashes like sha256sum', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('reads x-api-key, else a Bearer token', () => {
    expect(presentedKey(header({ 'x-api-key': 'k1', authorization: 'Bearer k2' }))).toBe('k1');
    expect(presentedKey(header({ authorization: 'Bearer k2' }))).toBe('k2');
    expect(presentedKey(header({ authorization: 'Basic abc' }))).toBeUndefined();
    expect(presentedKey(header({}))).toBeUndefined();
  });
});
