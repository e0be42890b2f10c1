import type { EntityMention } from '@vidx/contracts';
import { diacriticScore, fold, nameKey } from './fold';
import { knownIndex, knownSurnames, NAME_SUFFIX_KEYS as SUFFIX, tokenKey, type KnownIndex } from './known';
import { getLexicon } from './lexicon';
import { CLUB_WORD, Inventory, NameFinder, surnameShaped, type NameCandidate } from './names';
import { countryBefore, countryVotes, isCountry, isNationalBody, localDollar, nationalBodyNamed, nationalCanonical } from './national';
import { findNumericEntities, type Span } from './numeric';
import { tokenize } from './tokenize';
import type { ExtractOptions, NameType } from './types';
import { DEFAULT_ALIAS_TABLE } from './data/aliases';

export interface ExtractInput {
  title: string;
  body: string;
  /** ISO 8601 date or timestamp: relative dates ("Tuesday", "last week") resolve against it. */
  publishedAt?: string;
  /** ISO 639-1 code ("en", "es", "fr"); unknown or absent means English rules. */
  language?: string;
  /** The channel: a national body named bare leans its country's way ("Parliament" on an Indian channel). */
  source?: string;
}


/**
 * Entity mentions of a title and body: PERSON, ORGANIZATION, LOCATION from rules, lexicons and
 * the alias table; DATE, PERCENT, MONEY from patterns resolved against `publishedAt`. Mentions of
 * one entity share a `canonical`. Title mentions come first, then body, each in text order.
 * Deterministic: the same input and options always give the same output.
 */
export function extractEntities(input: ExtractInput, options: ExtractOptions = {}): EntityMention[] {
  const known = knownIndex(options.aliasTable ?? DEFAULT_ALIAS_TABLE, options.aliases ?? []);
  const lexicon = getLexicon();
  const language = (input.language ?? 'en').slice(0, 2).toLowerCase();
  const inventory = new Inventory();

  const bodyTokens = tokenize(input.body);
  const bodyNumeric = findNumericEntities(input.body, input.publishedAt);
  const bodyNames = new NameFinder({ known, lexicon, language, knownOnly: false }, 'body', input.body, bodyTokens).run(bodyNumeric);
  for (const c of bodyNames) inventory.add(c);
  // The body's single words are typed before the title is read, so that a Title Case title finds
  // them too ("RSF Seizes Key City" over a body that defines RSF).
  resolveUnknown(bodyNames, inventory, language, { title: '', body: input.body });
  for (const c of bodyNames) inventory.add(c);

  const titleTokens = tokenize(input.title);
  const titleNumeric = findNumericEntities(input.title, input.publishedAt);
  const knownOnly = isHeadlineCase(titleTokens);
  const titleNames = new NameFinder({ known, lexicon, language, inventory, knownOnly }, 'title', input.title, titleTokens).run(titleNumeric);
  for (const c of titleNames) inventory.add(c);

  const all = [...titleNames, ...bodyNames];
  const texts = { title: input.title, body: input.body };
  resolveUnknown(all, inventory, language, texts);
  const names = all.filter((c): c is NameCandidate & { type: NameType } => c.type !== 'UNK');
  harmoniseTypes(names);
  clubsFacingClubs(names, texts);
  townsOfClubs(names, texts, known);
  const canonical = canonicalise(names, texts);
  const votes = countryVotes(names.map((c, i) => ({ type: c.type, canonical: canonical[i] })), input.source);
  nationalBodies(names, canonical, input, votes);
  // "$300 energy rebates" in an Australian report are Australian dollars.
  const dollar = localDollar(votes);

  const mentions: EntityMention[] = [];
  const addNumeric = (spans: Span[], field: 'title' | 'body', text: string): void => {
    for (const s of spans) {
      const surface = text.slice(s.start, s.end);
      const local = dollar && s.type === 'MONEY' && s.canonical.startsWith('USD ') && (surface.startsWith('$') || /\bdollars?\b/i.test(surface));
      mentions.push({ type: s.type, text: surface, canonical: local ? dollar + s.canonical.slice(3) : s.canonical, field, start: s.start, end: s.end });
    }
  };
  addNumeric(titleNumeric, 'title', input.title);
  addNumeric(bodyNumeric, 'body', input.body);
  names.forEach((c, i) => {
    const text = (c.field === 'title' ? input.title : input.body).slice(c.start, c.end);
    mentions.push({ type: c.type, text, canonical: canonical[i], field: c.field, start: c.start, end: c.end });
  });
  return mentions.sort((a, b) => (a.field === b.field ? a.start - b.start || b.end - a.end : a.field === 'title' ? -1 : 1));
}

/**
 * Bare national bodies ("the Supreme Court", "Parliament") of another country than the alias
 * table's: one canonical per body and document (see national.ts).
 */
function nationalBodies(names: ReadonlyArray<NameCandidate & { type: NameType }>, canonical: string[], input: ExtractInput, votes: ReadonlyMap<string, number>): void {
  const textOf = (c: NameCandidate) => (c.field === 'title' ? input.title : input.body);
  const bare = new Map<string, number[]>();
  // "the Indian Parliament": named with its nationality, the body of that country, which its bare mentions are too.
  const named = new Map<string, string>();
  names.forEach((c, i) => {
    const text = textOf(c).slice(c.start, c.end);
    const national = c.type === 'ORGANIZATION' ? nationalBodyNamed(text) : undefined;
    if (national) {
      canonical[i] = national.canonical;
      if (!named.has(national.body)) named.set(national.body, national.country);
    }
    if (!c.known || canonical[i] !== c.known.canonical || !isNationalBody(c.known.canonical, text)) return;
    bare.set(c.known.canonical, [...(bare.get(c.known.canonical) ?? []), i]);
  });
  if (bare.size === 0) return;
  for (const [body, members] of bare) {
    const before = members.map((i) => countryBefore(textOf(names[i]).slice(Math.max(0, names[i].start - 40), names[i].start)));
    const attached = [named.get(body), ...before].filter((c): c is string => c !== undefined);
    const chosen = nationalCanonical(body, attached, votes);
    for (const i of members) canonical[i] = chosen;
  }
}

/** Title Case ("Sunak Calls a Snap Election") or SHOUTED headlines: capitals carry no signal. */
function isHeadlineCase(tokens: ReturnType<typeof tokenize>): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && /^\p{L}{4,}/u.test(t.text));
  if (words.length < 3) return false;
  const caps = words.filter((t) => t.cap).length;
  return caps / words.length >= 0.75;
}

/**
 * One name of several words means one thing in a document: its mentions take the type the alias
 * table, its owner ("Rihanna's Fenty Beauty") or the person it is defined as an alias of ('Mike
 * "The Situation" Sorrentino') gives it, else the type most of its mentions have,
 * counting the short ones that are part of it ("Taylor Swift" once a place after "from", but
 * "Taylor" and "Swift" people five times). Single words keep theirs ("Jordan" the country beside
 * Michael Jordan).
 */
function harmoniseTypes(names: Array<NameCandidate & { type: NameType }>): void {
  const byKey = new Map<string, Array<NameCandidate & { type: NameType }>>();
  for (const c of names) {
    if (c.parts.length < 2) continue;
    const key = tokenKey(c.parts);
    const group = byKey.get(key);
    if (group) group.push(c);
    else byKey.set(key, [c]);
  }
  for (const group of byKey.values()) {
    if (group.every((c) => c.type === group[0].type)) continue;
    const known = group.find((c) => c.known)?.known?.type ?? group.find((c) => c.owned || c.aliasOf)?.type;
    const words = new Set(group[0].parts.map((p) => tokenKey([p])));
    const votes = new Map<NameType, number>();
    for (const c of names) {
      const member = group.includes(c) || (c.parts.length === 1 && words.has(tokenKey(c.parts)));
      if (member) votes.set(c.type, (votes.get(c.type) ?? 0) + 1);
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1]);
    const type = known ?? (ranked[0][1] > ranked[1][1] ? ranked[0][0] : undefined);
    if (type) for (const c of group) c.type = type;
  }
}

/**
 * "Dortmund, coached by Edin Terzić" in a document about Borussia Dortmund: a town's name alone is
 * the club of two words that ends with it and starts with a word that is no ordinary one, unless a
 * place's preposition puts it on the map ("fans in Dortmund"). Not "Bank of England" (a link word),
 * "Air India" (an ordinary word) or "Apple Canada" (a name of its own).
 */
function townsOfClubs(names: Array<NameCandidate & { type: NameType }>, texts: { title: string; body: string }, known: KnownIndex): void {
  const lexicon = getLexicon();
  const ownName = (o: NameCandidate) => {
    const first = known.byKey.get(tokenKey([o.parts[0]]));
    return first === undefined || first.canonical === o.known?.canonical;
  };
  const clubs = names.filter((o) => o.type === 'ORGANIZATION' && o.parts.length === 2 && /^\p{Lu}\p{Ll}/u.test(o.parts[0]) && !lexicon.isCommon(o.parts[0]) && ownName(o));
  if (clubs.length === 0) return;
  for (const c of names) {
    if (c.type !== 'LOCATION' || c.parts.length !== 1) continue;
    const club = clubs.find((o) => fold(o.parts[1]) === fold(c.parts[0]));
    if (!club) continue;
    const before = texts[c.field].slice(Math.max(0, c.start - 12), c.start);
    if (/\b(?:in|at|near|inside|outside|across|around|to|into|through|of|from)\s+$/i.test(before)) continue;
    c.type = 'ORGANIZATION';
    c.known = undefined;
  }
}

/**
 * "Barcelona vs. Bayern Munich", "Atalanta v PSG", "Barcelona and Bayern Munich battled": a place's
 * one-word name facing an organisation across "vs." or "v", or beside a club ("FC", "United") across
 * "and", is a club: an organisation named as written. Not a country's: its national side.
 */
function clubsFacingClubs(names: Array<NameCandidate & { type: NameType }>, texts: { title: string; body: string }): void {
  const ordered = [...names].sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
  const isClub = (c: NameCandidate) => c.type === 'ORGANIZATION' && [...c.parts, ...(c.known?.canonical.split(/\s+/) ?? [])].some((w) => CLUB_WORD.has(w));
  for (let i = 0; i < ordered.length; i += 1) {
    const place = ordered[i];
    if (place.type !== 'LOCATION' || place.parts.length !== 1 || (place.known && isCountry(place.known.canonical))) continue;
    for (const other of [ordered[i - 1], ordered[i + 1]]) {
      if (!other || other.field !== place.field || other.type !== 'ORGANIZATION') continue;
      const [a, b] = other.start < place.start ? [other, place] : [place, other];
      const between = texts[place.field].slice(a.end, b.start);
      if (/^\s*(?:vs?\.?|versus)\s*$/i.test(between) || (/^\s*(?:and|&)\s*$/.test(between) && isClub(other))) {
        place.type = 'ORGANIZATION';
        place.known = undefined;
        break;
      }
    }
  }
}

/** Single unknown capitalised words get a type from the whole document's evidence, or are dropped. */
function resolveUnknown(all: NameCandidate[], inventory: Inventory, language: string, texts: { title: string; body: string }): void {
  const lexicon = getLexicon();
  const surnames = knownSurnames();
  const midSentence = new Set<string>();
  for (const c of all) if (c.evidence && !c.evidence.sentStart) midSentence.add(tokenKey(c.parts));
  const ordered = [...all];
  const evidenced = new Map<string, NameType | null>();
  const defaulted: NameCandidate[] = [];
  for (let i = 0; i < ordered.length; i += 1) {
    const c = ordered[i];
    if (c.type !== 'UNK' || !c.evidence) continue;
    const e = c.evidence;
    const key = tokenKey(c.parts);
    const inv = inventory.get(key);
    if (e.knownAs) {
      const person = [...ordered.slice(0, i)].reverse().find((p) => p.field === c.field && p.type === 'PERSON' && c.start - p.end < 60);
      if (person) {
        c.type = 'PERSON';
        c.aliasOf = person;
        continue;
      }
    }
    // Ordinary words only borrow a person's type ("King" of "Stephen King"), not a part of a
    // company or place name ("Salvage" of "Smit Salvage").
    if (inv && !(e.common && inv.type !== 'PERSON')) {
      c.type = inv.type;
      continue;
    }
    // "(Official Video)", "Official Trailer": a cue types a name, not an ordinary word.
    if (e.personCue && !e.common) c.type = 'PERSON';
    else if (e.orgCue) c.type = 'ORGANIZATION';
    // "fire back at Trump": a well-known person's surname is the person after a place preposition
    // too (known places never get here: the alias table and gazetteer typed them already), and
    // so is no ordinary word ("in Season 2", "at Noon").
    // A given name is no place after one either ("Merci à Audrey, Sandrine et Samuel").
    else if (e.placePrep && !e.acronym && !e.common && !surnames.has(key) && !lexicon.isFirstName(c.parts[0])) c.type = 'LOCATION';
    // "PlayStation 5", "Galaxy S21": a product, unless the word is a given name or a surname.
    else if (e.model && !e.acronym && !surnames.has(key) && !lexicon.isFirstName(c.parts[0]) && !lexicon.isLastName(c.parts[0])) c.type = 'UNK';
    else {
      // "Sadia Ghafar and Others", "Joggers and More": a plural or a word that is no noun takes no
      // type from the names beside it (a name that is also a noun, "Mano" in a cast list, does).
      const word = c.parts[0];
      const ordinary = e.common && (/s$/.test(word) || !lexicon.isNounLike(word));
      // An acronym takes no person's type from its neighbour ("al-Burhan and RSF commander Dagalo"),
      // and a given name no place's from a place that is a given name too ("Tim and Chad", not
      // "Saskatoon, Regina and Winnipeg").
      const beside = ordinary ? undefined : coordinated(ordered, i, texts);
      const coordinate = beside?.type;
      // Nor one a comma puts after a place alone ("Britain's Princess of Wales, Kate, announced …";
      // "Saskatoon, Regina and Winnipeg" is a list of places).
      const givenNames =
        coordinate === 'LOCATION' && lexicon.isFirstName(word) && ((beside?.parts.length === 1 && lexicon.isFirstName(beside.parts[0])) || !listedBetweenPlaces(ordered, i, texts));
      // Nor a word written as brands are, in running text ("the chief executive of DeepMind, Demis
      // Hassabis"; in a list of names, "Lars Midgaard, ElRichMC", it is a person's handle).
      const neighbour = ((e.acronym || (e.brandCase && e.inProse)) && coordinate === 'PERSON') || givenNames ? undefined : coordinate;
      // A well-known person's surname is theirs, whatever a comma puts it beside ("In a post on Truth
      // Social, Trump said …"); two given names joined by "and" are people, whatever lists them
      // ("Sussex, Harry and Meghan").
      if (surnames.has(key)) c.type = 'PERSON';
      else if (lexicon.isFirstName(word) && !e.acronym && givenNamePartner(ordered, i, texts)) c.type = 'PERSON';
      else if (neighbour) c.type = neighbour;
      else if (lexicon.isFirstName(c.parts[0]) && !e.acronym && !e.saidAfter) {
        // A given name alone: the person of this document who has it ("Joe" after "Joe Biden"), or nobody.
        const person = ordered.find((p) => p.type === 'PERSON' && p.parts.length >= 2 && p.parts[0] === c.parts[0]);
        c.type = person ? 'PERSON' : 'UNK';
        if (person) c.aliasOf = person;
      } else if (e.common) c.type = 'UNK';
      // "the AFAD disaster agency": an acronym before a noun is still an organisation's (ordinary
      // ones, "the GDP figures", are COMMON_ABBREVIATIONS and never get here).
      else if (e.acronym) c.type = 'ORGANIZATION';
      else if (e.eventPlace) c.type = 'LOCATION';
      else if (e.modifier) c.type = 'UNK';
      // Organisations say things too ("Enedis said"): the subject of "said" is a person when a
      // given name, a surname or a name's shape says so ("Tara says", "Kuzmenko said"); else it is
      // typed like any unknown word. (Other languages: still a person.) A pronoun taking the word
      // up types it ("Drake said he …", "Corden hosts his show", "Voltaris cut its prices").
      else if (lexicon.isLastName(c.parts[0]) || (e.saidAfter && (lexicon.isFirstName(c.parts[0]) || surnameShaped(c.parts[0]) || language !== 'en'))) c.type = 'PERSON';
      else if (e.pronoun) {
        c.type = e.pronoun;
        evidenced.set(key, evidenced.has(key) && evidenced.get(key) !== e.pronoun ? null : e.pronoun);
      }
      else if (e.sentStart && !midSentence.has(key) && !(language === 'en' && lexicon.isProper(c.parts[0]))) c.type = 'UNK';
      else {
        c.type = 'ORGANIZATION';
        defaulted.push(c);
      }
    }
    if (c.type === 'UNK') c.evidence = undefined;
  }
  // One word, one thing: a mention typed for want of evidence takes the type a pronoun gave
  // another ("Corden hosts his show. … Since Corden took over …").
  for (const c of defaulted) c.type = evidenced.get(tokenKey(c.parts)) ?? c.type;
  for (let i = all.length - 1; i >= 0; i -= 1) if (all[i].type === 'UNK') all.splice(i, 1);
}

let surnameRunCache: Map<string, string> | undefined;

/**
 * Multi-word surnames of well-known people ("López Obrador" → "Andrés Manuel López Obrador"):
 * every run of two or more trailing words of a curated canonical that is not itself a whole name
 * in the table. A run two people share ("de la Cruz") names neither.
 */
function knownSurnameRuns(): Map<string, string> {
  if (surnameRunCache) return surnameRunCache;
  const runs = new Map<string, string | null>();
  for (const entry of DEFAULT_ALIAS_TABLE.entries) {
    if (entry.type !== 'PERSON') continue;
    const words = entry.canonical.split(/\s+/).filter((w) => !SUFFIX.has(fold(w)));
    for (let from = 1; from <= words.length - 2; from += 1) {
      const key = nameKey(words.slice(from).join(' '));
      runs.set(key, runs.has(key) && runs.get(key) !== entry.canonical ? null : entry.canonical);
    }
  }
  surnameRunCache = new Map([...runs].filter((e): e is [string, string] => e[1] !== null));
  return surnameRunCache;
}

/** A typed neighbour in a list "A, B and C" around candidate i. */
function coordinated(cands: NameCandidate[], i: number, texts: { title: string; body: string }): NameCandidate | undefined {
  const c = cands[i];
  const text = c.field === 'title' ? texts.title : texts.body;
  // On one line: "Story: Radaan Mediaworks India Ltd,⏎Direction: …" lists no names together.
  const joins = /^[^\S\n]*(?:,|,?[^\S\n]*(?:and|or|y|o|et|ou))[^\S\n]*$/;
  // "Tim Cook and OpenAI's Sam Altman": the possessor is no member of the list.
  if (/^['’]s\b/.test(text.slice(c.end))) return undefined;
  // "El presidente del Gobierno, Pedro Sánchez, …", "the chief executive of Nexora, Jay Patel": a
  // word after "of" and a full name after its comma are an office and its holder, no list.
  const complement = /(?:^|[^\p{L}])(?:of|of the|de|del|de la|de l['’]|du|des)\s+$/iu.test(text.slice(Math.max(0, c.start - 8), c.start));
  for (const j of [i - 1, i + 1]) {
    const n = cands[j];
    if (!n || n.field !== c.field || n.type === 'UNK') continue;
    const gap = j < i ? text.slice(n.end, c.start) : text.slice(c.end, n.start);
    if (complement && j > i && n.type === 'PERSON' && n.parts.length >= 2 && /^[^\S\n]*,[^\S\n]*$/.test(gap)) continue;
    if (joins.test(gap)) return n;
  }
  return undefined;
}

/** Whether the word at i stands in a list of places: between two, or joined to one by "and" or "or". */
function listedBetweenPlaces(cands: NameCandidate[], i: number, texts: { title: string; body: string }): boolean {
  const c = cands[i];
  const text = texts[c.field];
  const [before, after] = [cands[i - 1], cands[i + 1]];
  const gapTo = (n: NameCandidate | undefined) => (n && n.field === c.field && n.type === 'LOCATION' ? (n.end <= c.start ? text.slice(n.end, c.start) : text.slice(c.end, n.start)) : undefined);
  const [left, right] = [gapTo(before), gapTo(after)];
  const comma = (gap: string | undefined) => gap !== undefined && /^[^\S\n]*,[^\S\n]*$/.test(gap);
  const andOr = (gap: string | undefined) => gap !== undefined && /^[^\S\n]*,?[^\S\n]*(?:and|or|y|o|et|ou)[^\S\n]*$/.test(gap);
  return (comma(left) && (comma(right) || andOr(right))) || andOr(left) || andOr(right);
}

/** Whether the unknown word at i and an unknown or personal given name beside it are joined by "and": "Harry and Meghan". */
function givenNamePartner(cands: NameCandidate[], i: number, texts: { title: string; body: string }): boolean {
  const lexicon = getLexicon();
  const c = cands[i];
  const text = texts[c.field];
  for (const j of [i - 1, i + 1]) {
    const n = cands[j];
    if (!n || n.field !== c.field || n.parts.length !== 1 || (n.type !== 'UNK' && n.type !== 'PERSON') || !lexicon.isFirstName(n.parts[0])) continue;
    const gap = j < i ? text.slice(n.end, c.start) : text.slice(c.end, n.start);
    // Not "&": "Grace & Frankie", "Will & Grace" are programmes.
    if (/^[^\S\n]*and[^\S\n]*$/.test(gap)) return true;
  }
  return false;
}

interface Cluster {
  members: number[];
}

/** "assad" of "al-assad", "sisi" of "el-sisi" (folded words); the word itself when it has no particle. */
function withoutParticle(word: string): string {
  return word.replace(/^(?:al|el|ad|ash|as|at|an)[-‐'’](?=\p{L})/u, '');
}

/** Canonical name per candidate: mentions of one entity in the document share one. */
function canonicalise(names: Array<NameCandidate & { type: NameType }>, texts: { title: string; body: string }): string[] {
  const lexicon = getLexicon();
  const parent = names.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const keys = names.map((c) => tokenKey(c.parts));
  const words = names.map((c) => c.parts.filter((p) => !SUFFIX.has(fold(p)) && !/^\p{Lu}\.$/u.test(p)).map((p) => tokenKey([p])));

  // Same type and same folded text, or the same alias-table entity.
  const byKey = new Map<string, number>();
  names.forEach((c, i) => {
    for (const k of [`${c.type}:${keys[i]}`, c.known ? `${c.type}=${c.known.canonical}` : '']) {
      if (!k) continue;
      const seen = byKey.get(k);
      if (seen === undefined) byKey.set(k, i);
      else union(seen, i);
    }
  });
  names.forEach((c, i) => {
    if (c.aliasOf) {
      const j = names.indexOf(c.aliasOf as NameCandidate & { type: NameType });
      if (j >= 0) union(i, j);
    }
  });

  // Short mentions join the one longer mention they are part of: surnames and given names of
  // people, parts of organisation and place names, acronyms by initials or by definition.
  names.forEach((s, i) => {
    if (s.known?.curated) return;
    const sw = words[i];
    if (sw.length === 0) return;
    const targets = new Set<number>();
    names.forEach((l, j) => {
      if (i === j || (words[j].length <= sw.length && l.parts.length <= s.parts.length)) return;
      const lw = words[j];
      if (s.type === 'PERSON' && l.type === 'PERSON') {
        // "Assad" of "Bashar al-Assad": the surname without its particle too.
        const suffixMatch = sw.every((w, k) => lw[lw.length - sw.length + k] === w) || (sw.length === 1 && withoutParticle(lw[lw.length - 1]) === sw[0]);
        // The given name, or given names before one more word that is no ordinary one ("Kathie
        // Lee" of "Kathie Lee Gifford", not "Joe Rogan" of "Joe Rogan Experience").
        const givenMatch = sw.length === 1 ? lw[0] === sw[0] : lw.length === sw.length + 1 && sw.every((w, k) => lw[k] === w) && !lexicon.isCommon(l.parts[l.parts.length - 1]);
        if (suffixMatch || givenMatch) targets.add(find(j));
      } else if (s.type === l.type && s.type !== 'PERSON') {
        if (containsRun(lw, sw)) targets.add(find(j));
      }
    });
    if (targets.size === 1) union(i, [...targets][0]);
  });
  names.forEach((s, i) => {
    if (s.type !== 'ORGANIZATION' || s.parts.length !== 1 || !/^[\p{Lu}.]{2,8}$/u.test(s.parts[0])) return;
    const acronym = s.parts[0].replace(/\./g, '');
    const targets = new Set<number>();
    names.forEach((l, j) => {
      if (l.type !== 'ORGANIZATION' || l.parts.length < 2) return;
      const initials = l.parts
        .filter((p) => !/^(of|and|the|for|de|del|la|&|on|des|du)$/i.test(p))
        .map((p) => (/^(?:\p{Lu}\.)+$/u.test(p) ? p.replace(/\./g, '') : p[0]))
        .join('')
        .toUpperCase();
      if (initials === acronym || initials.endsWith(acronym) && initials.length - acronym.length <= 2 && /^(US|UK)/.test(initials)) targets.add(find(j));
    });
    if (targets.size === 1) union(i, [...targets][0]);
  });
  // "the Free Democrats (FDP)", "Social Democrats (SPD)": a name with an acronym of the same first
  // letter in brackets right after it is one organisation, whatever the other initials.
  names.forEach((a, i) => {
    if (a.type !== 'ORGANIZATION' || a.parts.length !== 1 || !/^[\p{Lu}.]{2,8}$/u.test(a.parts[0])) return;
    const text = texts[a.field];
    if (!/^\s*\)/.test(text.slice(a.end, a.end + 3))) return;
    const j = names.findIndex((l) => l.field === a.field && l.type === 'ORGANIZATION' && l.parts.length >= 2 && /^\s*\(\s*$/.test(text.slice(l.end, a.start)) && fold(l.parts[0])[0] === fold(a.parts[0])[0]);
    if (j >= 0) union(i, j);
  });

  const clusters = new Map<number, Cluster>();
  names.forEach((_, i) => {
    const root = find(i);
    const cluster = clusters.get(root) ?? { members: [] };
    cluster.members.push(i);
    clusters.set(root, cluster);
  });
  const result: string[] = new Array(names.length);
  const surnames = knownSurnames();
  for (const cluster of clusters.values()) {
    const members = cluster.members.map((i) => names[i]);
    let label = clusterLabel(members);
    if (members[0].type === 'PERSON' && members.every((m) => m.parts.length === 1)) label = surnames.get(tokenKey([label])) ?? label;
    else if (members[0].type === 'PERSON' && !members.some((m) => m.known?.curated)) label = knownSurnameRuns().get(nameKey(label)) ?? label;
    for (const i of cluster.members) result[i] = label;
  }
  return result;
}

function containsRun(haystack: string[], needle: string[]): boolean {
  for (let a = 0; a + needle.length <= haystack.length; a += 1) {
    if (needle.every((w, k) => haystack[a + k] === w)) return true;
  }
  return false;
}

/** The alias table's canonical when any member has one; else the longest, best-accented form. */
function clusterLabel(members: NameCandidate[]): string {
  const curated = members.find((m) => m.known?.curated);
  if (curated?.known) return curated.known.canonical;
  const longest = [...members].sort((a, b) => b.parts.length - a.parts.length || textOf(b).length - textOf(a).length)[0];
  const key = tokenKey(longest.parts);
  const variants = members.filter((m) => tokenKey(m.parts) === key);
  const best = variants.reduce((a, b) => (diacriticScore(textOf(b)) > diacriticScore(textOf(a)) ? b : a));
  const display = textOf(best);
  // The lexicon's spelling is a guess from a lower-case word list ("nhs" → "Nhs", "paypal" →
  // "Paypal", "malmo" → "Malmo"): it may fix the case of a name written in capitals, never of an
  // acronym the text wrote as one, and the text's own spelling otherwise stands ("PayPal",
  // "LeBron", "Malmö").
  const acronym = /^[\p{Lu}\d&.]{2,6}$/u.test(display);
  const shouted = display === display.toUpperCase();
  if (best.known && !best.known.curated && shouted && !acronym && tokenKey([best.known.canonical]) === tokenKey([display]) && diacriticScore(best.known.canonical) >= diacriticScore(display)) return best.known.canonical;
  return shouted && /\p{Ll}/u.test(display.toLowerCase()) && display.length > 6 ? titleCase(display) : display;
}

function textOf(c: NameCandidate): string {
  return c.parts.join(' ').replace(/ (['’]s)\b/g, '$1').replace(/ ,/g, ',');
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
