import { SCHEMA_VERSION, type CleanedDocument, type Rejection } from '@vidx/contracts';
import { assertText, parseRawMessage, toRejection, type RawRecord } from '@vidx/ingest-formats';
import { normalizeDate } from './dates';
import { documentId } from './document-id';
import { DocumentTooLargeError, EmptyDocumentError, InvalidCleanOptionsError, InvalidValueError } from './errors';
import { detectLanguage } from './language';
import { normalizeText } from './normalize';

export interface CleanOptions {
  /**
   * Largest accepted description, in bytes of UTF-8 as received. Default 256 KiB
   * (DEFAULT_MAX_DOCUMENT_BYTES): about 50× the longest real news description, small enough that a
   * transcript or a pasted web page sent by mistake is rejected instead of indexed.
   */
  maxDocumentBytes?: number;
}

export const DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024;

export interface CleanResult {
  documents: CleanedDocument[];
  rejected: Rejection[];
}

/** Longest id the contracts accept. */
const MAX_ID_LENGTH = 256;

function resolveOptions(options: CleanOptions): Required<CleanOptions> {
  const maxDocumentBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (!Number.isInteger(maxDocumentBytes) || maxDocumentBytes <= 0) {
    throw new InvalidCleanOptionsError(`maxDocumentBytes must be a positive integer number of bytes, got ${String(maxDocumentBytes)}`);
  }
  return { maxDocumentBytes };
}

function optionalText(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  assertText(value, `field "${field}"`);
  const text = normalizeText(value);
  return text === '' ? undefined : text;
}

/** Turns one raw record into a cleaned document; throws an InvalidInputError when it cannot. */
export function cleanRecord(record: RawRecord, options: CleanOptions = {}): CleanedDocument {
  const { maxDocumentBytes } = resolveOptions(options);
  const rawDescription = record.description ?? '';
  const bytes = Buffer.byteLength(rawDescription, 'utf8');
  if (bytes > maxDocumentBytes) throw new DocumentTooLargeError(bytes, maxDocumentBytes);
  assertText(rawDescription, 'the description');

  const title = optionalText(record.title, 'title') ?? '';
  const description = normalizeText(rawDescription, { multiline: true });
  if (title === '' && description === '') throw new EmptyDocumentError();

  const publishedAt = record.publishedAt === undefined ? undefined : normalizeDate(record.publishedAt);
  const source = optionalText(record.source, 'source');
  const url = optionalText(record.url, 'url');
  const videoId = optionalText(record.videoId, 'videoId');
  if (videoId !== undefined && (videoId.length > MAX_ID_LENGTH || /\s/.test(videoId))) {
    throw new InvalidValueError('videoId', `must be one token of at most ${MAX_ID_LENGTH} characters, got "${videoId.slice(0, 40)}…"`);
  }
  const tags: string[] = [];
  for (const tag of record.tags) {
    const clean = normalizeText(tag);
    if (clean && !tags.includes(clean)) tags.push(clean);
  }

  const doc: CleanedDocument = {
    schemaVersion: SCHEMA_VERSION,
    id: documentId({ videoId, source, title, publishedAt }),
    format: record.format,
    title,
    tags,
    language: detectLanguage(`${title}\n${description}`),
    description,
    pipeline: {},
  };
  // Optional fields only when known, so a document has one JSON form whichever path made it.
  if (videoId !== undefined) doc.videoId = videoId;
  if (publishedAt !== undefined) doc.publishedAt = publishedAt;
  if (source !== undefined) doc.source = source;
  if (url !== undefined) doc.url = url;
  return doc;
}

/**
 * The cleaner stage: one `videos.raw` message value (string or Buffer) or an already-parsed JS
 * value in, cleaned documents and rejections out. Never throws for bad input: each item that
 * cannot become a document is a Rejection (with `item` when the message held several), and its
 * valid siblings still come out. `pipeline` is left empty; the caller stamps processing times.
 */
export function clean(input: string | Buffer | unknown, options: CleanOptions = {}): CleanResult {
  resolveOptions(options);
  const parsed = parseRawMessage(input);
  const result: CleanResult = { documents: [], rejected: [...parsed.rejected] };
  for (const record of parsed.records) {
    try {
      result.documents.push(cleanRecord(record, options));
    } catch (error) {
      result.rejected.push(toRejection(error, record.item));
    }
  }
  result.rejected.sort((a, b) => (a.item ?? -1) - (b.item ?? -1));
  return result;
}
