import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** SHA-256 of a key, as the digest VIDX_API_KEY_SHA256 lists (lowercase hex). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** The key a request carries: `x-api-key`, else `Authorization: Bearer <key>`; undefined without one. */
export function presentedKey(req: { headers: IncomingHttpHeaders }): string | undefined {
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header) return header;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return bearer?.[1];
}

/**
 * The accepted API keys, held only as SHA-256 digests: the plain keys of VIDX_API_KEYS are hashed
 * at start-up and VIDX_API_KEY_SHA256 gives digests directly, so a deployment need not store keys
 * in clear. Several keys may be valid at once, which is how a key is rotated: add the new one,
 * move clients, remove the old one. The presented key is hashed and compared with every digest in
 * constant time (and all digests are always compared), so timing tells nothing about which
 * digest, or how much of one, matched.
 */
export class ApiKeys {
  private readonly digests: Buffer[];

  constructor(config: { apiKeys: readonly string[]; apiKeyDigests: readonly string[] }) {
    const hex = [...config.apiKeys.map(sha256Hex), ...config.apiKeyDigests.map((d) => d.toLowerCase())];
    this.digests = [...new Set(hex)].map((h) => Buffer.from(h, 'hex'));
  }

  get enabled(): boolean {
    return this.digests.length > 0;
  }

  /** The digest (hex) of the given key when it is accepted, else undefined. */
  match(key: string | undefined): string | undefined {
    if (key === undefined || key.length > 1024) return undefined;
    const given = createHash('sha256').update(key, 'utf8').digest();
    let found: Buffer | undefined;
    for (const digest of this.digests) if (timingSafeEqual(digest, given) && !found) found = digest;
    return found?.toString('hex');
  }
}
