import { InvalidChannelKnowledgeError } from './errors';
import { isHashtagOnly } from './links';
import { splitSentences } from './sentences';
import { normalizeSegment } from './strip';

/**
 * Learned channel boilerplate: a channel's footer is the same in every video, so a segment (line
 * or sentence, in `normalizeSegment` form) that recurs in several distinct documents of one
 * channel is that channel's boilerplate, found from the stream itself without anyone writing a
 * rule. Pure and in memory; persisting and sharing it between instances is the job of a store
 * (libs/channel-knowledge), which exchanges `KnowledgeRecord`s and merges them here.
 *
 * Why counting distinct document ids: redelivery and replay of one document (at-least-once
 * delivery, a reindex) must never make its own text look repeated.
 *
 * Guards against learning editorial text, since a wrongly learned segment removes reporting from
 * every later video of the channel:
 * - `minDocuments` (3) distinct documents, not 2: two clips of one story often share a sentence;
 *   a footer is in every video, so waiting for a third costs little.
 * - `minSegmentChars` (20): short lines ("Watch live", "Read more:", a name) repeat by chance and
 *   the rules already know the short calls to action; `maxSegmentChars` (400): a whole paragraph
 *   that repeats word for word is a re-upload of the same story, not a footer (its sentences are
 *   still candidates one by one).
 * - Hashtag-only lines are not learned: the rules remove them already, under their own reason.
 * - Learned patterns are counted per channel only, never across channels.
 * - At strip time (see `stripBoilerplate`), learned patterns may not remove every segment the
 *   rules keep: several videos with an identical description would otherwise learn one another
 *   away entirely.
 */

/** What a store persists and exchanges: one candidate segment of one channel and the documents that showed it. */
export interface KnowledgeRecord {
  channel: string;
  /** The segment in `normalizeSegment` form. */
  segment: string;
  /** Distinct ids of documents containing it, sorted, at most `maxDocIdsPerSegment`. */
  docIds: string[];
}

export interface ChannelKnowledgeOptions {
  /** Distinct documents of one channel a segment must appear in to count as its boilerplate. */
  minDocuments?: number;
  /** Shortest learnable segment, in characters of its normalised form. */
  minSegmentChars?: number;
  /** Longest learnable segment, in characters of its normalised form. */
  maxSegmentChars?: number;
  /** Channels kept; the least recently active one is forgotten first. */
  maxChannels?: number;
  /** Candidate segments kept per channel; see `evictCandidates` for which go. */
  maxSegmentsPerChannel?: number;
  /** Document ids kept per segment (the smallest ones); must be at least `minDocuments`. */
  maxDocIdsPerSegment?: number;
}

/**
 * Defaults. Worst-case memory is about maxChannels × maxSegmentsPerChannel × (segment + ids)
 * ≈ 1,000 × 200 × ~1 KB ≈ 200 MB; real channels hold far fewer, shorter candidates (a few MB for
 * hundreds of channels).
 */
export const CHANNEL_KNOWLEDGE_DEFAULTS: Required<ChannelKnowledgeOptions> = {
  minDocuments: 3,
  minSegmentChars: 20,
  maxSegmentChars: 400,
  maxChannels: 1_000,
  maxSegmentsPerChannel: 200,
  maxDocIdsPerSegment: 5,
};

/** A document as far as learning is concerned (a CleanedDocument fits). */
export interface ObservedDocument {
  id: string;
  source?: string;
  description: string;
}

interface Candidate {
  /** Sorted ascending, distinct, capped. */
  docIds: string[];
  /** Logical clock of the last time a document or record touched it: the eviction order. */
  lastSeen: number;
}

interface ChannelState {
  candidates: Map<string, Candidate>;
  /** The learned patterns, recomputed lazily after a change that can affect them. */
  patterns?: string[];
}

function checkCount(name: string, value: number, min: number): void {
  if (!(Number.isInteger(value) || value === Infinity) || value < min) {
    throw new InvalidChannelKnowledgeError(`${name} must be an integer ≥ ${min} (got ${value})`);
  }
}

export function resolveKnowledgeOptions(options: ChannelKnowledgeOptions = {}): Required<ChannelKnowledgeOptions> {
  const resolved = { ...CHANNEL_KNOWLEDGE_DEFAULTS, ...options };
  checkCount('minDocuments', resolved.minDocuments, 2);
  checkCount('minSegmentChars', resolved.minSegmentChars, 1);
  checkCount('maxSegmentChars', resolved.maxSegmentChars, resolved.minSegmentChars);
  checkCount('maxChannels', resolved.maxChannels, 1);
  checkCount('maxSegmentsPerChannel', resolved.maxSegmentsPerChannel, 1);
  checkCount('maxDocIdsPerSegment', resolved.maxDocIdsPerSegment, resolved.minDocuments);
  return resolved;
}

/**
 * The segments of a description that learning counts, each once: every non-blank line and, when a
 * line holds several sentences, each sentence, in the same segmentation `stripBoilerplate` matches
 * against (whole line first, then its sentences).
 */
export function learnableSegments(description: string, options: ChannelKnowledgeOptions = {}): string[] {
  return segmentsWithin(description, resolveKnowledgeOptions(options));
}

function segmentsWithin(description: string, { minSegmentChars, maxSegmentChars }: Required<ChannelKnowledgeOptions>): string[] {
  const found = new Set<string>();
  const add = (text: string) => {
    const normalized = normalizeSegment(text);
    if (normalized.length >= minSegmentChars && normalized.length <= maxSegmentChars) found.add(normalized);
  };
  for (const line of description.split('\n')) {
    if (line.trim() === '' || isHashtagOnly(line)) continue;
    add(line);
    const sentences = splitSentences(line);
    if (sentences.length > 1) for (const sentence of sentences) add(sentence.text);
  }
  return [...found];
}

/**
 * The union of two id lists, capped to the `cap` smallest ids. Keeping the smallest (rather than
 * the first or last seen) makes the merge a function of the sets alone: idempotent, commutative
 * and associative, so instances that exchange records in any order, any number of times, end up
 * with the same record, and a compacted topic keeping only the newest value loses nothing.
 */
export function unionDocIds(a: readonly string[], b: readonly string[], cap: number): string[] {
  const all = [...new Set([...a, ...b])].sort();
  return all.length > cap ? all.slice(0, cap) : all;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Merges two records of the same channel and segment (see `unionDocIds`). */
export function mergeRecords(a: KnowledgeRecord, b: KnowledgeRecord, maxDocIds = CHANNEL_KNOWLEDGE_DEFAULTS.maxDocIdsPerSegment): KnowledgeRecord {
  if (a.channel !== b.channel || a.segment !== b.segment) {
    throw new InvalidChannelKnowledgeError('only records of the same channel and segment can be merged');
  }
  return { channel: a.channel, segment: a.segment, docIds: unionDocIds(a.docIds, b.docIds, maxDocIds) };
}

/** Validates a record read from outside (a topic, a file); throws InvalidChannelKnowledgeError. */
export function parseKnowledgeRecord(value: unknown): KnowledgeRecord {
  const v = value as Partial<KnowledgeRecord> | null;
  if (typeof v !== 'object' || v === null) throw new InvalidChannelKnowledgeError('a knowledge record must be a JSON object');
  if (typeof v.channel !== 'string' || v.channel.trim() === '') throw new InvalidChannelKnowledgeError('record.channel must be a non-empty string');
  if (typeof v.segment !== 'string' || v.segment === '') throw new InvalidChannelKnowledgeError('record.segment must be a non-empty string');
  if (!Array.isArray(v.docIds) || v.docIds.length === 0 || v.docIds.some((id) => typeof id !== 'string' || id === '')) {
    throw new InvalidChannelKnowledgeError('record.docIds must be a non-empty array of document ids');
  }
  return { channel: v.channel, segment: v.segment, docIds: [...new Set(v.docIds)].sort() };
}

/** The outcome of merging one record into the local knowledge. */
export interface MergeOutcome {
  /** True when the local knowledge gained ids from the record. */
  changed: boolean;
  /** The local record after the merge; undefined if it was evicted straight away (capacity). */
  current?: KnowledgeRecord;
}

export class ChannelKnowledge {
  readonly options: Required<ChannelKnowledgeOptions>;
  /** Insertion order is recency: a touched channel is moved to the end; the first is evicted first. */
  private readonly channels = new Map<string, ChannelState>();
  private clock = 0;

  constructor(options: ChannelKnowledgeOptions = {}) {
    this.options = resolveKnowledgeOptions(options);
  }

  /**
   * Records the document's segments under its channel. Returns the records whose document ids
   * changed (to persist/share); [] for a document without a source, or one already counted.
   */
  observe(doc: ObservedDocument): KnowledgeRecord[] {
    const channel = doc.source?.trim();
    if (!channel || !doc.id) return [];
    const segments = segmentsWithin(doc.description, this.options);
    if (segments.length === 0) return [];
    const state = this.touch(channel);
    const changed: KnowledgeRecord[] = [];
    const now = ++this.clock;
    for (const segment of segments) {
      const candidate = state.candidates.get(segment);
      if (!candidate) {
        state.candidates.set(segment, { docIds: [doc.id], lastSeen: now });
        changed.push({ channel, segment, docIds: [doc.id] });
        continue;
      }
      candidate.lastSeen = now;
      if (candidate.docIds.includes(doc.id)) continue;
      const docIds = unionDocIds(candidate.docIds, [doc.id], this.options.maxDocIdsPerSegment);
      if (sameIds(docIds, candidate.docIds)) continue;
      if (docIds.length >= this.options.minDocuments && candidate.docIds.length < this.options.minDocuments) state.patterns = undefined;
      candidate.docIds = docIds;
      changed.push({ channel, segment, docIds: [...docIds] });
    }
    this.evictCandidates(state);
    // A record evicted in the same call is still reported: others may have room for it.
    return changed;
  }

  /** Merges a record from elsewhere (another instance, the topic at start-up). Invalid input throws. */
  merge(input: KnowledgeRecord): MergeOutcome {
    const record = parseKnowledgeRecord(input);
    const state = this.touch(record.channel);
    const now = ++this.clock;
    const candidate = state.candidates.get(record.segment);
    const before = candidate?.docIds ?? [];
    const docIds = unionDocIds(before, record.docIds, this.options.maxDocIdsPerSegment);
    const changed = !sameIds(docIds, before);
    if (candidate) {
      candidate.docIds = docIds;
      candidate.lastSeen = now;
    } else {
      state.candidates.set(record.segment, { docIds, lastSeen: now });
    }
    if (changed && docIds.length >= this.options.minDocuments && before.length < this.options.minDocuments) state.patterns = undefined;
    this.evictCandidates(state);
    const kept = state.candidates.get(record.segment);
    return { changed, current: kept ? { channel: record.channel, segment: record.segment, docIds: [...kept.docIds] } : undefined };
  }

  /** The channel's learned boilerplate segments (normalised), for `stripBoilerplate`'s channelPatterns. */
  patternsFor(source: string | undefined): string[] {
    const channel = source?.trim();
    if (!channel) return [];
    const state = this.channels.get(channel);
    if (!state) return [];
    if (!state.patterns) {
      state.patterns = [];
      for (const [segment, candidate] of state.candidates) {
        if (candidate.docIds.length >= this.options.minDocuments) state.patterns.push(segment);
      }
    }
    return state.patterns;
  }

  /** One record as known here, or undefined. */
  get(channel: string, segment: string): KnowledgeRecord | undefined {
    const candidate = this.channels.get(channel)?.candidates.get(segment);
    return candidate ? { channel, segment, docIds: [...candidate.docIds] } : undefined;
  }

  /** Every record known here (a snapshot, e.g. to persist all at once). */
  records(): KnowledgeRecord[] {
    const out: KnowledgeRecord[] = [];
    for (const [channel, state] of this.channels) {
      for (const [segment, candidate] of state.candidates) out.push({ channel, segment, docIds: [...candidate.docIds] });
    }
    return out;
  }

  stats(): { channels: number; candidates: number; learned: number } {
    let candidates = 0;
    let learned = 0;
    for (const state of this.channels.values()) {
      candidates += state.candidates.size;
      for (const candidate of state.candidates.values()) if (candidate.docIds.length >= this.options.minDocuments) learned += 1;
    }
    return { channels: this.channels.size, candidates, learned };
  }

  /** Gets or creates the channel's state, marks it most recent, forgets the least recent beyond the cap. */
  private touch(channel: string): ChannelState {
    let state = this.channels.get(channel);
    if (state) this.channels.delete(channel);
    else state = { candidates: new Map() };
    this.channels.set(channel, state);
    while (this.channels.size > this.options.maxChannels) {
      const oldest = this.channels.keys().next().value as string;
      this.channels.delete(oldest);
    }
    return state;
  }

  /**
   * Keeps a channel within maxSegmentsPerChannel. Goes first: the candidates seen in the fewest
   * documents, and among those the least recently seen, so one-off editorial sentences make room
   * and a footer (in every document) climbs out of reach; learned patterns go only when every
   * candidate is learned. Evicts down to 90 % of the cap at once so the sort is paid rarely.
   */
  private evictCandidates(state: ChannelState): void {
    const cap = this.options.maxSegmentsPerChannel;
    if (state.candidates.size <= cap) return;
    const target = Math.max(1, Math.floor(cap * 0.9));
    const order = [...state.candidates].sort(([, a], [, b]) => a.docIds.length - b.docIds.length || a.lastSeen - b.lastSeen);
    for (const [segment, candidate] of order.slice(0, state.candidates.size - target)) {
      state.candidates.delete(segment);
      if (candidate.docIds.length >= this.options.minDocuments) state.patterns = undefined;
    }
  }
}
