import { createHash } from 'node:crypto';
import { InvalidInputError } from '@vidx/contracts';

/**
 * The opaque paging cursor of /v1/search: base64url of JSON holding the point-in-time id, the sort
 * values of the last hit returned (search_after), how many hits were returned so far and a
 * fingerprint of the query it belongs to. It is not signed: it can only address the same index
 * snapshot any client can search anyway, so a forged one reveals nothing; it is validated strictly
 * so that nothing but a PIT id and sort values of known types reach Elasticsearch.
 */
export interface CursorState {
  /** The point-in-time id the next page is read from. */
  pit: string;
  /** Sort values of the last hit (search_after). */
  after: Array<string | number | null>;
  /** Hits returned so far, to know when the last page was reached without one more request. */
  seen: number;
  /** fingerprintQuery() of the search the cursor was made for. */
  fp: string;
  /** The first page came from the fuzzy retry (no exact match): later pages match the same way. */
  fuzzy?: boolean;
  /** The corrected spellings of that retry (typed → corrected), marked on later pages too. */
  corrections?: Record<string, string>;
}

/** Longest cursor accepted; real ones are a few hundred characters (the PIT id dominates). */
export const MAX_CURSOR_CHARS = 4096;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const PIT_ID = /^[A-Za-z0-9+/=_-]{1,3000}$/;
const FINGERPRINT = /^[0-9a-f]{16}$/;

export class InvalidCursorError extends InvalidInputError {
  constructor(problem: string) {
    super('INVALID_CURSOR', `invalid parameter: cursor: ${problem}; drop the cursor to start from the first page`);
  }
}

/** The cursor's snapshot is gone (kept alive a few minutes after each page) or unknown to Elasticsearch. */
export class CursorExpiredError extends InvalidInputError {
  constructor(options?: { cause?: unknown }) {
    super('CURSOR_EXPIRED', 'invalid parameter: cursor: it has expired (a cursor lives a few minutes after its page was read); drop it to start from the first page', options);
  }
}

/** A stable digest of what a search asks for (not its page size), so a cursor cannot be reused for another query. */
export function fingerprintQuery(params: Record<string, unknown>): string {
  const relevant = Object.keys(params)
    .filter((k) => k !== 'cursor' && k !== 'size' && params[k] !== undefined)
    .sort()
    .map((k) => [k, params[k]]);
  return createHash('sha256').update(JSON.stringify(relevant)).digest('hex').slice(0, 16);
}

export function encodeCursor(state: CursorState): string {
  const fuzzy = state.fuzzy ? { z: 1, ...(state.corrections && Object.keys(state.corrections).length > 0 && { c: state.corrections }) } : {};
  return Buffer.from(JSON.stringify({ v: 1, p: state.pit, a: state.after, n: state.seen, f: state.fp, ...fuzzy }), 'utf8').toString('base64url');
}

function isSortValue(v: unknown): v is string | number | null {
  return v === null || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 1024);
}

/** Decodes and validates a cursor; throws InvalidCursorError naming what is wrong. */
export function decodeCursor(token: string, expectedFingerprint: string): CursorState {
  if (token.length > MAX_CURSOR_CHARS) throw new InvalidCursorError(`longer than ${MAX_CURSOR_CHARS} characters`);
  if (!BASE64URL.test(token)) throw new InvalidCursorError('not a cursor returned by this API (not base64url)');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('not a cursor returned by this API (not readable)');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InvalidCursorError('not a cursor returned by this API');
  const { v, p, a, n, f, z, c, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || v !== 1) throw new InvalidCursorError('unknown cursor version or fields');
  if (typeof p !== 'string' || !PIT_ID.test(p)) throw new InvalidCursorError('damaged snapshot id');
  if (!Array.isArray(a) || a.length === 0 || a.length > 5 || !a.every(isSortValue)) throw new InvalidCursorError('damaged position');
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new InvalidCursorError('damaged position');
  if (typeof f !== 'string' || !FINGERPRINT.test(f)) throw new InvalidCursorError('damaged query fingerprint');
  if (z !== undefined && z !== 1) throw new InvalidCursorError('damaged matching mode');
  if (c !== undefined && (z !== 1 || !isCorrections(c))) throw new InvalidCursorError('damaged corrections');
  if (f !== expectedFingerprint) throw new InvalidCursorError('it belongs to another search: repeat the same q, filters and sort');
  return { pit: p, after: a, seen: n, fp: f, ...(z === 1 && { fuzzy: true }), ...(c !== undefined && { corrections: c as Record<string, string> }) };
}

/** typed → corrected words: a few short strings, nothing else. */
function isCorrections(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length <= 10 && entries.every(([k, w]) => k.length <= 200 && typeof w === 'string' && w.length <= 200);
}
