import type { CleanedDocument, RemovedSegment, StrippedDocument } from '@vidx/contracts';
import { findChapterBlocks } from './chapters';
import { InvalidStripOptionsError } from './errors';
import { extractHashtags, extractLinks, isHashtagOnly } from './links';
import { brandWordsOf, classify, nameWordsOf, continuesSelfDescription, isLeadIn, isChannelVoice, isNameList, isOfferLeadIn, endsWithLink, describesChannelFurther, withoutLeadingBullets, type Reason } from './rules';
import { registerSegmentMemo, splitSentences } from './sentences';
import { extractSponsors } from './sponsors';

export interface StripOptions {
  /**
   * Segments learned as boilerplate from repetition across one channel's documents, in the form
   * `normalizeSegment` gives. A line or sentence whose normalised text equals one is removed with
   * reason `learned-channel-footer`.
   */
  channelPatterns?: string[];
}

/**
 * The comparison form of a segment for learned patterns: NFKC, lower case, leading bullets and
 * surrounding punctuation dropped, whitespace collapsed. URLs stay (a footer repeats its links).
 */
export function normalizeSegment(text: string): string {
  const hit = normalizedMemo.get(text);
  if (hit !== undefined) return hit;
  const normalized = computeNormalized(text);
  if (normalizedMemo.size >= MEMO_SEGMENTS) normalizedMemo.clear();
  normalizedMemo.set(text, normalized);
  return normalized;
}

/** Learning normalises every line and sentence, and stripping with learned patterns again: memoised, bounded. */
const MEMO_SEGMENTS = 4096;
const normalizedMemo = new Map<string, string>();
registerSegmentMemo(() => normalizedMemo.clear());

/** What trails a segment without changing it (after whitespace is collapsed to single spaces). */
const TRAILING = new Set(' .,;:!?…');

function computeNormalized(text: string): string {
  // NFKC leaves these as they are (printable ASCII, the precomposed letters À–ÿ, dashes, curly
  // quotes); skipping it for text made only of them saves much of this function's time.
  const collapsed = withoutLeadingBullets(/^[\x20-\x7e\u00c0-\u00ff\u2013\u2014\u2018-\u201d]*$/.test(text) ? text : text.normalize('NFKC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+/u, '');
  // Trailing punctuation by a backwards scan: an end-anchored regex is tried at every position.
  let end = collapsed.length;
  while (end > 0 && TRAILING.has(collapsed[end - 1])) end -= 1;
  return collapsed.slice(0, end).trim();
}

interface Segment {
  line: number;
  text: string;
  /** True when the segment is its whole line. */
  wholeLine: boolean;
  reason?: Reason;
}

function validPatterns(options: StripOptions): Set<string> {
  const patterns = options.channelPatterns ?? [];
  if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== 'string')) {
    throw new InvalidStripOptionsError('channelPatterns must be an array of strings (normalised segment texts)');
  }
  // Patterns usually arrive normalised already (learned ones are); the set holds both forms so a
  // pattern matches whether or not normalising it again would change it.
  const set = new Set<string>();
  for (const pattern of patterns) {
    if (pattern) set.add(pattern);
    const normalized = normalizeSegment(pattern);
    if (normalized) set.add(normalized);
  }
  return set;
}

/** Most passes of the context rules; each pass can only remove, so this bounds a chain of lead-ins. */
const MAX_CONTEXT_PASSES = 4;

/**
 * The boilerplate-remover stage: splits the description into lines and sentences, judges each
 * (chapter lists, tag lines, learned channel footers, then the sentence rules, then context: a
 * lead-in before removed promo, second-person promo between removed segments) and rebuilds the
 * body from what is kept, with the line and paragraph structure of the description.
 * Deterministic: the output depends only on the document and the options.
 */
export function stripBoilerplate(doc: CleanedDocument, options: StripOptions = {}): StrippedDocument {
  const learned = validPatterns(options);
  const description = doc.description;
  const lines = description.split('\n');
  const ctx = { brandWords: brandWordsOf(doc.source), nameWords: nameWordsOf(doc.source) };

  const removedChapterLines = new Map<number, { end: number }>();
  const chapters = [];
  for (const block of findChapterBlocks(lines)) {
    removedChapterLines.set(block.start, { end: block.end });
    chapters.push(...block.chapters);
  }

  const chapterSegments = new Map<number, string>();
  const judge = (patterns: ReadonlySet<string>): Segment[] => {
    const segments: Segment[] = [];
    for (let i = 0; i < lines.length; i++) {
      const block = removedChapterLines.get(i);
      if (block) {
        chapterSegments.set(i, lines.slice(i, block.end).join('\n'));
        i = block.end - 1;
        continue;
      }
      const line = lines[i];
      if (line.trim() === '') continue;
      if (patterns.size > 0 && patterns.has(normalizeSegment(line))) {
        segments.push({ line: i, text: line, wholeLine: true, reason: 'learned-channel-footer' });
        continue;
      }
      if (isHashtagOnly(line)) {
        segments.push({ line: i, text: line, wholeLine: true, reason: 'hashtags' });
        continue;
      }
      const sentences = splitSentences(line);
      for (const sentence of sentences) {
        const reason = patterns.size > 0 && patterns.has(normalizeSegment(sentence.text)) ? 'learned-channel-footer' : classify(sentence.text, ctx);
        segments.push({ line: i, text: sentence.text, wholeLine: sentences.length === 1, reason });
      }
    }
    return segments;
  };
  const judgeInContext = (patterns: ReadonlySet<string>): Segment[] => {
    const segments = judge(patterns);
    for (let pass = 0; pass < MAX_CONTEXT_PASSES; pass++) {
      let changed = false;
      // A channel's description goes on sentence by sentence in its paragraph: forwards, so that
      // one pass takes all of it.
      for (let k = 1; k < segments.length; k++) {
        const segment = segments[k];
        const prev = segments[k - 1];
        if (!segment.reason && prev.reason === 'channel-description' && prev.line === segment.line && (continuesSelfDescription(segment.text, ctx) || (describedBefore(segments, k) >= 2 && (describesChannelFurther(segment.text) || subjectDescribedBefore(segments, k))))) {
          segment.reason = 'channel-description';
          changed = true;
        }
      }
      for (let k = segments.length - 1; k >= 0; k--) {
        const segment = segments[k];
        if (segment.reason) continue;
        const prev = segments[k - 1];
        const next = segments[k + 1];
        if (next?.reason && isLeadIn(segment.text, segment.wholeLine, ctx)) {
          segment.reason = 'promo-heading';
          changed = true;
        } else if (next?.reason === 'sponsor' && next.line === segment.line && isOfferLeadIn(segment.text)) {
          segment.reason = 'sponsor';
          changed = true;
        } else if (prev?.reason === 'sponsor' && prev.line === segment.line && endsWithLink(segment.text)) {
          // The sponsor's pitch and its link after the sponsor is named: "Compare coverage from across
          // the political spectrum at https://ground.news/example."
          segment.reason = 'sponsor';
          changed = true;
        } else if ((prev?.reason === 'membership' || segments[k - 2]?.reason === 'membership') && segment.wholeLine && isNameList(segment.text)) {
          // The supporters named after a thanks to the channel's members, at most one sentence later:
          // "Hiroshi Uchiyama, Adi V, …".
          segment.reason = 'membership';
          changed = true;
        } else if (prev?.reason && (next === undefined || next.reason) && isChannelVoice(segment.text)) {
          segment.reason = 'promo-context';
          changed = true;
        }
      }
      if (!changed) break;
    }
    return segments;
  };
  let segments = judgeInContext(learned);
  // Learned patterns may not empty a body the rules alone keep: when a channel repeats its whole
  // description (a series synopsis in every episode, re-uploads, clips of one story), all of it
  // "repeats", and learning would erase the only text describing the video. Then the rules alone
  // judge this document. Checked after the context rules, which can take a last heading.
  if (learned.size > 0 && segments.every((s) => s.reason) && segments.some((s) => s.reason === 'learned-channel-footer')) {
    const rulesOnly = judgeInContext(new Set());
    if (rulesOnly.some((s) => !s.reason)) segments = rulesOnly;
  }

  // Rebuild: kept segments per line, lines per paragraph; removed segments in document order.
  const removed: RemovedSegment[] = [];
  const keptByLine = new Map<number, string[]>();
  const byLine = new Map<number, Segment[]>();
  for (const segment of segments) {
    if (!byLine.has(segment.line)) byLine.set(segment.line, []);
    byLine.get(segment.line)!.push(segment);
  }
  const bodyLines: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const chapterText = chapterSegments.get(i);
    if (chapterText !== undefined) {
      removed.push({ text: chapterText, reason: 'chapters' });
      i = removedChapterLines.get(i)!.end - 1;
      continue;
    }
    const lineSegments = byLine.get(i);
    if (!lineSegments) {
      bodyLines.push('');
      continue;
    }
    const kept: string[] = [];
    for (const segment of lineSegments) {
      if (segment.reason) removed.push({ text: segment.text, reason: segment.reason });
      else kept.push(segment.text);
    }
    if (kept.length > 0) {
      keptByLine.set(i, kept);
      bodyLines.push(kept.join(' '));
    }
  }
  const body = bodyLines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

  return {
    ...doc,
    body,
    removed,
    links: extractLinks(description),
    hashtags: extractHashtags(description),
    chapters,
    sponsors: extractSponsors(removed.filter((segment) => segment.reason === 'sponsor').map((segment) => segment.text)),
  };
}

/** How many sentences of the paragraph before segment k were removed as the channel's description. */
function describedBefore(segments: readonly Segment[], k: number): number {
  let n = 0;
  for (let j = k - 1; j >= 0 && segments[j].line === segments[k].line; j--) if (segments[j].reason === 'channel-description') n++;
  return n;
}

/**
 * Whether segment k opens with a name the paragraph's removed description gave the channel: "FNC
 * is available in nearly 90 million homes …" after "FOX News Channel (FNC) is a 24-hour …".
 */
function subjectDescribedBefore(segments: readonly Segment[], k: number): boolean {
  const subject = /^\W*(\p{Lu}[\p{L}\p{N}.&'’-]+)/u.exec(segments[k].text)?.[1];
  if (!subject || /^(?:The|This|That|These|Those|It|Its|In|On|At|For|And|But|A|An)$/.test(subject)) return false;
  const named = new RegExp(`(?:^|[^\\p{L}\\p{N}])${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  for (let j = k - 1; j >= 0 && segments[j].line === segments[k].line; j--) {
    if (segments[j].reason === 'channel-description' && named.test(segments[j].text)) return true;
  }
  return false;
}
