import { findUrls } from './links';

/**
 * Splits one line into sentences, so a promo glued onto the last editorial sentence (no line
 * break) is judged on its own. Boundaries:
 * - `.`/`!`/`?`/`…` (plus closing quotes/brackets) then whitespace then a non-lowercase character,
 *   unless the word before the period is an abbreviation or an initial (`Mr.`, `U.S.`, `R.`);
 * - the end of a URL followed by a capitalised word ("…: https://bit.ly/x Bloomberg Quicktake brings…"),
 *   since link lists are written without punctuation;
 * - a period glued to the next sentence ("White House.Subscribe to …", "on Aug. 5, 2020.Story: …",
 *   "in a full-length gown.FULL STORY: …"), as scraped text often has;
 * - a run of four or more dashes, equals signs or underscores (a separator rule between the
 *   lines that scraping joined: "MORE NEWS-------DOWNLOAD: …"), on both sides;
 * - hashtags that end the line, two or more, or glued to a finished sentence ("…and 7plus.#Beirut").
 * Periods inside URLs never split.
 */

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr jr sr st mt ft gen gov sen rep lt col sgt capt cmdr adm prof rev hon pres supt insp det ' +
    'vs etc inc ltd co corp plc llc no nos vol ch fig approx est dept univ ave blvd rd jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec mon tue tues wed thu thurs fri sat sun'
  ).split(' '),
);

const OPENER = /[\p{Lu}\p{N}"'“‘«([¿¡#@$€£\p{Extended_Pictographic}]/u;

/** The last whitespace-delimited word of `text`, found from the end (a `(\S+)$` regex rescans the whole line per period). */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !/\s/.test(text[start - 1])) start -= 1;
  return text.slice(start);
}

function isAbbreviation(before: string): boolean {
  const word = lastWord(before);
  const bare = word.replace(/^[("'“‘[]+/, '');
  if (/^\p{L}$/u.test(bare)) return true; // an initial: "Joseph R. Biden"
  if (/\p{L}\.\p{L}/u.test(bare)) return true; // "U.S", "a.m", "e.g"
  return ABBREVIATIONS.has(bare.toLowerCase());
}

const GLUED_CTA = /[\p{Ll})](?=(?:Subscribe|SUBSCRIBE|Follow (?:us|me)|Like us|Connect with|Download (?:the|our)|Sign up|Join us|Visit (?:us|our)|Watch more|Get more|For more)\b)/gu;

/** A rule drawn with characters: the border between lines that scraping joined. */
const SEPARATOR_RUN = /-{4,}|={4,}|_{4,}|—{3,}|\*{4,}/g;
const TAG_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Where two or more hashtags that end the line start ("… for more. #Beirut #explosion"), or -1.
 * Read backwards from the end, tag by tag: linear in the line, whatever comes before.
 */
function trailingHashtagsStart(line: string): number {
  let end = line.length;
  while (end > 0 && /[\s.]/.test(line[end - 1])) end -= 1;
  let start = -1;
  let tags = 0;
  for (;;) {
    let at = end;
    let letter = false;
    while (at > 0 && TAG_CHAR.test(line[at - 1])) {
      letter ||= /\p{L}/u.test(line[at - 1]);
      at -= 1;
    }
    // A tag: `#`, word characters with a letter among them, nothing glued before it but a period.
    if (at === end || !letter || line[at - 1] !== '#' || (at >= 2 && /[\p{L}\p{N}_&#]/u.test(line[at - 2]))) break;
    start = at - 1;
    tags += 1;
    end = start;
    while (end > 0 && /[\s,]/.test(line[end - 1])) end -= 1;
    if (end === start) break;
  }
  return tags >= 2 ? start : -1;
}

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Lines already split, most recent first out when full. The learning stage splits every line twice
 * (to observe, then to strip) and a channel's footer lines recur in each of its documents, so this
 * saves a third of the text stage's time there. Bounded: cleared past MEMO_LINES entries
 * (≈ a few hundred documents' lines, well under a few MB).
 */
const MEMO_LINES = 2048;
const memo = new Map<string, readonly Readonly<SentenceSpan>[]>();

/**
 * Forgets every memoised line (sentences and normalised forms). For benchmarks that must not
 * measure repeated input as cache hits; results never depend on it.
 */
export function clearSegmentMemos(): void {
  memo.clear();
  for (const clear of memoClearers) clear();
}

const memoClearers: Array<() => void> = [];
/** Lets other memos of this lib be cleared by `clearSegmentMemos` (avoids an import cycle). */
export function registerSegmentMemo(clear: () => void): void {
  memoClearers.push(clear);
}

/** The sentences of one line (see the rules above). The result is shared: do not modify it. */
export function splitSentences(line: string): readonly Readonly<SentenceSpan>[] {
  const hit = memo.get(line);
  if (hit) return hit;
  const spans = computeSentences(line);
  if (memo.size >= MEMO_LINES) memo.clear();
  memo.set(line, spans);
  return spans;
}

/** A top-level domain after a glued period: the end of a domain, not a new sentence. */
const GLUED_TLD = /^(?:com|org|net|gov|edu|tv|io|info)(?![\p{L}\p{N}-])/iu;

function computeSentences(line: string): SentenceSpan[] {
  const urls = findUrls(line);
  const insideUrl = (pos: number) => urls.some((span) => pos >= span.start && pos < span.end);
  const cuts = new Set<number>();

  for (const match of line.matchAll(/([.!?…]+)["'”’)\]]*(\s+)/gu)) {
    const punctAt = match.index!;
    const next = punctAt + match[0].length;
    if (next >= line.length || insideUrl(punctAt)) continue;
    if (!OPENER.test(line[next] ?? '') && !OPENER.test(String.fromCodePoint(line.codePointAt(next)!))) continue;
    if (match[1] === '.' && isAbbreviation(line.slice(0, punctAt))) continue;
    cuts.add(next);
  }
  for (const span of urls) {
    const rest = line.slice(span.end);
    const gap = /^[\s,;]+/.exec(rest);
    if (gap && /^[\p{Lu}\p{Extended_Pictographic}#@¿¡]/u.test(String.fromCodePoint(rest.codePointAt(gap[0].length) ?? 32))) {
      cuts.add(span.end + gap[0].length);
    }
  }
  for (const span of urls) {
    // A link after a finished sentence is its own segment ("… at 11 a.m. https://…", "…said.https://…").
    if (/[.!?…]["'”’)]?\s*$/u.test(line.slice(0, span.start)) && span.start > 0) cuts.add(span.start);
  }
  // Scraped text glues a call to action onto the previous sentence: "…surrounding statesSubscribe to …".
  for (const match of line.matchAll(GLUED_CTA)) {
    if (!insideUrl(match.index!)) cuts.add(match.index! + 1);
  }
  // Glued: a word of lower-case letters or a number of two or more digits, the period, then a
  // capitalised word or a word in capitals ("gown.FULL STORY"), or a bracket that opens one ("me.(Go
  // to …"); never "U.S.A" or "3.5".
  for (const match of line.matchAll(/(?:\p{Ll}{2}|\d{2})[.!?](?=\p{Lu}\p{Ll}|\p{Lu}{2,}[\s:!]|\(\p{Lu}\p{Ll})/gu)) {
    const at = match.index! + match[0].length;
    // Not a domain written in capitals: "NBCNews.Com", "Example.Org".
    if (!insideUrl(match.index!) && !GLUED_TLD.test(line.slice(at))) cuts.add(at);
  }
  for (const match of line.matchAll(SEPARATOR_RUN)) {
    if (insideUrl(match.index!)) continue;
    cuts.add(match.index!);
    cuts.add(match.index! + match[0].length);
  }
  for (const match of line.matchAll(/[.!?](?=#[\p{L}\p{N}_])/gu)) {
    if (!insideUrl(match.index!)) cuts.add(match.index! + 1);
  }
  const trailingTags = trailingHashtagsStart(line);
  if (trailingTags > 0 && !insideUrl(trailingTags)) cuts.add(trailingTags);

  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b).concat(line.length)) {
    const raw = line.slice(start, cut);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) spans.push({ text, start: start + lead, end: start + lead + text.length });
    start = cut;
  }
  return spans;
}
