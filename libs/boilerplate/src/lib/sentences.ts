import { findUrls } from './links';

/**
 * Splits one line into sentences, so a promo glued onto the last editorial sentence (no line
 * break) is judged on its own. Boundaries:
 * - `.`/`!`/`?`/`…` (plus closing quotes/brackets) then whitespace then a non-lowercase character,
 *   unless the word before the period is an abbreviation or an initial (`Mr.`, `U.S.`, `R.`);
 * - the end of a URL followed by a capitalised word ("…: https://bit.ly/x Bloomberg Quicktake brings…"),
 *   since link lists are written without punctuation;
 * - a period glued to the next sentence ("White House.Subscribe to …"), as scraped text often has.
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

function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^[("'“‘[]+/, '');
  if (/^\p{L}$/u.test(bare)) return true; // an initial: "Joseph R. Biden"
  if (/\p{L}\.\p{L}/u.test(bare)) return true; // "U.S", "a.m", "e.g"
  return ABBREVIATIONS.has(bare.toLowerCase());
}

const GLUED_CTA = /[\p{Ll})](?=(?:Subscribe|SUBSCRIBE|Follow (?:us|me)|Like us|Connect with|Download (?:the|our)|Sign up|Join us|Visit (?:us|our)|Watch more|Get more|For more)\b)/gu;

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

export function splitSentences(line: string): SentenceSpan[] {
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
  for (const match of line.matchAll(/\p{Ll}{2}[.!?](?=\p{Lu}\p{Ll})/gu)) {
    const at = match.index! + match[0].length;
    if (!insideUrl(match.index!)) cuts.add(at);
  }

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
