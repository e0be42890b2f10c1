import { InvalidInputError, type Rejection } from '@vidx/contracts';
import { decodeMessage } from './decode';
import { EmptyInputError, MalformedJsonError, UnknownShapeError } from './errors';
import { parseFeed } from './feed';
import { fromGenericJson, fromYouTubeResource, isGenericJson, isPlainObject, isYouTubeResource } from './json-formats';
import type { ParseResult, RawRecord } from './raw-record';
import { parseTextLayout } from './text-layout';

/** A rejection for `error` when it is an input error; anything else is a bug and propagates. */
export function toRejection(error: unknown, item?: number): Rejection {
  if (!(error instanceof InvalidInputError)) throw error;
  return item === undefined ? { code: error.code, reason: error.message } : { code: error.code, reason: error.message, item };
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** One already-parsed JSON value that should be a single document. */
function fromJsonValue(value: unknown): RawRecord {
  if (typeof value === 'string') return parseTextLayout(value);
  if (!isPlainObject(value)) throw new UnknownShapeError(`the value is ${describeValue(value)}, not a document object`);
  if (isYouTubeResource(value)) return fromYouTubeResource(value);
  if (isGenericJson(value)) return fromGenericJson(value);
  const keys = Object.keys(value).slice(0, 8);
  throw new UnknownShapeError(`the object has none of the document keys (found: ${keys.length ? keys.join(', ') : 'no keys'})`);
}

function collect(values: unknown[], what: string): ParseResult {
  if (values.length === 0) throw new EmptyInputError(what);
  const result: ParseResult = { records: [], rejected: [] };
  values.forEach((value, item) => {
    try {
      result.records.push({ ...fromJsonValue(value), item });
    } catch (error) {
      result.rejected.push(toRejection(error, item));
    }
  });
  return result;
}

/**
 * Reads an already-parsed JS value: a document object, an array of them, a YouTube list response
 * (`{ items: [...] }`), or a string (the text layout).
 */
export function parseValue(value: unknown): ParseResult {
  try {
    if (Array.isArray(value)) return collect(value, 'the array');
    if (isPlainObject(value) && Array.isArray(value.items) && !isYouTubeResource(value)) return collect(value.items, 'the "items" list');
    return { records: [fromJsonValue(value)], rejected: [] };
  } catch (error) {
    return { records: [], rejected: [toRejection(error)] };
  }
}

/**
 * Reads one `videos.raw` message value: detects its shape (JSON, Atom/RSS XML, or the text
 * layout) and returns one record per document found plus one rejection per item that cannot be a
 * document. Never throws for bad input; a message that is wholly unreadable yields a single
 * rejection without `item`.
 */
export function parseRawMessage(input: unknown): ParseResult {
  if (typeof input !== 'string' && !Buffer.isBuffer(input) && !(input instanceof Uint8Array)) return parseValue(input);
  let text: string;
  try {
    text = decodeMessage(input);
  } catch (error) {
    return { records: [], rejected: [toRejection(error)] };
  }
  const start = text.trimStart();
  try {
    if (start.startsWith('{') || start.startsWith('[')) {
      let value: unknown;
      try {
        value = JSON.parse(start);
      } catch (cause) {
        throw new MalformedJsonError((cause as Error).message, { cause });
      }
      return parseValue(value);
    }
    if (start.startsWith('<')) {
      const { entries } = parseFeed(start);
      const result: ParseResult = { records: [], rejected: [] };
      entries.forEach((entry, item) => {
        if (entry instanceof Error) result.rejected.push(toRejection(entry, item));
        else result.records.push({ ...entry, item });
      });
      return result;
    }
    if (start === '') throw new EmptyInputError('the message (it is empty)');
    return { records: [parseTextLayout(text)], rejected: [] };
  } catch (error) {
    return { records: [], rejected: [toRejection(error)] };
  }
}
