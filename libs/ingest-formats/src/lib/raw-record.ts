import type { InputFormat, Rejection } from '@vidx/contracts';

/**
 * One document as read from its input shape, before any normalisation: field values are the
 * source's strings, untouched (dates unparsed, entities undecoded). `text-cleaning` turns it into a
 * CleanedDocument.
 */
export interface RawRecord {
  format: InputFormat;
  /** 0-based position inside a message that held several documents (array, list, feed). */
  item?: number;
  videoId?: string;
  title?: string;
  description?: string;
  publishedAt?: string;
  source?: string;
  url?: string;
  tags: string[];
}

export interface ParseResult {
  records: RawRecord[];
  rejected: Rejection[];
}
