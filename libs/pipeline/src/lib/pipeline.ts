import type { CleanedDocument, EnrichedDocument, Rejection, StrippedDocument } from '@vidx/contracts';
import { ChannelKnowledge, stripBoilerplate, type ChannelKnowledgeOptions } from '@vidx/boilerplate';
import { enrich, type AliasEntry } from '@vidx/entities';
import { clean } from '@vidx/text-cleaning';

/**
 * The pure stages composed in order. The Kafka stage apps call one function each; `vidx process`
 * and the CLI-vs-Kafka equivalence test call `processRaw`, which chains the same functions, so a
 * document comes out identical either way apart from the `pipeline` timestamps.
 */
export interface PipelineOptions {
  /** Largest accepted description in bytes (see VIDX_MAX_DOCUMENT_BYTES). */
  maxDocumentBytes?: number;
  /** Clock for the processing timestamps; injected so tests are deterministic. */
  now?: () => string;
  /** Boilerplate segments learned for a channel, keyed by source name. */
  channelPatterns?: (source: string | undefined) => string[] | undefined;
  /** Deployment aliases on top of the curated table (VIDX_ALIASES_FILE, validated by the app). */
  aliases?: readonly AliasEntry[];
}

const systemClock = () => new Date().toISOString();

export function cleanStage(value: unknown, options: PipelineOptions = {}): { documents: CleanedDocument[]; rejected: Rejection[] } {
  const now = (options.now ?? systemClock)();
  const result = clean(value, { maxDocumentBytes: options.maxDocumentBytes });
  return {
    documents: result.documents.map((doc) => ({ ...doc, pipeline: { ...doc.pipeline, cleanedAt: now } })),
    rejected: result.rejected,
  };
}

export function stripStage(doc: CleanedDocument, options: PipelineOptions = {}): StrippedDocument {
  const stripped = stripBoilerplate(doc, { channelPatterns: options.channelPatterns?.(doc.source) });
  return { ...stripped, pipeline: { ...doc.pipeline, strippedAt: (options.now ?? systemClock)() } };
}

export function enrichStage(doc: StrippedDocument, options: PipelineOptions = {}): EnrichedDocument {
  const enriched = enrich(doc, options.aliases ? { aliases: options.aliases } : undefined);
  return { ...enriched, pipeline: { ...doc.pipeline, enrichedAt: (options.now ?? systemClock)() } };
}

/** Raw input (one message value or one parsed item) through every stage. */
export function processRaw(value: unknown, options: PipelineOptions = {}): { documents: EnrichedDocument[]; rejected: Rejection[] } {
  const cleaned = cleanStage(value, options);
  return {
    documents: cleaned.documents.map((doc) => enrichStage(stripStage(doc, options), options)),
    rejected: cleaned.rejected,
  };
}

/**
 * Bounds for learning over one batch: exact counting (no eviction), since the whole batch is in
 * memory anyway and the knowledge can only be a fraction of it.
 */
export const BATCH_KNOWLEDGE: ChannelKnowledgeOptions = { maxChannels: Infinity, maxSegmentsPerChannel: Infinity };

/**
 * `processRaw` over a whole batch in two passes: clean everything and learn each channel's
 * repeated segments (see ChannelKnowledge), then strip and enrich every document with its
 * channel's learned patterns, so the first documents of a channel lose the footer as well as the
 * last. One result per input value, in input order.
 */
export function processRawBatch(
  values: readonly unknown[],
  options: PipelineOptions & { knowledge?: ChannelKnowledgeOptions } = {},
): { results: Array<{ documents: EnrichedDocument[]; rejected: Rejection[] }>; knowledge: ChannelKnowledge } {
  const knowledge = new ChannelKnowledge({ ...BATCH_KNOWLEDGE, ...options.knowledge });
  const cleaned = values.map((value) => cleanStage(value, options));
  for (const result of cleaned) for (const doc of result.documents) knowledge.observe(doc);
  const learned = { ...options, channelPatterns: (source: string | undefined) => knowledge.patternsFor(source) };
  return {
    results: cleaned.map((result) => ({
      documents: result.documents.map((doc) => enrichStage(stripStage(doc, learned), learned)),
      rejected: result.rejected,
    })),
    knowledge,
  };
}

/** A document without its processing timestamps: what must match between CLI and Kafka runs. */
export function withoutTimestamps<T extends { pipeline: object }>(doc: T): Omit<T, 'pipeline'> {
  const { pipeline: _pipeline, ...rest } = doc;
  return rest;
}
