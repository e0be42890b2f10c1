import { z } from 'zod';

/** The schema version every document message carries (field `schemaVersion`). */
export const SCHEMA_VERSION = 1 as const;

export const INPUT_FORMATS = ['text', 'json', 'youtube-video', 'atom'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'DATE', 'PERCENT', 'MONEY'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Processing timestamps (ISO 8601). The only fields allowed to differ between CLI and Kafka runs. */
export const PipelineTimesSchema = z.object({
  cleanedAt: z.string().optional(),
  strippedAt: z.string().optional(),
  enrichedAt: z.string().optional(),
  indexedAt: z.string().optional(),
});
export type PipelineTimes = z.infer<typeof PipelineTimesSchema>;

export const CleanedDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Stable id: the source's video id when known, else a content hash (see ingest-formats). */
  id: z.string().min(1).max(256),
  videoId: z.string().optional(),
  format: z.enum(INPUT_FORMATS),
  title: z.string(),
  /** ISO 8601: a date (`2021-06-08`) or a timestamp with zone; absent when the source gave none. */
  publishedAt: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  tags: z.array(z.string()),
  language: z.string(),
  /** The description after normalisation (entities, tags, whitespace), boilerplate still in. */
  description: z.string(),
  pipeline: PipelineTimesSchema,
});
export type CleanedDocument = z.infer<typeof CleanedDocumentSchema>;

export const RemovedSegmentSchema = z.object({
  text: z.string(),
  /** Why it was judged boilerplate: the rule or learned pattern that matched. */
  reason: z.string(),
});
export type RemovedSegment = z.infer<typeof RemovedSegmentSchema>;

export const ChapterSchema = z.object({
  time: z.string(),
  seconds: z.number().int().nonnegative(),
  title: z.string(),
});
export type Chapter = z.infer<typeof ChapterSchema>;

export const StrippedDocumentSchema = CleanedDocumentSchema.extend({
  /** Editorial text: the description with boilerplate removed. Entity offsets point into it. */
  body: z.string(),
  removed: z.array(RemovedSegmentSchema),
  links: z.array(z.string()),
  hashtags: z.array(z.string()),
  chapters: z.array(ChapterSchema),
  sponsors: z.array(z.string()),
});
export type StrippedDocument = z.infer<typeof StrippedDocumentSchema>;

export const EntityMentionSchema = z.object({
  type: z.enum(ENTITY_TYPES),
  text: z.string(),
  canonical: z.string(),
  /** Which text the offsets point into. */
  field: z.enum(['title', 'body']),
  /** UTF-16 code unit offsets, as JavaScript strings index: text === field.slice(start, end). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type EntityMention = z.infer<typeof EntityMentionSchema>;

export const EnrichedDocumentSchema = StrippedDocumentSchema.extend({
  entities: z.array(EntityMentionSchema),
  /** Canonical names per type, de-duplicated: the facet fields. */
  people: z.array(z.string()),
  organizations: z.array(z.string()),
  locations: z.array(z.string()),
  dates: z.array(z.string()),
  percents: z.array(z.string()),
  money: z.array(z.string()),
});
export type EnrichedDocument = z.infer<typeof EnrichedDocumentSchema>;

/**
 * An input item that cannot become a document, and why. Stages send each one to their DLQ; the
 * CLI prints them. `item` is the 0-based position inside a message that held several documents.
 */
export interface Rejection {
  code: string;
  reason: string;
  item?: number;
}
