import { getLexicon } from './lexicon';

/** A token of the text with UTF-16 offsets; `text === source.slice(start, end)`. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct' | 'poss';
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case (acronyms, shouted titles). */
  upper: boolean;
  /** First word of a sentence, line, quotation or heading part: its capital says little. */
  sentStart: boolean;
  /** A line break lies between this token and the previous one. */
  newline: boolean;
}

const ABBREVIATIONS =
  'Jr|Sr|Dr|Mr|Mrs|Ms|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd|No|Mt|Ft|Adm|Sgt|Maj|vs|Sra|Mme';
const TOKEN_RE = new RegExp(
  [
    '(?:\\p{Lu}\\.){2,}', // U.S., U.K., D.C.
    '\\p{Lu}\\.(?=\\s?\\p{Lu})', // initials: S. Somanath, Joseph R. Biden
    `(?:${ABBREVIATIONS})\\.`,
    '\\p{Lu}{1,3}&\\p{Lu}{1,3}(?![\\p{L}\\p{N}])', // AT&T, H&M, S&P: one name, not two letters and a sign
    "[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-‐][\\p{L}\\p{M}\\p{N}]+)*",
    '\\d+(?:[.,]\\d+)*',
    '\\S',
  ].join('|'),
  'gu',
);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '(', '[', '—', '–', '|', '•', '►', '»', '«', '¿', '¡', '…']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  let inRole = false;
  for (const match of text.matchAll(TOKEN_RE)) {
    const start = match.index;
    const raw = match[0];
    const gap = text.slice(lastEnd, start);
    const newline = gap.includes('\n');
    lastEnd = start + raw.length;
    // French/Italian elision before a name: "l'Ukraine", "d'Italia" → article + name.
    const elision = /^([ldLD]['’])(\p{Lu}.*)$/u.exec(raw);
    if (elision) {
      push(tokens, elision[1], start, newline, 'word');
      push(tokens, elision[2], start + 2, false, 'word');
      continue;
    }
    const possessive = /^(.+?)(['’]s)$/u.exec(raw);
    if (possessive && /\p{L}/u.test(raw[0])) {
      push(tokens, possessive[1], start, newline, 'word');
      push(tokens, possessive[2], start + possessive[1].length, false, 'poss');
      continue;
    }
    // A line break lost in scraping glues a name's last word to the capitals of the next line
    // ("Associated PressWSJ", "Gabrielle MosesPO Box"): two tokens, the second starting a new line.
    // So is a shouted word ("ShhhhFOLLOW"); not a brand's one word after anything else ("of
    // OpenAI", "SiriusXM").
    const glued = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}{2,})$/u.exec(raw);
    const prev = tokens[tokens.length - 1];
    if (glued && ((prev?.kind === 'word' && prev.cap && gap === ' ') || (glued[2].length >= 3 && getLexicon().isCommon(glued[2])))) {
      push(tokens, glued[1], start, newline, 'word');
      push(tokens, glued[2], start + glued[1].length, true, 'word');
      continue;
    }
    // The same before a credit's role ("Alex SedgwickAssistant Editor", "Lime StudiosLyrics") or a
    // link ("Michael Rusakovhttps://…"). The role separates names like the colon after it would,
    // so it is kept as punctuation: neither a name nor a part of the next one.
    const role = gluedToRoleOrLink(raw);
    if (role) {
      push(tokens, role[0], start, newline, 'word');
      push(tokens, role[1], start + role[0].length, true, 'punct');
      inRole = true;
      continue;
    }
    // …and the same before any common word when the token ends a name on its line ("Pedro Conti
    // and Victor Hugo QueirozPipeline: …", "Joey ZehrSupervising Producer"): a surname does not end
    // in a capitalised English word, a brand often does ("YouTube", "PlayStation") but its first
    // part is then a common word too, or no name precedes it ("Get CrunchyRoll"). What follows
    // the surname is most likely the next credit's role, kept apart like one.
    const next = gluedToNextLine(raw, tokens[tokens.length - 1], gap);
    if (next) {
      push(tokens, next[0], start, newline, 'word');
      push(tokens, next[1], start + next[0].length, true, 'punct');
      inRole = true;
      continue;
    }
    // …and so are the role's further words ("…Production Supervisor: Alex Randall", "…Key Grip"),
    // up to a given name, even one that is also a word ("…Assistant Editor Grace Park").
    if (inRole && (CREDIT_ROLE.has(raw) || (/^\p{Lu}\p{Ll}+$/u.test(raw) && getLexicon().isCommon(raw) && !getLexicon().isFirstName(raw)))) {
      push(tokens, raw, start, newline, 'punct');
      continue;
    }
    inRole = false;
    const kind = /^\d/.test(raw) ? 'num' : /^[\p{L}\p{M}]/u.test(raw) ? 'word' : 'punct';
    push(tokens, raw, start, newline, kind);
  }
  return tokens;
}

/** Roles of a credit list, and other words a credit line starts with, in Title Case. */
const CREDIT_ROLE = new Set([
  'Assistant', 'Editor', 'Editors', 'Edit', 'Edited', 'Lyrics', 'Music', 'Musicians', 'Sound', 'Mix', 'Mixing', 'Mastering',
  'Colourist', 'Colorist', 'Camera', 'Director', 'Directors', 'Direction', 'Producer', 'Producers', 'Production', 'Writer',
  'Writers', 'Written', 'Animation', 'Animator', 'Photography', 'Cinematography', 'Cinematographer', 'Designer', 'Design',
  'Executive', 'Vocals', 'Engineer', 'Composer', 'Choreography', 'Choreographer', 'Makeup', 'Stylist', 'Starring', 'Cast',
  'Credits', 'Host', 'Hosted', 'Presenter', 'Reporter', 'Narrator', 'Graphics', 'Filmed', 'Special', 'Thanks', 'Artist', 'Featuring',
  'Supervisor', 'Manager', 'Coordinator', 'Studio', 'Company', 'Choreographers', 'Animators', 'Designers', 'Engineers', 'Editing',
  'Supervising', 'Associate', 'Directed', 'Produced', 'Mixed', 'Mastered', 'Lyricist', 'Casting', 'Wardrobe', 'Lighting', 'Gaffer',
  'Grip', 'Steadicam', 'Stunt', 'Stunts', 'Storyboard', 'Storyboards', 'Puller', 'Asst', 'PA',
]);

/** "SedgwickAssistant" → Sedgwick + Assistant, "AlyssaBeCrazySound" → AlyssaBeCrazy + Sound; "Rusakovhttps" → Rusakov + https. */
function gluedToRoleOrLink(raw: string): [string, string] | null {
  const link = /^(\p{Lu}\p{Ll}{2,})(https?|www)$/u.exec(raw);
  if (link) return [link[1], link[2]];
  const role = /^(\p{Lu}\p{L}*\p{Ll}{2})(\p{Lu}\p{Ll}+)$/u.exec(raw);
  return role && CREDIT_ROLE.has(role[2]) ? [role[1], role[2]] : null;
}

/** "QueirozPipeline" after "Hugo " → Queiroz + Pipeline: the name's last word, then the next line's first. */
function gluedToNextLine(raw: string, prev: Token | undefined, gap: string): [string, string] | null {
  const m = /^(\p{Lu}[\p{L}'’]*\p{Ll})(\p{Lu}\p{Ll}+)((?:[-‐]\p{L}+)*)$/u.exec(raw);
  if (!m || m[1].length < 3 || m[2].length < 3) return null;
  if (!prev || prev.kind !== 'word' || !prev.cap || prev.upper || gap !== ' ') return null;
  const lexicon = getLexicon();
  if (lexicon.isCommon(prev.text) || lexicon.isCommon(m[1]) || !lexicon.isCommon(m[2]) || lexicon.isProper(raw)) return null;
  return [m[1], m[2] + m[3]];
}

function push(tokens: Token[], text: string, start: number, newline: boolean, kind: Token['kind']): void {
  const prev = tokens[tokens.length - 1];
  const letters = text.replace(/[^\p{L}]/gu, '');
  const sentStart =
    !prev ||
    newline ||
    (prev.kind === 'punct' && (SENTENCE_END.has(prev.text) || (prev.text === "'" && isOpeningQuote(tokens)))) ||
    (prev.text.endsWith('.') && prev.kind === 'word' && !/^(?:\p{Lu}\.)+$/u.test(prev.text) && !/^(?:Jr|Sr|Dr|Mr|Mrs|Ms|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|Mt|Ft|Adm|Sgt|Maj|Sra|Mme)\.$/.test(prev.text)) ||
    (prev.kind === 'punct' && (prev.text === '-' || prev.text === '–'));
  tokens.push({
    text,
    start,
    end: start + text.length,
    kind,
    cap: /^\p{Lu}/u.test(text),
    upper: letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    sentStart,
    newline,
  });
}

/** A `'` opens a quotation when what precedes it is not a letter (`'You have…`), not a possessive. */
function isOpeningQuote(tokens: Token[]): boolean {
  const quote = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  return !before || before.end < quote.start || before.kind === 'punct';
}
