import {
  COMMON_ABBREVIATIONS,
  COUNTRIES,
  EVENT_HEADS,
  MEDIA_HEADS,
  LEGAL_FORMS,
  LOC_PREFIXES,
  LOC_SUFFIXES,
  NAME_CONNECTORS,
  NAME_SUFFIXES,
  OFFICE_WORDS,
  ORG_CUES,
  ORG_PREFIXES,
  ROMANCE_ORG_HEADS,
  ORG_SUFFIXES,
  PERSON_CUES,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  TITLE_MODIFIERS,
  TITLES,
  US_STATE_ABBREVIATIONS,
  US_STATE_CODES,
} from './data/gazetteer';
import { fold } from './fold';
import { knownSurnames, tokenKey, type KnownIndex, type KnownName } from './known';
import { getLexicon, type Lexicon } from './lexicon';
import type { Token } from './tokenize';
import type { NameType } from './types';

/** A name found in one field, before canonicalisation. */
export interface NameCandidate {
  field: 'title' | 'body';
  start: number;
  end: number;
  /** The tokens' texts (for part matching). */
  parts: string[];
  type: NameType | 'UNK';
  known?: KnownName;
  /** Alias defined by the text ("…, widely known as Hemedti") → the person it names. */
  aliasOf?: NameCandidate;
  /** Typed by what owns it ("Rihanna's Fenty Beauty"): that type holds for the name's other mentions. */
  owned?: boolean;
  /** Evidence for single unknown words, used once the whole document has been seen. */
  evidence?: Evidence;
}

interface Evidence {
  sentStart: boolean;
  placePrep: boolean;
  orgCue: boolean;
  personCue: boolean;
  saidAfter: boolean;
  /**
   * The pronoun that takes the word up: after "said" ("… said he would", "… said its plant"), or
   * right after the verb it is the subject of ("Corden hosts his show", "Voltaris cut its prices").
   */
  pronoun?: 'PERSON' | 'ORGANIZATION';
  knownAs: boolean;
  common: boolean;
  /** "the Vikram lander": a bare modifier of a common noun. */
  modifier: boolean;
  /** "the Lahaina wildfire", "the Uvalde shooting": the modifier of a disaster or an attack, its place. */
  eventPlace: boolean;
  acronym: boolean;
  /** "PlayStation 5", "Galaxy S21": a model number follows, the name is a product's. */
  model: boolean;
  /** "DeepMind", "PayPal", "OpenAI": a second capital inside the word, as brands write them (not "LeBron", "McAllister"). */
  brandCase: boolean;
  /** Right after a lower-case word ("of DeepMind"): in running text, not a list or a credit. */
  inProse: boolean;
}

export interface NameContext {
  known: KnownIndex;
  lexicon: Lexicon;
  language: string;
  /** Whole-document names found so far (body before title): keys → candidates. */
  inventory?: Inventory;
  /** Shouted or Title Case text: capitals say nothing, accept only known and inventory names. */
  knownOnly: boolean;
}

const set = (list: readonly string[]): Set<string> => new Set(list.map((w) => fold(w)));
const ORG_SUFFIX = set(ORG_SUFFIXES);
const ORG_PREFIX = set(ORG_PREFIXES);
const ROMANCE_ORG_HEAD = set(ROMANCE_ORG_HEADS);
const LOC_SUFFIX = set(LOC_SUFFIXES);
const LOC_PREFIX = set(LOC_PREFIXES);
const EVENT_HEAD = set(EVENT_HEADS);
const MEDIA_HEAD = set(MEDIA_HEADS);
const ORG_CUE = set(ORG_CUES);
/** Two names that end in the same organisation's word ("Silicon Valley Bank", "Signature Bank"): two of a kind, not one name. */
function sameOrgWord(left: Token[], right: Token[]): boolean {
  const end = fold(left[left.length - 1].text);
  return ORG_SUFFIX.has(end) && end === fold(right[right.length - 1].text);
}

/** Possessors that begin the names of parties, armies and banks: "People's Action Party", "Workers' Party". */
const COLLECTIVE_POSSESSORS = new Set(['people', 'peoples', 'workers', 'women', 'farmers', 'patriots', 'citizens', 'children']);

/** Common Chinese, Korean and Vietnamese surnames, written first (folded). */
const EAST_ASIAN_SURNAME = new Set(
  (
    'lee wong tan lim ng goh chan teo ong chua koh tay yeo ho lau leung cheung chow tsang yip lai zhang wang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo ' +
    'he lin gao luo zheng liang xie tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin kim park choi jung ' +
    'kang cho yoon jang nguyen tran le pham hoang phan vu dang bui ngo duong ly'
  ).split(' '),
);

/** People named by their trade (singular), whose "at" names where they work. */
const WORKERS = new Set([
  'economist', 'analyst', 'strategist', 'researcher', 'scientist', 'engineer', 'executive', 'employee', 'worker', 'staff', 'official',
  'spokesperson', 'spokesman', 'spokeswoman', 'professor', 'lecturer', 'student', 'trader', 'banker', 'lawyer', 'partner', 'director',
  'manager', 'investor', 'colleague', 'expert', 'fellow', 'chief', 'head', 'boss', 'founder', 'editor', 'reporter', 'correspondent',
]);
const PERSON_CUE = set(PERSON_CUES);
// Accents kept: "à" is French for "at", "a" the English article ("a Kickstarter", "a Sig Sauer")
// and the French "has", but "to" in Spanish, Portuguese and Italian ("llegó a Zacualpan").
const PLACE_PREP = new Set(PLACE_PREPOSITIONS.map((w) => w.toLowerCase()));
const A_IS_TO = new Set(['es', 'pt', 'it', 'ca']);
const PLACE_NOUN = set(PLACE_NOUNS);
/** Countries by every name the gazetteer gives them ("Nigeria", "Brasil"). */
const COUNTRY = new Set(COUNTRIES.flatMap((line) => line.split('|')).map((name) => tokenKey(name.split(/\s+/))));
/** Verbs whose object is most likely a place: "visited Tapachula", "toured Ocosingo". */
const VISIT_VERBS = new Set(['visit', 'visits', 'visited', 'visiting', 'tour', 'tours', 'toured', 'touring']);
/** Words of going after which "to" leads to a place: "fled to Rafah", "spread to Pasadena", "a flight to Accra", "north to Jacksonville". */
const GOING_WORDS = new Set([
  'fled', 'flee', 'flees', 'fleeing', 'flew', 'fly', 'flies', 'flying', 'travelled', 'traveled', 'travel', 'travels', 'travelling',
  'traveling', 'spread', 'spreads', 'spreading', 'headed', 'heading', 'evacuated', 'deported', 'sailed', 'drove', 'marched',
  'relocated', 'trip', 'trips', 'journey', 'flight', 'flights', 'route', 'road', 'north', 'south', 'east', 'west', 'visit', 'visits',
]);
/** People who stand for a cause, before "for" in an advocacy group's name ("Students for Fair Admissions", "Moms for Liberty"). */
const PEOPLE_PLURALS = new Set([
  'students', 'parents', 'moms', 'mothers', 'fathers', 'dads', 'families', 'teachers', 'doctors', 'physicians', 'nurses', 'scientists',
  'lawyers', 'veterans', 'citizens', 'women', 'men', 'farmers', 'workers', 'voters', 'patriots', 'christians', 'muslims', 'jews',
  'evangelicals', 'conservatives', 'progressives', 'republicans', 'democrats', 'engineers', 'journalists', 'reporters', 'artists',
  'musicians', 'athletes', 'mayors', 'economists', 'taxpayers', 'consumers', 'residents', 'survivors',
]);
/** Roles held in a team or a company, after its name and before the holder's: "Chelsea manager Mauricio Pochettino". */
const ROLES_IN_ORGANISATIONS = new Set([
  'manager', 'boss', 'ceo', 'chief', 'chairman', 'chairwoman', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'owner',
  'founder', 'co-founder', 'cofounder',
]);
/** Countries that are also common given names: before a surname they name a person ("Jordan Peterson"). */
/** Awards named before what they make someone ("Nobel laureate"), and those words. */
const AWARD = set(['Nobel', 'Pulitzer', 'Grammy', 'Emmy', 'Oscar', 'Tony', 'Booker', 'Bafta', 'BAFTA', 'Olympic', 'Ballon']);
const AWARDED = new Set(['laureate', 'laureates', 'winner', 'winners', 'winning', 'nominee', 'nominees', 'nominated', 'nomination', 'nominations', 'prize', 'award', 'awards', 'medallist', 'medalist', 'champion']);

/** Demonyms that are also given names: "Christian Lindner", "Christian Pulisic". */
const GIVEN_NAME_DEMONYMS = set(['Christian']);
/** Directions and edges before "of" and a place: "south of Marrakech", "the outskirts of Kherson". */
const PLACE_DIRECTION = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'outskirts', 'suburbs']);
/** Administrative areas written in lower case after their name: "Al Haouz province", "Ghor province", "Kursk region". */
const AREA_AFTER = new Set(['province', 'provinces', 'region', 'regions', 'district', 'county', 'governorate', 'oblast', 'prefecture', 'municipality', 'township', 'parish', 'borough']);
const GIVEN_NAME_COUNTRIES = new Set(['Jordan', 'Georgia', 'India', 'Israel', 'Kenya', 'Chad'].map((name) => tokenKey([name])));
/** A place preposition in a document of this language: "in", "from", "à"… */
const isPlacePrep = (t: Token | undefined, language: string): boolean =>
  isWord(t) && (PLACE_PREP.has(t.text.toLowerCase()) || (t.text === 'a' && A_IS_TO.has(language)));
const COMMON_ABBREVIATION = set(COMMON_ABBREVIATIONS);
const LEGAL_FORM = set(LEGAL_FORMS);
/** How a company's name ends for certain (not "AG", also an attorney general: "the Texas AG"). */
const COMPANY_END = set([...LEGAL_FORMS.filter((f) => f !== 'AG'), 'Co', 'Co.', 'Corporation', 'Company', 'plc']);
const OFFICE = set(OFFICE_WORDS);
const CONNECTOR = set(NAME_CONNECTORS);
const SUFFIX = set(NAME_SUFFIXES);
const TITLE_KEYS = new Set(TITLES.map((t) => tokenKey(t.split(/\s+/))));
const MODIFIER_KEYS = new Set(TITLE_MODIFIERS.map((t) => tokenKey([t])));
/**
 * Offices only a person holds, never put before an ordinary word or a place in a name ("General
 * Electric", "Chief Justice", "Mrs. Canada", "Mr. Wonderful" are).
 */
const PERSONAL_TITLE_KEYS = new Set(
  [
    'President', 'Vice President', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor',
    'Secretary', 'Attorney General', 'Prime Minister', 'Chancellor', 'Ambassador',
    // The cabinet's secretaries: "Secretary of Defense Austin" is no city.
    ...TITLES.filter((t) => t.startsWith('Secretary of ')),
  ].map((t) => tokenKey(t.split(/\s+/))),
);
const MAX_TITLE_TOKENS = 3;
const PORTFOLIO_HEAD = new Set(['Minister', 'Secretary', 'Ministra', 'Ministro', 'Ministre']);
const ARTICLES = set(['the', 'a', 'an', 'la', 'el', 'le', 'les', 'los', 'las', "l'"]);
const SPLITTERS = set(['and', '&', 'y', 'et', 'e', 'or', 'o', 'ou']);
const ROMANCE_LANGUAGES = new Set(['fr', 'es', 'pt', 'it', 'ca']);
// Not Spanish "a" (a person's object: "visitó a Pedro Sánchez") nor "o" ("or").
const ROMANCE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'le', 'les', "l'", 'l’', 'il', 'lo', 'gli']);
/** Heads of institutions named with a lower-case adjective in Romance languages: "Conseil constitutionnel", "Front national", "Guardia civil". */
const ROMANCE_ADJECTIVE_HEAD = set([
  ...ROMANCE_ORG_HEADS, 'Front', 'Frente', 'Rassemblement', 'Cour', 'Corte', 'Sénat', 'Senado', 'Armée', 'Ejército', 'Guardia', 'Garde',
  'Policía', 'Police', 'Polícia', 'Polizia', 'Gendarmerie', 'Parlement', 'Parlamento', 'Banque', 'Caisse', 'Unión', 'Union', 'Fiscalía',
  'Cámara', 'Audiencia', 'Conselho', 'Consiglio', 'Partito', 'Supremo', 'Tribunale',
]);
/** Endings of Romance adjectives of nationality, politics and office: "nationale", "socialiste", "constitutionnel", "popular", "federal". */
const ROMANCE_ADJECTIVE = /^\p{Ll}{3,}(?:el|elle|al|ale|aux|iste|istes|aire|ien|ienne|ique|ais|aise|ano|ana|ista|ico|ica|ivo|iva|ario|aria|ese|ês|ense|ar|or|eral|éen|éenne|eo|ea)$/u;
/**
 * The US states by name ("Virginia", "North Carolina"), with Georgia, whose name is the country's
 * canonical one (US_STATE_CODES): before "Tech" or "State", a university's name.
 */
const US_STATE = new Set([...Object.values(US_STATE_CODES), 'Georgia'].map((name) => tokenKey(name.split(/\s+/))));
/** States whose name and "State" mostly name the state: "Washington State", "New York State". */
const STATE_NAMED_STATE = new Set(['Washington', 'New York'].map((name) => tokenKey(name.split(/\s+/))));
const PARTICLES = set(['al', 'el', 'bin', 'ibn', 'abu', 'van', 'von', 'da', 'di', 'dos', 'del', 'de']);
const PARTICLE_PAIR_FIRST = set(['von', 'van', 'de', 'da', 'di', 'del', 'della', 'dos']);
const PARTICLE_PAIR_SECOND = set(['der', 'den', 'dem', 'de', 'la', 'las', 'los', 'le', 'lo']);
const GERMANIC_PARTICLES = set(['von', 'van']);
const DUTCH_PARTICLES = set(['ten', 'ter']);
const SAID = set(['said', 'says', 'told', 'added', 'stated', 'reports', 'reported', 'wrote', 'tweeted', 'dijo', 'afirmó', 'declaró', 'a', 'explained', 'argued', 'insisted']);
const CALENDAR = set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
  // Holidays: dates, not names.
  'christmas', 'easter', 'halloween', 'thanksgiving', 'ramadan', 'diwali', 'hanukkah', 'passover',
]);
const KNOWN_AS = /(?:known as|dubbed|nicknamed|alias|a\.k\.a\.?|aka|conocido como|apodado|surnommé|dit)\s*$/i;
const PARTICLE_WORD = /^(?:al|el|ad|ash|as|at|an|bin|ibn|abu|van|von|de|di|da|du|le|la|d)[-‐'’]\p{Lu}/u;

const CONTRACTION = /\p{L}['’](?:m|re|ve|ll|d|t)$/iu;
/** "PO Box 1234", "P.O. Box": a postal address, not a name. */
const POST_BOX = /^p\.?\s?o\.?$/;

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const PARTY_AND_STATE = /^[RDI][-‐]\p{Lu}(?:\p{L}+\.?)?$/u; // "R-Texas", "D-Calif.", "D-N" of "D-N.Y."
/** Quotation marks around a nickname. */
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/** Every word in capitals, whatever joins them ("SAM & NIC"). */
const allCaps = (toks: Token[]): boolean => toks.every((t) => t.upper || !/\p{L}/u.test(t.text));
const hasDigit = (t: Token): boolean => /\d/.test(t.text);

/** Could this token be (part of) a name? */
/** Endings that make a compound an adjective or a noun of its own ("Disney-fication", "Trump-esque"). */
const ADJECTIVE_SUFFIX = /^(?:ish|esque|fication|ification|ism|ist|ite|ites|ian|ians)$/;

function isNameToken(t: Token | undefined, blocked: Set<Token>): boolean {
  if (!t || t.kind !== 'word' || blocked.has(t) || hasDigit(t)) return false;
  // "EU-wide", "Saudi-led", "Kremlin-backed": adjectives, not names; but "Ching-te", "Ing-wen",
  // "Jae-myung", given names whose syllable after the hyphen is no English word, are.
  const compound = /[-‐](\p{Ll}+)$/u.exec(t.text);
  if (compound && (getLexicon().isCommon(compound[1]) || ADJECTIVE_SUFFIX.test(compound[1]))) return false;
  // "R-Texas", "D-Calif.", "I-Vt.": a lawmaker's party and state, not a name.
  if (PARTY_AND_STATE.test(t.text)) return false;
  // "I’m", "Haven’t", "We’re": a contraction is a pronoun or a verb, never part of a name.
  if (CONTRACTION.test(t.text)) return false;
  if (t.cap) return !CALENDAR.has(fold(t.text).replace(/\.$/, ''));
  return PARTICLE_WORD.test(t.text);
}

/** Words that, after an institution's head, go on with its name: "Council on Foreign Relations", "Committee to Protect Journalists". */
const INSTITUTION_LINKS = new Set(['for', 'on', 'to']);

/**
 * Words that, after a place, name its club or team: "Leeds United", "Orlando City SC", "Bolton
 * Wanderers", and the singular nicknames of American teams ("Miami Heat", "Indiana Fever").
 */
export const CLUB_WORD = new Set([
  'United', 'FC', 'SC', 'CF', 'AFC', 'Rovers', 'Wanderers', 'Albion', 'Athletic', 'Hotspur',
  'Heat', 'Magic', 'Jazz', 'Thunder', 'Wild', 'Lightning', 'Kraken', 'Fever', 'Sky', 'Sparks', 'Mercury', 'Liberty', 'Lynx', 'Galaxy',
  'Crew', 'Dynamo', 'Whitecaps', 'Sounders',
]);

/** An organisation's words that in a title are as often a newspaper's or a programme's as an institution's. */
const NEWS_WORD = set(['News', 'Times', 'Post', 'Journal', 'Press', 'Media', 'Television', 'TV', 'Radio', 'Network']);

/** Place words of administrative areas, not sites: "Harris County", "Kano State", "Gaza Strip". */
const ADMINISTRATIVE_AREA = set(['City', 'Town', 'County', 'Province', 'Region', 'District', 'Prefecture', 'Oblast', 'State', 'Strip']);

/** An institution's head word: "Bank", "Council", "Institute", "Center". */
const isInstitutionHead = (t: Token | undefined): boolean => isWord(t) && t.cap && (ORG_PREFIX.has(fold(t.text)) || ORG_SUFFIX.has(fold(t.text)));

function isAcronym(t: Token): boolean {
  // "U.S.", "ABS-CBN" (parts of two letters or more: "D-NY" is a party and a state).
  const letters = /^\p{Lu}{2,}(?:[-‐]\p{Lu}{2,})+$/u.test(t.text) ? t.text.replace(/[-‐]/g, '') : t.text.replace(/[.&]/g, '');
  return t.upper && letters.length >= 2 && letters.length <= 6 && /^\p{Lu}+$/u.test(letters);
}

/** "Jr.", "Sr.", "II", "III": a generation of a family name, part of the person's name. */
const GENERATIONAL_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * Endings of surnames in many languages ("Petrov", "Kovalenko", "Wiśniewski", "Elenskiy",
 * "Popescu", "Papadopoulos", "Saakashvili"): a word so shaped most likely names a person…
 */
const SURNAME_ENDING = /\p{Ll}(?:ov|ova|ev|eva|yov|yova|enko|sky|skyi|skiy|ski|ska|vich|vych|ić|yan|escu|opoulos|akis|oglu|oğlu|shvili|dze)$/u;
/** …and beginnings of names written with a second capital: "McAllister", "LeBron", "DeShawn", "O'Hara". */
const NAME_PREFIX = /^(?:Mc|Mac|Le|La|De|Da|Di|Du|O['’])\p{Lu}\p{Ll}+$/u;

export function surnameShaped(word: string): boolean {
  return SURNAME_ENDING.test(word) || NAME_PREFIX.test(word);
}

/**
 * Pronouns and function words of two letters: in capitals, shouting ("Catch ME in …", "HOW WE
 * MET"). Not "US" (a country), "IS" (the Islamic State), "UP" (Uttar Pradesh), "GO" (a transit
 * network's name), nor those COMMON_ABBREVIATIONS already leave out ("AM", "OK").
 */
/** Disasters and attacks named after where they happened: "the Lahaina wildfire", "the Uvalde shooting". */
const DISASTER = /^(?:wildfires?|fires?|blaze|earthquakes?|quakes?|floods?|flooding|shootings?|stabbings?|attacks?|bombings?|massacre|explosion|blast|stampede|derailment|landslides?|mudslides?|tornado(?:es)?|eruption)$/;

/** Function words and auxiliaries that a Title Case headline capitalises mid-sentence ("Does", "The", "And"). */
const HEADLINE_FUNCTION_WORDS = new Set(
  'the a an and or but nor of in on at to for with from by as into over after about than is are was were be been has have had do does did will would can could should may might not no its his her their our your it he she they we you this that'.split(' '),
);
/** Players' positions written before their names in sports copy ("PG Damian Lillard", "QB Patrick Mahomes"). */
const PLAYING_POSITION = new Set(['PG', 'SG', 'SF', 'PF', 'QB', 'RB', 'WR', 'TE', 'LB', 'CB', 'DE', 'DT', 'OL', 'OT', 'DB', 'GK', 'RHP', 'LHP', 'DH']);
/** Particles of phrasal verbs, capitalised in headlines: "Cozies Up", "Lashes Out", "Backs Off". */
const PHRASAL_PARTICLE = new Set(['Up', 'Down', 'Out', 'Off', 'Back', 'Away']);
const SHOUTED_FUNCTION_WORDS = new Set(['ME', 'MY', 'WE', 'HE', 'IT', 'AN', 'AS', 'AT', 'BE', 'BY', 'DO', 'IF', 'IN', 'NO', 'OF', 'OH', 'ON', 'OR', 'SO', 'TO', 'HI']);

/** Words for relatives, also forms of address ("Father Murphy"): no given names. */
const KINSHIP = set([
  'mother', 'father', 'sister', 'brother', 'uncle', 'aunt', 'auntie', 'grandma', 'grandpa', 'granny', 'grandmother', 'grandfather',
  'mom', 'mum', 'dad', 'mama', 'papa', 'mommy', 'daddy', 'baby', 'cousin', 'son', 'daughter', 'nephew', 'niece', 'wife', 'husband',
]);

/** Number words that end a product's name ("Xbox One"). */
const NUMBER_WORDS = set(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten']);

/** Words that end a product line's name: "MacBook Pro", "AirPods Max", "Mac Mini", "Galaxy Note Ultra". */
const PRODUCT_LINE_ENDS = set(['Pro', 'Max', 'Mini', 'Ultra', 'Plus', 'Lite']);
/** Words before a model's letter: "Xbox Series X", "Tesla Model S". */
const MODEL_LETTER_HEADS = set(['Series', 'Model']);

/** Words before an organisation's name ("from ICE", "the CAT dealer"): a noun in capitals there may be an acronym. */
const ORG_PLACE_BEFORE = new Set(['the', 'from', 'by', 'with', 'at', 'to', 'for', 'of', 'on', 'in', 'and', 'or', 'vs', 'via']);

/** Place heads that are also common surnames ("Lake", "Hill", "Bay"): after a given name, a person unless a place preposition precedes. */
const SURNAME_LIKE_PLACE_HEAD = new Set(['lake', 'hill', 'brook', 'brooks', 'wood', 'woods', 'field', 'fields', 'ford', 'bay', 'park']);

export class NameFinder {
  private readonly out: NameCandidate[] = [];
  private blocked = new Set<Token>();
  /** Tokens of Title Case sentences in ordinary text (findHeadlineSentences). */
  private readonly headline = new Set<Token>();

  /** Each token's position in `tokens` (a piece cut from a token has none: -1), read often. */
  private readonly position: Map<Token, number>;

  constructor(
    private readonly ctx: NameContext,
    private readonly field: 'title' | 'body',
    private readonly text: string,
    private readonly tokens: Token[],
  ) {
    this.position = new Map(tokens.map((t, i) => [t, i]));
  }

  private indexOf(t: Token | undefined): number {
    return t === undefined ? -1 : (this.position.get(t) ?? -1);
  }

  /** Candidates of this field in text order (single unknown words still `UNK`). */
  run(numeric: ReadonlyArray<{ start: number; end: number }>): NameCandidate[] {
    for (const t of this.tokens) {
      if (numeric.some((s) => t.start < s.end && s.start < t.end)) this.blocked.add(t);
    }
    if (!this.ctx.knownOnly) this.findHeadlineSentences();
    this.knownWithDigits();
    const toks = this.tokens;
    let i = 0;
    while (i < toks.length) {
      if (!isNameToken(toks[i], this.blocked)) {
        const compound = this.knownHeadOfCompound(toks[i]);
        if (compound) this.emit(compound.name, compound.known.type, compound.known);
        i += 1;
        continue;
      }
      const afterNickname = this.quotedNickname(i);
      if (afterNickname) {
        i = afterNickname;
        continue;
      }
      // "Conseil de sécurité de l'ONU", "Cour internationale de justice": in French, Spanish,
      // Portuguese or Italian a known institution's name may go on in lower case; the longest known
      // one from its head is taken whole.
      const headAt = ARTICLES.has(fold(toks[i].text)) && isNameToken(toks[i + 1], this.blocked) && !toks[i + 1].newline ? i + 1 : i;
      const romanceKnown = this.knownRomanceInstitution(headAt);
      if (romanceKnown > headAt) {
        const name = toks.slice(headAt, romanceKnown);
        this.emit(name, 'ORGANIZATION', this.lookup(name));
        i = romanceKnown;
        continue;
      }
      let j = i + 1;
      for (;;) {
        const t = toks[j];
        // A name never runs on over a line break ("Camera: Chellapandian⏎Title Song: Sathya").
        if (!t || t.newline) break;
        const next = toks[j + 1]?.newline ? undefined : toks[j + 1];
        if (isNameToken(t, this.blocked)) {
          j += 1;
          continue;
        }
        // Connectors inside names ("Bank of England", "Bab al-Hawa", "Lula da Silva"); a company's
        // legal form ends its name ("Radaan Mediaworks Pvt Ltd for Sun TV" is two), and "for" goes
        // on with a cause's name only (namesCause).
        if (isWord(t) && !t.cap && CONNECTOR.has(fold(t.text)) && isNameToken(next, this.blocked) && !LEGAL_FORM.has(fold(toks[j - 1].text)) && (t.text !== 'for' || this.namesCause(toks[j - 1]))) {
          j += 1;
          continue;
        }
        // "Council on Foreign Relations", "Committee to Protect Journalists", "Institute for the
        // Study of War", "Committee on the Judiciary": after an institution's head, "on", "to",
        // "for the" or "on the" go on with its name.
        if (isWord(t) && !t.cap && INSTITUTION_LINKS.has(t.text) && isInstitutionHead(toks[j - 1]) && !LEGAL_FORM.has(fold(toks[j - 1].text))) {
          const skip = t.text !== 'to' && toks[j + 1]?.text === 'the' ? 2 : 1;
          const after = toks[j + skip];
          if (after && !after.newline && (skip === 1 || !next?.newline) && isNameToken(after, this.blocked) && this.continuesInstitution(after)) {
            j += skip;
            continue;
          }
        }
        // "Council of the European Union", "Court of Justice of the European Union", "Department of
        // the Interior": after an institution's head, "of the" goes on with its name, before a name
        // that is no person's.
        if (isWord(t) && t.text === 'of' && next?.text === 'the' && this.headsInstitution(toks, i, j) && !toks[j + 2]?.newline && isNameToken(toks[j + 2], this.blocked) && this.continuesInstitution(toks[j + 2], 'of the')) {
          j += 2;
          continue;
        }
        // The same in French, Spanish, Portuguese and Italian: "Corte Suprema de Justicia de la
        // Nación", "Organisation mondiale de la Santé", "Tribunal Superior do Trabalho".
        const romanceLink = this.romanceOfThe(t, next);
        if (romanceLink > 0 && this.headsInstitution(toks, i, j) && !toks[j + romanceLink]?.newline && isNameToken(toks[j + romanceLink], this.blocked) && this.continuesInstitution(toks[j + romanceLink], 'of the')) {
          j += romanceLink;
          continue;
        }
        // Two particles in a row: "Ursula von der Leyen", "Robin van den Berg"; Romance ones only
        // after a first name ("Rafael de la Fuente", not "Cumbre de la ASEAN").
        if (
          isWord(t) && !t.cap && PARTICLE_PAIR_FIRST.has(fold(t.text)) &&
          isWord(next) && !next.cap && PARTICLE_PAIR_SECOND.has(fold(next.text)) &&
          !toks[j + 2]?.newline && isNameToken(toks[j + 2], this.blocked) &&
          (GERMANIC_PARTICLES.has(fold(t.text)) || this.ctx.lexicon.isFirstName(toks[i].text))
        ) {
          j += 2;
          continue;
        }
        // Dutch particles after a first name: "Erik ten Hag", "Gerard ter Borch".
        if (isWord(t) && !t.cap && DUTCH_PARTICLES.has(t.text) && isNameToken(next, this.blocked) && !next?.newline && this.ctx.lexicon.isFirstName(toks[i].text)) {
          j += 1;
          continue;
        }
        if (t.text === '&' && isNameToken(next, this.blocked)) {
          j += 1;
          continue;
        }
        // "the shipping journal Lloyd's List": an organisation's name may hold a possessive; so do
        // the people's parties, armies and banks ("People's Action Party", "Workers' Party").
        const collective = t.kind === 'poss' && COLLECTIVE_POSSESSORS.has(fold(toks[j - 1].text)) && this.endsInOrgWord(toks, j + 1);
        if (t.kind === 'poss' && isNameToken(next, this.blocked) && (collective || this.cueBefore(i, ORG_CUE))) {
          j += 1;
          continue;
        }
        break;
      }
      // "Hong Kong-based firms": a known name whose last word heads a compound adjective.
      // "Kim Jong-un": a known name whose last word looks like a compound adjective.
      const wholeName = isWord(toks[j]) && toks[j].cap && !toks[j].newline && !this.blocked.has(toks[j]) ? [...toks.slice(i, j), toks[j]] : undefined;
      const wholeKnown = wholeName && this.lookup(wholeName);
      if (wholeName && wholeKnown) {
        this.emit(wholeName, wholeKnown.type, wholeKnown);
        i = j + 1;
        continue;
      }
      const compound = toks[j] && !toks[j].newline ? this.knownHeadOfCompound(toks[j], toks.slice(i, j)) : undefined;
      if (compound) {
        this.emit(compound.name, compound.known.type, compound.known);
        i = j + 1;
        continue;
      }
      // "Conseil constitutionnel", "Assemblée nationale", "Partido socialista": in French, Spanish,
      // Portuguese, Italian or Catalan an institution's head, then the lower-case adjective of its name.
      const head = j === i + 1 || (j === i + 2 && ARTICLES.has(fold(toks[i].text))) ? j - 1 : -1;
      if (head >= 0 && this.romanceInstitution(toks[head], toks[j])) {
        if (head > i) this.chunk(toks.slice(i, head), undefined);
        // A second adjective: "Banque centrale européenne", "Cour pénale internationale".
        const second = toks[j + 1];
        let end = isWord(second) && !second.cap && !second.newline && ROMANCE_ADJECTIVE.test(second.text) ? j + 2 : j + 1;
        // Then "de la" and a name: "Organisation mondiale de la Santé".
        const link = this.romanceOfThe(toks[end], toks[end + 1]);
        if (link > 0 && !toks[end + link]?.newline && isNameToken(toks[end + link], this.blocked) && this.continuesInstitution(toks[end + link], 'of the')) {
          end += link;
          while (isNameToken(toks[end], this.blocked) && !toks[end].newline) end += 1;
        } else if (link > 0 && isWord(toks[end + link]) && !toks[end + link].newline && this.lookup(toks.slice(head, end + link + 1))) {
          // A known name that goes on in lower case: "Organisation mondiale de la santé".
          end += link + 1;
        }
        const name = toks.slice(head, end);
        const known = this.lookup(name);
        this.emit(name, known?.type ?? 'ORGANIZATION', known);
        i = end;
        continue;
      }
      // "at McDonald's", "The Macy's sale": a known name written in the possessive.
      const owned = this.possessiveNameAt(i, j);
      if (owned) {
        if (owned.from > i) this.chunk(toks.slice(i, owned.from), undefined);
        this.emit([...toks.slice(owned.from, j), toks[j]], owned.known.type, owned.known);
        i = j + 1;
        continue;
      }
      this.chunk(toks.slice(i, j), undefined);
      i = j;
    }
    return this.out.sort((a, b) => a.start - b.start);
  }

  /**
   * The end of the longest known organisation's name of up to eight tokens on one line from the
   * Romance institution's head at i (or a capitalised word before lower-case ones), or -1 (also
   * when a capitalised word goes on after it).
   */
  private knownRomanceInstitution(i: number): number {
    const toks = this.tokens;
    if (!ROMANCE_LANGUAGES.has(this.ctx.language) || !isWord(toks[i])) return -1;
    // Any capitalised word before lower-case ones may begin a known name ("État islamique").
    if (!ROMANCE_ORG_HEAD.has(fold(toks[i].text)) && !(toks[i].cap && isWord(toks[i + 1]) && !toks[i + 1].cap && !toks[i + 1].newline)) return -1;
    let end = i + 1;
    while (end < toks.length && end - i < 8 && !toks[end].newline && toks[end].kind !== 'punct') end += 1;
    for (let k = end; k > i + 1; k -= 1) {
      // Not the known start of a longer name ("Consejo de Seguridad Nacional de Colombia").
      if (this.lookup(toks.slice(i, k))?.type === 'ORGANIZATION') return isNameToken(toks[k], this.blocked) && !toks[k].newline ? -1 : k;
    }
    return -1;
  }

  /**
   * "Iran-backed Houthis", "the Hamas-run ministry", "Hong Kong-based firms": the known name
   * before a hyphen and a lower-case word (with the name's first words `before` it) is mentioned,
   * though the compound is an adjective. Unknown heads and nationalities ("Saudi-led") name nothing.
   */
  private knownHeadOfCompound(t: Token, before: Token[] = []): { name: Token[]; known: KnownName } | undefined {
    if (t.kind !== 'word' || !t.cap || this.blocked.has(t)) return undefined;
    const cut = /^(.+)[-‐]\p{Ll}+$/u.exec(t.text);
    if (!cut || this.ctx.lexicon.isDemonym(cut[1])) return undefined;
    const name = [...before, pieceOf(t, 0, cut[1])];
    const known = this.lookup(name);
    return known ? { name, known } : undefined;
  }

  /**
   * Sentences written in Title Case inside ordinary text ("Attorney General Jeff Sessions Does The
   * Right Thing And Pushes Back", a headline repeated in the description): their capitals say
   * nothing, so they are read like a Title Case title. Told apart from a list of names, and from a
   * credit line ("Executive Producers: …"), by their ordinary words: nearly all capitalised, two of
   * them at least verbs or function words ("Does", "The", "And"), and a third of the words or more;
   * and no list (two commas or more): surnames that are also words ("Shah", "Khan") are no headline.
   */
  private findHeadlineSentences(): void {
    const lex = this.ctx.lexicon;
    const ordinary = (t: Token) => lex.isCommon(t.text) && !lex.isFirstName(t.text);
    const judge = (sentence: Token[]) => {
      const words = sentence.slice(1).filter((t) => t.kind === 'word' && !t.upper && /^\p{L}{2,}$/u.test(t.text));
      // Cheap first, on the capitalised words alone (in prose, mostly names): two verbs or function words.
      const capitalised = words.filter((t) => t.cap && ordinary(t));
      if (capitalised.filter((t) => !lex.isNounLike(t.text)).length < 2) return;
      // A name before its bracketed acronym ("The International Atomic Energy Agency (IAEA) said …",
      // cut there): a short run of capitalised words with no capitalised function word, no headline.
      const bracket = sentence[sentence.length - 1];
      const acronym = bracket?.text === '(' ? this.tokens[this.indexOf(bracket) + 1] : undefined;
      const bracketed = isWord(acronym) && isAcronym(acronym) && !COMMON_ABBREVIATION.has(fold(acronym.text));
      if (bracketed && words.length < 6 && !capitalised.some((t) => HEADLINE_FUNCTION_WORDS.has(t.text.toLowerCase()))) return;
      if (sentence.filter((t) => t.text === ',').length >= 2) return;
      const common = capitalised.length + words.filter((t) => !t.cap && ordinary(t)).length;
      if (capitalised.length >= 0.75 * common && common >= 0.3 * words.length) for (const t of sentence) this.headline.add(t);
    };
    let sentence: Token[] = [];
    for (const t of this.tokens) {
      if (t.sentStart && sentence.length > 0) {
        judge(sentence);
        sentence = [];
      }
      sentence.push(t);
    }
    judge(sentence);
  }

  /**
   * A word "for" may follow inside a name: an institution's head or another ordinary noun
   * ("Campaign for Nuclear Disarmament", "Centers for Disease Control", "Progress for USA") or a
   * plural of people ("Students for Fair Admissions", "Americans for Prosperity"); not a place's or
   * a person's name ("Zandvoort for Red Bull", "Omar Haddad for CNN").
   */
  private namesCause(t: Token): boolean {
    return isInstitutionHead(t) || this.peopleFor(t) || (this.isCommon(t) && this.ctx.lexicon.isNounLike(t.text.toLowerCase()));
  }

  /** "Students", "Moms", "Americans": people who stand "for" a cause in an advocacy group's name. */
  private peopleFor(t: Token): boolean {
    return t.cap && !t.upper && (PEOPLE_PLURALS.has(fold(t.text)) || (/\p{Ll}s$/u.test(t.text) && this.ctx.lexicon.isDemonym(t.text)));
  }

  /**
   * 'Sean "Diddy" Combs', 'Joaquín "El Chapo" Guzmán': a given name, a nickname of up to three
   * words in quotes, then a surname. The person's mention spans all of it (its parts leave the
   * nickname out), and the nickname is their alias. Returns the index of the token after the
   * surname, or undefined.
   */
  private quotedNickname(i: number): number | undefined {
    const toks = this.tokens;
    const given = toks[i];
    const open = toks[i + 1];
    // The quote first: it is the cheap test, and rarely there.
    if (!open || !QUOTES.has(open.text) || open.newline || given.upper || !this.ctx.lexicon.isFirstName(given.text)) return undefined;
    let k = i + 2;
    while (k < i + 5 && isWord(toks[k]) && toks[k].cap && !toks[k].newline) k += 1;
    const [nickname, close] = [toks.slice(i + 2, k), toks[k]];
    if (nickname.length === 0 || !close || !QUOTES.has(close.text) || close.start !== nickname[nickname.length - 1].end) return undefined;
    let e = k + 1;
    while (e < k + 3 && isNameToken(toks[e], this.blocked) && !toks[e].newline && !toks[e].upper) e += 1;
    const surname = toks.slice(k + 1, e);
    // Surnames may be words too ("Combs"); not places or organisations ('Anna "Queen" of Sheba', 'Ali "Champ" at Wembley').
    if (surname.length === 0 || surname.some((t) => this.lookup([t]) !== undefined && this.lookup([t])?.type !== 'PERSON')) return undefined;
    const person = this.emit([given, ...surname], 'PERSON');
    this.emit(nickname, 'PERSON').aliasOf = person;
    return e;
  }

  /** An institution's head and the lower-case adjective after it, in a Romance language's text ("Parti socialiste"). */
  private romanceInstitution(head: Token, adjective: Token | undefined): boolean {
    if (!ROMANCE_LANGUAGES.has(this.ctx.language) || !isWord(adjective) || adjective.cap || adjective.newline) return false;
    return head.cap && !head.upper && ROMANCE_ADJECTIVE_HEAD.has(fold(head.text)) && ROMANCE_ADJECTIVE.test(adjective.text);
  }

  /**
   * How many words link an institution's head to the rest of its name in a Romance language, as
   * "of the" does in English: two for "de la", "de los", "de las", one for "del", "du", "des",
   * "do", "da", "dos", "das", "della", "dei", "degli"; 0 for anything else or another language.
   */
  private romanceOfThe(t: Token | undefined, next: Token | undefined): number {
    if (!ROMANCE_LANGUAGES.has(this.ctx.language) || !isWord(t) || t.cap) return 0;
    if (t.text === 'de' && isWord(next) && /^(?:la|los|las)$/.test(next.text)) return 2;
    return /^(?:del|du|des|do|da|dos|das|della|dello|dei|degli|delle)$/.test(t.text) ? 1 : 0;
  }

  /** Known names containing digits ("Number 10", "France 24", "G7") are matched over raw tokens. */
  private knownWithDigits(): void {
    const toks = this.tokens;
    for (let i = 0; i < toks.length; i += 1) {
      if (!toks[i].cap || this.blocked.has(toks[i])) continue;
      for (let n = Math.min(this.ctx.known.maxTokens, toks.length - i); n >= 1; n -= 1) {
        const slice = toks.slice(i, i + n);
        if (!slice.some(hasDigit)) continue;
        const hit = this.ctx.known.byKey.get(tokenKey(slice.map((t) => t.text)));
        if (hit) {
          this.emit(slice, hit.type, hit);
          for (const t of slice) this.blocked.add(t);
          i += n - 1;
          break;
        }
      }
    }
  }

  /** The start of a known organisation's name written in the possessive ending the run tokens[i, j). */
  private possessiveNameAt(i: number, j: number): { from: number; known: KnownName } | undefined {
    const poss = this.tokens[j];
    if (poss?.kind !== 'poss' || poss.start !== this.tokens[j - 1].end) return undefined;
    for (let k = i; k < j; k += 1) {
      const known = this.lookup([...this.tokens.slice(k, j), poss]);
      // "Wendy Marsh … Wendy's sister": the document's person, not the chain.
      if (known?.type === 'ORGANIZATION' && !this.namesPerson(this.tokens[k].text)) return { from: k, known };
    }
    return undefined;
  }

  /** Right after a person's possessive: "Rihanna's …", "Jay Patel's …". */
  private ownedByPerson(first: Token): boolean {
    const poss = this.tokens[this.indexOf(first) - 1];
    if (poss?.kind !== 'poss') return false;
    const owner = this.out.find((c) => c.end === poss.start);
    return owner?.type === 'PERSON';
  }

  /** A given name or surname of a person the field or the document named in full. */
  private namesPerson(word: string): boolean {
    const key = tokenKey([word]);
    return this.ctx.inventory?.personPart(word) === true || this.out.some((c) => c.type === 'PERSON' && c.parts.length >= 2 && c.parts.some((p) => tokenKey([p]) === key));
  }

  /**
   * "at Gorvino's", "from Trader Joe's": after "at" or "from", a name in the possessive that owns no
   * noun names a business (a shop, a restaurant), not a place.
   */
  private businessPossessive(first: Token, last: Token): boolean {
    const prev = this.tokens[this.indexOf(first) - 1];
    if (!isWord(prev) || !/^(at|from)$/.test(prev.text)) return false;
    const k = this.indexOf(last) + 1;
    const poss = this.tokens[k];
    if (poss?.kind !== 'poss' || poss.start !== last.end) return false;
    const after = this.tokens[k + 1];
    if (!isWord(after) || after.newline) return true;
    if (after.cap) return CALENDAR.has(fold(after.text));
    return !this.ctx.lexicon.isNounLike(after.text) || /^(?:today|tonight|yesterday|tomorrow)$/.test(after.text);
  }

  /** Right after a person's title ("Rep.", "Sen.", "President"): one of TITLES. */
  private afterPersonTitle(t: Token): boolean {
    const prev = this.tokens[this.indexOf(t) - 1];
    return isWord(prev) && TITLE_KEYS.has(tokenKey([prev.text]));
  }

  /** A place preposition right before the token at `index`, in this document's language: "in", "from", "à"… */
  private afterPlacePrep(index: number): boolean {
    return isPlacePrep(this.tokens[index - 1], this.ctx.language);
  }

  /**
   * What makes the name at `index` a place: a place preposition before it, a verb of visiting
   * ("visited Tapachula", "toured Ocosingo"), "to" after a word of going or after "from" and a
   * name ("fled to Rafah", "from Altadena to Pasadena"), or a place noun in lower case and "of" or
   * "de" ("the city of Uvalde", "la ciudad de Tapachula").
   */
  private afterPlaceCue(index: number): boolean {
    if (this.afterPlacePrep(index)) return true;
    const [prev, prev2] = [this.tokens[index - 1], this.tokens[index - 2]];
    // People are visited too: not a surname or a word shaped like one ("visited Kuzmenko").
    const name = this.tokens[index];
    const noSurname = !this.ctx.lexicon.isLastName(name.text) && !surnameShaped(name.text);
    if (isWord(prev) && VISIT_VERBS.has(prev.text)) return noSurname;
    if (isWord(prev) && prev.text === 'to' && noSurname) {
      if (isWord(prev2) && GOING_WORDS.has(prev2.text)) return true;
      let k = index - 2;
      while (k > index - 6 && isWord(this.tokens[k]) && this.tokens[k].cap && !this.tokens[k].sentStart) k -= 1;
      return k < index - 2 && isWord(this.tokens[k]) && this.tokens[k].text === 'from';
    }
    return this.afterPlaceNoun(index);
  }

  /** "the city of Uvalde", "la ciudad de Tapachula", "south of Marrakech": a place noun or a direction in lower case, then "of" or "de". */
  private afterPlaceNoun(index: number): boolean {
    const [prev, prev2] = [this.tokens[index - 1], this.tokens[index - 2]];
    return isWord(prev) && /^(?:of|de|del|di|da|do)$/.test(prev.text) && isWord(prev2) && !prev2.cap && (PLACE_NOUN.has(fold(prev2.text)) || PLACE_DIRECTION.has(prev2.text));
  }

  /** "Al Haouz province", "Ghor province": an administrative area's word in lower case right after the name at `index`. */
  private areaAfter(index: number): boolean {
    const next = this.tokens[index + 1];
    return isWord(next) && !next.cap && !next.newline && AREA_AFTER.has(next.text);
  }

  /** "Chelsea manager Mauricio Pochettino", "Veltrix CEO Sam Ortiz": a team's or company's role, then the name of who holds it. */
  private roleOfNameAfter(index: number): boolean {
    const [role, name] = [this.tokens[index + 1], this.tokens[index + 2]];
    // In lower case, or in capitals ("CEO").
    const written = isWord(role) && !role.newline && (!role.cap || role.upper);
    // Not a word capitalised only to begin its sentence, part of the role: "Head coach Gerardo Martino".
    const self = this.tokens[index];
    if (self.sentStart && this.isCommon(self)) return false;
    return written && ROLES_IN_ORGANISATIONS.has(role.text.toLowerCase()) && isWord(name) && name.cap && !name.newline;
  }

  private cueBefore(index: number, cues: Set<string>): boolean {
    const prev = this.tokens[index - 1];
    if (!isWord(prev)) return false;
    if (cues.has(fold(prev.text))) return true;
    // "the British firm X", "firm X": allow one demonym/adjective in between.
    const prev2 = this.tokens[index - 2];
    return isWord(prev2) && cues.has(fold(prev2.text)) && prev.cap && this.ctx.lexicon.isDemonym(prev.text);
  }

  /**
   * Whether the word at `index` names a minister's portfolio: after an office word, "of", "de",
   * "des", "du" or "del" (and "la"), with one lower-case adjective or nationality between
   * ("ministre israélien des Affaires étrangères").
   */
  private portfolioAt(index: number): boolean {
    let k = index - 1;
    if (isWord(this.tokens[k]) && /^(?:la|l['’])$/i.test(this.tokens[k].text)) k -= 1;
    if (!isWord(this.tokens[k]) || !/^(?:of|de|des|du|del|for)$/i.test(this.tokens[k].text)) return false;
    k -= 1;
    const word = this.tokens[k];
    if (isWord(word) && !word.cap && !OFFICE.has(fold(word.text)) && (this.ctx.lexicon.isDemonym(word.text) || ROMANCE_ADJECTIVE.test(word.text))) k -= 1;
    return isWord(this.tokens[k]) && OFFICE.has(fold(this.tokens[k].text));
  }

  /** Whether the capitalised run from `from` on one line reaches an organisation's word ("Action Party", "Liberation Army", "Bank of China"). */
  private endsInOrgWord(toks: Token[], from: number): boolean {
    for (let k = from; k < toks.length && k - from < 5 && !toks[k].newline; k += 1) {
      const t = toks[k];
      if (isNameToken(t, this.blocked) && t.cap && (ORG_SUFFIX.has(fold(t.text)) || isInstitutionHead(t))) return true;
      if (!isNameToken(t, this.blocked) && !(isWord(t) && CONNECTOR.has(fold(t.text)) && !t.cap)) return false;
    }
    return false;
  }

  /** "economists at Westpac", "a researcher at Zorvan": where people of a trade work is an organisation, not a place. */
  private workplaceBefore(index: number): boolean {
    const [prev, prev2] = [this.tokens[index - 1], this.tokens[index - 2]];
    return isWord(prev) && prev.text === 'at' && isWord(prev2) && (!prev2.cap || prev2.sentStart) && WORKERS.has(prev2.text.toLowerCase().replace(/s$/, ''));
  }

  private lookup(toks: Token[]): KnownName | undefined {
    const key = tokenKey(toks.map((t) => t.text));
    const hit = this.ctx.known.byKey.get(key);
    if (hit) {
      // All-caps aliases ("US", "WHO", "AP") only match all-caps text; other names need a capital.
      const surfaceUpper = hit.surface === hit.surface.toUpperCase() && /\p{Lu}/u.test(hit.surface);
      if (surfaceUpper && !toks.every((t) => t.upper)) return undefined;
      // "al-Shabaab": a particle written in lower case before a capital is a capitalised name.
      if (!toks[0].cap && !PARTICLE_WORD.test(toks[0].text)) return undefined;
      // compromise's wider lists hold names that are also first names ("Jordan", "Chad"):
      // a lone uncurated hit followed by a capitalised word is left to the person rules.
      return hit;
    }
    const inv = this.ctx.inventory?.get(key);
    if (inv && toks[0].cap && (toks.length > 1 || !this.ctx.lexicon.isCommon(toks[0].text))) {
      return { canonical: inv.text, type: inv.type, surface: inv.text, curated: false, fromInventory: true };
    }
    return undefined;
  }

  /** A known name of two words or more begins the run ("Save the Children and Oxfam", whose first word is an ordinary one). */
  private knownAtStart(toks: Token[]): boolean {
    for (let k = Math.min(toks.length, this.ctx.known.maxTokens); k >= 2; k -= 1) if (this.lookup(toks.slice(0, k))) return true;
    return false;
  }

  /**
   * "House Speaker Mike Johnson", "Senate Majority Leader", "Police Chief": ordinary capitalised
   * words right before a title qualify the office and name nothing of their own, unless a known
   * name ends there ("White House Press Secretary"). Returns the words before them.
   */
  private withoutOfficeWords(left: Token[]): Token[] {
    let end = left.length;
    while (end > 0 && this.isCommon(left[end - 1]) && !left[end - 1].upper && !left.slice(0, end).some((_, a) => this.lookup(left.slice(a, end)))) {
      // A place's or an organisation's word after a name is theirs: "Harris County Judge", "Kansas City Mayor".
      const head = fold(left[end - 1].text);
      if (end >= 2 && (LOC_SUFFIX.has(head) || ORG_SUFFIX.has(head)) && !this.isCommon(left[end - 2])) break;
      end -= 1;
    }
    return left.slice(0, end);
  }

  /** Length of the title (with up to two modifiers: "Former Deputy Prime Minister") at p, or 0. */
  private titleLengthAt(toks: Token[], p: number): number {
    let best = 0;
    for (let q = p; q < toks.length && q - p <= 2; q += 1) {
      for (let n = Math.min(MAX_TITLE_TOKENS, toks.length - q); n >= 1; n -= 1) {
        if (TITLE_KEYS.has(tokenKey(toks.slice(q, q + n).map((t) => t.text)))) {
          best = Math.max(best, q - p + n);
          break;
        }
      }
      // Any portfolio before Minister or Secretary: "Energy Minister", "Transport Secretary"; not
      // an article ("The Secretary of State Blinken …" at the start of a sentence).
      const head = toks[q + 1];
      if (head && PORTFOLIO_HEAD.has(head.text) && toks[q].cap && !toks[q].upper && this.ctx.lexicon.isCommon(toks[q].text) && !ARTICLES.has(fold(toks[q].text))) {
        best = Math.max(best, q - p + 2);
      }
      if (!MODIFIER_KEYS.has(tokenKey([toks[q].text]))) break;
    }
    return best;
  }

  /**
   * A one-word place name that is a person's given name here: see chunk ("Victoria Beckham"). Before
   * a surname, or before any capitalised word that is no place or organisation word after a person
   * cue ("the actress Florence Pugh"); never a country, unless it is also a given name ("Jordan
   * Peterson", "the leader Israel Katz"). A surname may be two ("la gobernadora Victoria Rodríguez
   * Ceja"). Returns how many surname words follow, or 0.
   */
  private givenNameOfPlace(place: Token, rest: Token[]): number {
    const index = this.indexOf(place);
    // A country that is also a given name ("Kenya Barris", "Jordan Bardella") before any word that
    // is no ordinary one; other places need a known surname or a person cue.
    const cued = this.cueBefore(index, PERSON_CUE);
    const givenCountry = GIVEN_NAME_COUNTRIES.has(tokenKey([place.text]));
    // A town only the broader lexicon knows ("Vaughn") is weak evidence: before an unknown word
    // that is no ordinary one, it is a given name ("Vaughn Hillyard joins the discussion").
    const minorPlace = this.lookup([place])?.curated === false;
    const surnameAt = (t: Token | undefined): boolean => {
      if (!t || !t.cap || t.upper) return false;
      const unknownWord = !this.isCommon(t) && !this.lookup([t]);
      const named = this.isSurname(t) || ((cued || ((givenCountry || minorPlace) && !this.isCommon(t))) && !LOC_SUFFIX.has(fold(t.text)) && !ORG_SUFFIX.has(fold(t.text)) && (!minorPlace || unknownWord));
      const known = named ? this.lookup([t])?.type : undefined;
      return named && known !== 'LOCATION' && known !== 'ORGANIZATION';
    };
    if (!surnameAt(rest[0])) return 0;
    const words = rest[1] && this.isSurname(rest[0]) && !this.isCommon(rest[1]) && surnameAt(rest[1]) ? 2 : 1;
    const after = rest[words];
    if (after && !(SPLITTERS.has(fold(after.text)) && !after.cap)) return 0;
    const key = tokenKey([place.text]);
    if (COUNTRY.has(key) && !GIVEN_NAME_COUNTRIES.has(key)) return 0;
    return this.afterPlacePrep(index) ? 0 : words;
  }

  /**
   * "Bank of America", "Federal Bureau of Investigation", "Institute for Strategic Dialogue",
   * "Brennan Center for Justice": an institution named by its head (a first word such as
   * University, or an organisation's word before the link), then "of" or "de", or "for", "on" or
   * "to" before a name that is no person's or place's ("the Board for Maria Lopez").
   */
  private isInstitutionOf(toks: Token[]): boolean {
    const at = toks.findIndex((t, k) => k > 0 && (t.text === 'of' || t.text === 'de' || INSTITUTION_LINKS.has(t.text)));
    if (at < 1 || !(ORG_PREFIX.has(fold(toks[0].text)) || ORG_SUFFIX.has(fold(toks[at - 1].text)))) return false;
    return !INSTITUTION_LINKS.has(toks[at].text) || this.continuesInstitution(toks[toks[at + 1]?.text === 'the' ? at + 2 : at + 1]);
  }

  /** Whether the name toks[from..to) so far is an institution's: its first word is a head ("Council", "Court"), or its last one. */
  private headsInstitution(toks: Token[], from: number, to: number): boolean {
    const first = toks[from] && ARTICLES.has(fold(toks[from].text)) ? toks[from + 1] : toks[from];
    const romanceHead = isWord(first) && ROMANCE_LANGUAGES.has(this.ctx.language) && ROMANCE_ORG_HEAD.has(fold(first.text));
    return (isWord(first) && first.cap && (ORG_PREFIX.has(fold(first.text)) || romanceHead)) || isInstitutionHead(toks[to - 1]);
  }

  /**
   * A word that may go on with an institution's name after a link: never a given name or a known
   * person's name or surname ("Obama"); after "for", "on" or "to" no place or organisation either
   * ("the Court to Texas", "NBC News on Instagram"), while after "of the" they are part of the name
   * ("University of the West Indies", "Council of the European Union").
   */
  private continuesInstitution(t: Token | undefined, link: 'of the' | 'for, on, to' = 'for, on, to'): boolean {
    if (!t || this.ctx.lexicon.isFirstName(t.text) || knownSurnames().has(tokenKey([t.text]))) return false;
    const known = this.lookup([t])?.type;
    return known !== 'PERSON' && (link === 'of the' || (known !== 'LOCATION' && known !== 'ORGANIZATION'));
  }

  /** A well-known person's surname ("Biden") or one in the lexicon ("Smith"). */
  private isSurname(t: Token): boolean {
    return t.cap && !t.upper && (this.lookup([t])?.type === 'PERSON' || knownSurnames().has(tokenKey([t.text])) || this.ctx.lexicon.isLastName(t.text));
  }

  /**
   * The state a token after a town and a comma names, if it does: a postal code before a ZIP code or
   * the end of the phrase ("Los Angeles, CA 90020", "El Paso, TX"; "Paris, IN the spring" is no
   * address), or a news agency's abbreviation before no name ("Bedminster, N.J., on Saturday",
   * "Naples, Fla."; "Smith, Miss. Jones" is no address, "Springfield, Mass. The next day" is).
   */
  private stateAfterTown(index: number): string | undefined {
    const [t, prev, prev2, next] = [this.tokens[index], this.tokens[index - 1], this.tokens[index - 2], this.tokens[index + 1]];
    if (prev?.text !== ',' || !isWord(prev2) || !prev2.cap) return undefined;
    if (Object.hasOwn(US_STATE_CODES, t.text)) return !isWord(next) || next.newline ? US_STATE_CODES[t.text] : undefined;
    const abbreviated = t.text.replace(/\.$/, '');
    if (!Object.hasOwn(US_STATE_ABBREVIATIONS, abbreviated) || !(t.text.endsWith('.') || next?.text === '.')) return undefined;
    const after = next?.text === '.' ? this.tokens[index + 2] : next;
    const beforeName = isWord(after) && after.cap && !after.newline && (!this.isCommon(after) || this.isSurname(after));
    return beforeName ? undefined : US_STATE_ABBREVIATIONS[abbreviated];
  }

  /** Whether a comma and a US state follow the token: "…, Ohio", "…, N.J.", "…, CA 90020". */
  private stateFollows(last: Token): boolean {
    const at = this.indexOf(last);
    if (this.tokens[at + 1]?.text !== ',') return false;
    const [a, b] = [this.tokens[at + 2], this.tokens[at + 3]];
    if (!isWord(a) || !a.cap || a.newline) return false;
    if (this.stateAfterTown(at + 2)) return true;
    const state = (key: string) => US_STATE.has(key) || STATE_NAMED_STATE.has(key);
    const one = state(tokenKey([a.text])) && !(isWord(b) && b.cap && !b.newline);
    const two = isWord(b) && b.cap && !b.newline && state(tokenKey([a.text, b.text]));
    return one || two;
  }

  /** A capitalised word that is first a verb ("Attend", "Urges", "Says"; not "Trump", "Fires" or a name). */
  private isCapitalisedVerb(t: Token): boolean {
    const lex = this.ctx.lexicon;
    const lower = t.text.toLowerCase();
    return t.cap && !t.upper && isWord(t) && lex.isVerb(lower) && !lex.isNounLike(lower) && !lex.isFirstName(t.text) && !this.isSurname(t);
  }

  private isCommon(t: Token): boolean {
    return !t.upper && this.ctx.lexicon.isCommon(t.text) && !this.ctx.lexicon.isFirstName(t.text);
  }

  /**
   * An ordinary word in capitals ("MORE", "SUBSCRIBE", "AGREED", "NOT"): shouting, not an acronym
   * or a name. Three letters only when the word is no noun ("NOT", "NEW", but not "CAT" or "TV"),
   * two only when it is a pronoun or a function word ("ME", "WE", "SO"); a known name ("WHO")
   * never.
   */
  private isShouted(t: Token): boolean {
    const lex = this.ctx.lexicon;
    if (t.upper && SHOUTED_FUNCTION_WORDS.has(t.text)) {
      // "Portsmouth, OH 45662": a state's or province's code in an address.
      const i = this.indexOf(t);
      return !(this.tokens[i - 1]?.text === ',' && this.tokens[i - 2]?.cap) && !this.lookup([t]);
    }
    // "SOCIALS": the plural of an ordinary word too.
    const common = lex.isCommon(t.text) || (/^\p{Lu}{4,}S$/u.test(t.text) && lex.isCommon(t.text.slice(0, -1)));
    if (!t.upper || !/^\p{Lu}{3,}$/u.test(t.text) || !common) return false;
    return (t.text.length >= 4 || !lex.isNounLike(t.text)) && !this.lookup([t]);
  }

  /**
   * A noun of three letters in capitals, alone ("FUN", "LOT"; isShouted keeps them, as acronyms
   * are mostly three letters): shouting when the field also writes it in lower case, or after an
   * English "a" or "an", unless it stands where an organisation's name does ("it would be FUN … so
   * much fun", "a LOT of", not "agents from ICE … the ice", "ICE agents", "a CAT excavator"); or
   * beside a longer shouted word of its sentence ("a GREAT, FUN day"). Never a known name, nor
   * beside acronyms or a shouted "AND" ("NBC, FOX AND CBS").
   */
  private isShoutedNoun(t: Token): boolean {
    const lex = this.ctx.lexicon;
    if (!t.upper || !/^\p{Lu}{3}$/u.test(t.text) || !lex.isCommon(t.text) || !lex.isNounLike(t.text) || this.lookup([t])) return false;
    const i = this.indexOf(t);
    this.lowerCase ??= new Set(this.tokens.filter((w) => w.kind === 'word' && /^\p{Ll}+$/u.test(w.text)).map((w) => w.text));
    const [prev, next] = [this.tokens[i - 1], this.tokens[i + 1]];
    // "from ICE", "ICE agents", "a CAT excavator": where an acronym stands, or one naming a noun's kind.
    const before = !t.sentStart && isWord(prev) && ORG_PLACE_BEFORE.has(prev.text.toLowerCase());
    const modifier = isWord(next) && !next.newline && /^\p{Ll}+$/u.test(next.text) && lex.isNounLike(next.text);
    const orgPlace = before || modifier;
    // "a LOT of", "a FAN of" are shouting; an acronym after the article qualifies the noun after it ("an FBI agent").
    const article = isWord(prev) && (prev.text === 'an' || (prev.text === 'a' && !A_IS_TO.has(this.ctx.language)));
    if ((this.lowerCase.has(t.text.toLowerCase()) || article) && !orgPlace) return true;
    // The nearest word of the sentence before or after, across commas and quotes only.
    const near = (step: 1 | -1): Token | undefined => {
      for (let k = i + step; k >= 0 && k < this.tokens.length; k += step) {
        const later = this.tokens[step > 0 ? k : k + 1];
        if (later.sentStart || later.newline) return undefined;
        if (this.tokens[k].kind === 'word') return this.tokens[k];
        if (!/^[,'"‘’“”]$/.test(this.tokens[k].text)) return undefined;
      }
      return undefined;
    };
    return [near(-1), near(1)].some((n) => n !== undefined && n.text.length >= 4 && this.isShouted(n));
  }

  /** The words of the field written in lower case (isShoutedNoun). */
  private lowerCase?: Set<string>;

  /** Words forming an institution's name ("Customs and Border Protection", "Evergrande Group"). */
  private isOrgLike(toks: Token[]): boolean {
    const words = toks.filter((t) => !CONNECTOR.has(fold(t.text)) && t.text !== '&');
    if (words.length === 0) return false;
    const last = fold(words[words.length - 1].text);
    if (ORG_SUFFIX.has(last) || ORG_PREFIX.has(fold(words[0].text))) return true;
    return words.length >= 2 && words.every((t) => this.isCommon(t));
  }

  private chunk(raw: Token[], hint: NameType | undefined): void {
    let toks = raw;
    while (toks.length && (CONNECTOR.has(fold(toks[0].text)) && !toks[0].cap || toks[0].text === '&')) toks = toks.slice(1);
    while (toks.length && (CONNECTOR.has(fold(toks[toks.length - 1].text)) || toks[toks.length - 1].kind === 'poss')) {
      toks = toks.slice(0, -1);
    }
    if (toks.length === 0) return;
    const lex = this.ctx.lexicon;
    if (toks.length === 2 && POST_BOX.test(fold(toks[0].text)) && fold(toks[1].text) === 'box') return;

    // Hyphenated pairs of known names: "Türkiye-Syria", "Israel-Hamas", "US-China", "Biden-Harris".
    if (this.knownPair(toks)) return;

    // "Para recaudar …": a Spanish or French function word that begins a sentence is no place ("Pará").
    if (toks.length === 1 && toks[0].sentStart && ROMANCE_LANGUAGES.has(this.ctx.language) && this.ctx.lexicon.isRomanceFunctionWord(toks[0].text)) return;
    const whole = this.lookup(toks);
    if (whole) {
      this.emit(toks, whole.type, whole);
      return;
    }
    // "Visitó Pará y Bahía", "Llegó Lula": in Spanish or French the verb that begins a sentence is
    // capitalised before a known name; an unknown word there that is no given name and no head of
    // a place's or an institution's name is left out.
    const head = toks[0];
    if (
      toks.length >= 2 && head.sentStart && !head.upper && ROMANCE_LANGUAGES.has(this.ctx.language) && !this.ctx.lexicon.isFirstName(head.text) &&
      !LOC_PREFIX.has(fold(head.text)) && !ORG_PREFIX.has(fold(head.text)) && !ROMANCE_ORG_HEAD.has(fold(head.text)) && !this.lookup([head]) && this.lookup(toks.slice(1))
    ) {
      this.chunk(toks.slice(1), hint);
      return;
    }
    // "le ministre de l'Intérieur Gérald Darmanin", "minister of Finance Ana Ruiz": the portfolio
    // before the minister's name is no part of it.
    if (toks.length >= 3 && !toks[0].upper && this.portfolioAt(this.indexOf(toks[0]))) {
      const given = toks.findIndex((t, k) => k >= 1 && k <= 2 && lex.isFirstName(t.text));
      if (given > 0) {
        this.chunk(toks.slice(given), 'PERSON');
        return;
      }
    }
    // "President Trump Attend a Gala Dinner", "Biden Urges …", "President Trump ASEAN Gala Dinner"
    // outside a Title Case headline: a capitalised word that is first a verb, or a known acronym,
    // ends a known person's name before it.
    const endsName = (t: Token) => this.isCapitalisedVerb(t) || (t.upper && t.text.length >= 2 && this.lookup([t]) !== undefined);
    // Also a known acronym after two or more names' words no list knows ("Nguyễn Xuân Phúc ASEAN Gala Dinner").
    const nameShaped = (head: Token[]) => head.length >= 2 && head.every((x) => x.cap && !x.upper && !this.isCommon(x) && !CONNECTOR.has(fold(x.text)));
    const verbAt = toks[0].upper
      ? -1
      : toks.findIndex((t, k) => k >= 1 && endsName(t) && (this.lookup(toks.slice(0, k))?.type === 'PERSON' || (k === 1 && this.isSurname(toks[0])) || (t.upper && nameShaped(toks.slice(0, k)) && !this.lookup(toks.slice(0, k)))));
    if (verbAt >= 1) {
      this.chunk(toks.slice(0, verbAt), hint);
      const after = this.isCapitalisedVerb(toks[verbAt]) ? verbAt + 1 : verbAt;
      if (after < toks.length) this.chunk(toks.slice(after), undefined);
      return;
    }
    // "LA Clippers SF Paul George", "Portland Trail Blazers PG Damian Lillard": a player's position
    // before a full name is no part of it, and ends the team's name before it.
    const position = toks.findIndex((t, k) => t.upper && PLAYING_POSITION.has(t.text) && k + 2 < toks.length && this.ctx.lexicon.isFirstName(toks[k + 1].text));
    if (position >= 0) {
      if (position > 0) this.chunk(toks.slice(0, position), undefined);
      this.chunk(toks.slice(position + 1), 'PERSON');
      return;
    }
    // "Trump Cozies Up to Putin", "Musk Lashes Out": a word and a capitalised particle after it are
    // a phrasal verb of a headline-like sentence, no name.
    const particle = toks[toks.length - 1];
    if (toks.length >= 2 && particle.cap && !particle.upper && PHRASAL_PARTICLE.has(particle.text) && !this.lookup(toks.slice(-2, -1)) && !this.lookup(toks)) {
      if (toks.length > 2) this.chunk(toks.slice(0, -2), hint);
      return;
    }
    // "Planet Labs Inc", "General Motors Co", "Shares of Planet Labs Inc. rose", "The Walt Disney
    // Co": the capitalised words before a company's legal form are its name, whatever they are
    // alone (an ordinary word at a sentence's start, a title, a person's name); not an
    // institution's name with "of" ("Bank of America Corp", read below).
    // In a Title Case or shouted line, where every word is capitalised, ordinary words are no part
    // of the name ("Investors Back Vexaron Corp", "The World's Most Valuable Company").
    const headlineCase = this.ctx.knownOnly || this.headline.has(toks[0]) || (toks.length >= 2 && allCaps(toks));
    const company = toks.length >= 2 && COMPANY_END.has(fold(toks[toks.length - 1].text)) && !this.isInstitutionOf(toks);
    if (company) {
      let from = toks.length - 1;
      while (from > 0 && toks[from - 1].cap && !ARTICLES.has(fold(toks[from - 1].text)) && !(headlineCase && this.isCommon(toks[from - 1]))) from -= 1;
      if (from < toks.length - 1) {
        if (from > 0) this.chunk(toks.slice(0, from), hint);
        const name = toks.slice(from);
        // "Apple Inc" is Apple: a known organisation with its legal form.
        const bare = name.length > 1 ? this.lookup(name.slice(0, -1)) : undefined;
        const known = this.lookup(name) ?? (bare?.type === 'ORGANIZATION' ? bare : undefined);
        this.emit(name, known?.type ?? 'ORGANIZATION', known);
        return;
      }
    }
    // Words shouted inside a run of capitalised ones ("QUOTE Taylor", "Brooklyn AGREED", "FRIENDLY
    // Alexandre Lacazette") are no part of a name: the run is read as the pieces between them.
    if (toks.length > 1 && !allCaps(toks) && toks.some((t) => this.isShouted(t))) {
      let piece: Token[] = [];
      for (const t of [...toks, undefined]) {
        if (t && !this.isShouted(t)) {
          piece.push(t);
          continue;
        }
        if (piece.length > 0) this.chunk(piece, hint);
        piece = [];
      }
      return;
    }
    // "Robert Downey Jr.", "Donald Trump Jr. and Julian Assange": the generation belongs to the
    // name before it, a known person or names that are no ordinary words, also in a Title Case
    // title ("Wild (feat. Gary Clark Jr.)"). A title before the name is split off below first
    // ("King Charles III").
    const generation = toks.findIndex(
      // "Jr." may end a sentence; "II" ends the name only before "and" ("Boyz II Men" stays whole).
      (t, k) => k >= 1 && k <= 4 && GENERATIONAL_SUFFIX.test(t.text) && (k === toks.length - 1 || t.text.endsWith('.') || SPLITTERS.has(fold(toks[k + 1].text))),
    );
    if (generation >= 1 && this.titleLengthAt(toks, 0) === 0) {
      const name = toks.slice(0, generation);
      // "Martin Luther King Jr.": a given name first makes the words after it a name, ordinary or not.
      const given = name.length >= 2 && this.ctx.lexicon.isFirstName(name[0].text) && name.every((t) => t.cap && !CONNECTOR.has(fold(t.text)));
      if (this.lookup(name)?.type === 'PERSON' || given || name.every((t) => !this.isCommon(t) && !CONNECTOR.has(fold(t.text)))) {
        this.emit(toks.slice(0, generation + 1), 'PERSON');
        const after = toks.slice(generation + 1);
        if (after.length > 0 && SPLITTERS.has(fold(after[0].text))) after.shift();
        if (after.length > 0) this.chunk(after, undefined);
        return;
      }
    }
    // Shouted runs ("DID YOU FEEL IT") carry no case signal either.
    if (headlineCase) {
      this.knownSegments(toks);
      return;
    }
    // An occupation before a name: "Meteorologist Brad Panovich", "Actress Florence Pugh"; or one
    // that introduces people, before a name that starts with no ordinary word ("Striker Erling
    // Haaland", "Midfielder Declan Rice").
    const cue = PERSON_CUE.has(fold(toks[0].text));
    const occupation = toks.length >= 3 && (this.isCommon(toks[0]) || (cue && toks[0].sentStart));
    const named = (rest: Token[]) => {
      const last = fold(rest[rest.length - 1].text);
      if (rest.length > 3 || this.isCommon(rest[0]) || ORG_SUFFIX.has(last) || LOC_SUFFIX.has(last)) return false;
      return rest.every((t) => !t.upper && !CONNECTOR.has(fold(t.text)) && !this.lookup([t])) && !this.lookup(rest);
    };
    if (occupation && (lex.isFirstName(toks[1].text) || (cue && (named(toks.slice(1)) || this.lookup(toks.slice(1))?.type === 'PERSON')) || (toks.length === 3 && cue && this.lookup([toks[1]])?.type === 'LOCATION' && this.givenNameOfPlace(toks[1], toks.slice(2)) > 0))) {
      this.chunk(toks.slice(1), 'PERSON');
      return;
    }
    // "National Security Adviser Jake Sullivan", "Special Envoy Steve Witkoff": capitalised ordinary
    // words that end in an occupation, before a given name, are the office of the person after
    // them (read on their own: "White House Press Secretary" keeps the White House).
    const officeEnd = toks.findIndex((t, k) => k >= 1 && k <= toks.length - 3 && PERSON_CUE.has(fold(t.text)) && lex.isFirstName(toks[k + 1].text));
    if (officeEnd >= 1 && toks.slice(0, officeEnd + 1).every((t) => this.isCommon(t) && !t.upper)) {
      this.chunk(toks.slice(0, officeEnd + 1), undefined);
      this.chunk(toks.slice(officeEnd + 1), 'PERSON');
      return;
    }

    // Titles: "Vice President Kamala Harris", "Fed Chair Jerome Powell", "Secretary of Foreign Relations".
    for (let p = 0; p < toks.length; p += 1) {
      const n = this.titleLengthAt(toks, p);
      // "Brennan Center for Justice", "Department of Justice": a title word after "for" or "of" is no
      // title; nor after an institution's head in French or Spanish ("Fiscalía General de la Nación").
      if (n === 0 || (p > 0 && /^(?:for|of|de)$/.test(toks[p - 1].text))) continue;
      if (p > 0 && ROMANCE_LANGUAGES.has(this.ctx.language) && ROMANCE_ORG_HEAD.has(fold(toks[p - 1].text))) continue;
      const left = toks.slice(0, p);
      const rest = toks.slice(p + n);
      if (rest.length > 0 && ['of', 'de', 'for'].includes(fold(rest[0].text))) {
        // An office ("Secretary of Foreign Relations"): only a known name after it counts ("of France").
        this.chunk(left, undefined);
        this.knownSegments(rest.slice(1));
        return;
      }
      // "François Bayrou Premier ministre": a title that goes on in lower case after the name is
      // the office named after the person, not their surname.
      const after = rest.length === 0 ? this.tokens[this.indexOf(toks[toks.length - 1]) + 1] : undefined;
      if (left.length > 0 && isWord(after) && !after.cap && !after.newline && TITLE_KEYS.has(tokenKey([...toks.slice(p, p + n).map((t) => t.text), after.text]))) {
        this.chunk(left, 'PERSON');
        return;
      }
      // "Stephen King", "John Major", "the singer Victoria Justice": a title word after a given
      // name, or after a name a person's occupation introduces, is a surname.
      if (rest.length === 0 && left.length > 0 && (lex.isFirstName(left[0].text) || this.cueBefore(this.indexOf(left[0]), PERSON_CUE))) break;
      // "President Trump": a well-known person's surname names them though it is also a word, and
      // after a title only a person holds one word is a surname, whatever else it names
      // ("Attorney General Sessions", "Rep. Jordan").
      const personal = rest.length === 1 && PERSONAL_TITLE_KEYS.has(tokenKey(toks.slice(p, p + n).map((t) => t.text)));
      const restIsName =
        rest.length > 0 &&
        !(rest.length === 1 && ((this.isCommon(rest[0]) && !personal && !knownSurnames().has(tokenKey([rest[0].text]))) || ORG_SUFFIX.has(fold(rest[0].text)))) &&
        !(ORG_SUFFIX.has(fold(rest[rest.length - 1].text)) || LOC_SUFFIX.has(fold(rest[rest.length - 1].text)));
      if (rest.length === 0 || restIsName) {
        this.chunk(this.withoutOfficeWords(left), undefined);
        const known = personal ? this.lookup(rest) : undefined;
        if (personal) this.emit(rest, 'PERSON', known?.type === 'PERSON' ? known : undefined);
        else if (rest.length) this.chunk(rest, 'PERSON');
        return;
      }
    }

    // "Students for Fair Admissions", "Americans for Prosperity": people, "for" and a cause name an advocacy group.
    if (toks.length >= 3 && toks[1].text === 'for' && this.peopleFor(toks[0]) && toks.slice(2).some((t) => t.cap)) {
      this.emit(toks, 'ORGANIZATION');
      return;
    }
    // The pronoun: "I Was Shocked …" is no name, whatever follows.
    if (toks.length > 1 && toks[0].text === 'I') return;
    // Sentence-initial function or common words: "The Paris …", "While López Obrador …".
    const lastWord = fold(toks[toks.length - 1].text);
    const institution = toks.length === 2 && (ORG_SUFFIX.has(lastWord) || LOC_SUFFIX.has(lastWord));
    const institutionOf = this.isInstitutionOf(toks); // "Bank of America", "Central Bank of Nigeria"
    // "Media Matters for America": ordinary words "for" a place name a cause's organisation, also
    // at the start of a sentence, where one word is only capitalised there ("Support for Ukraine grew").
    const forAt = toks.findIndex((t, k) => k >= 1 && t.text === 'for');
    if (forAt >= (toks[0].sentStart ? 2 : 1) && toks.slice(0, forAt).every((t) => this.isCommon(t)) && this.lookup(toks.slice(forAt + 1))?.type === 'LOCATION') {
      this.emit(toks, 'ORGANIZATION');
      return;
    }
    // Not a known name that begins with an article ("Los Angeles FC", "The Hague").
    // A known place that is also a word, before an organisation's words, names it ("Oxford University
    // Press"); a place's first word begins one ("Fort Myers Beach").
    const placeOrg = toks.length > 2 && ORG_SUFFIX.has(lastWord) && this.lookup([toks[0]])?.type === 'LOCATION';
    if (toks.length > 1 && toks[0].sentStart && !lex.isDemonym(toks[0].text) && (ARTICLES.has(fold(toks[0].text)) || (this.isCommon(toks[0]) && !institution && !institutionOf && !placeOrg && !LOC_PREFIX.has(fold(toks[0].text)))) && !this.knownAtStart(toks)) {
      this.chunk(toks.slice(1), hint);
      return;
    }

    // "Gobierno de Javier Milei", "the Government of Pedro Sánchez": an institution's head, "de" or
    // "of" and a full name are that person's; the head names no organisation of its own.
    // "Partido Popular de Alberto Núñez Feijóo": after more words of the institution's name, they
    // are its name and the full name its leader's.
    const headAt = ARTICLES.has(fold(toks[0].text)) ? 1 : 0;
    const ofAt = toks.findIndex((t, k) => k > headAt && /^(?:de|of)$/.test(t.text));
    const owner = ofAt > 0 ? toks.slice(ofAt + 1) : [];
    if (
      (ROMANCE_ORG_HEAD.has(fold(toks[headAt]?.text ?? '')) || ORG_PREFIX.has(fold(toks[headAt]?.text ?? ''))) && toks.slice(headAt + 1, ofAt).every((t) => t.cap && !CONNECTOR.has(fold(t.text))) &&
      owner.length >= 2 && owner.length <= 3 && lex.isFirstName(owner[0].text) && owner.every((t) => t.cap && !t.upper && !CONNECTOR.has(fold(t.text))) && this.lookup(owner)?.type !== 'ORGANIZATION' && this.lookup(owner)?.type !== 'LOCATION' && !this.lookup(toks.slice(headAt))
    ) {
      if (ofAt > headAt + 1) this.chunk(toks.slice(headAt, ofAt), undefined);
      this.chunk(owner, 'PERSON');
      return;
    }
    // "East Palestine, Ohio", "Mount Pleasant, Mich.": a name of two or three words before a comma
    // and a US state is a town, whatever its words name alone.
    if (toks.length >= 2 && toks.length <= 3 && !lex.isFirstName(toks[0].text) && toks.every((t) => !t.upper) && this.titleLengthAt(toks, 0) === 0 && !this.lookup(toks) && this.stateFollows(toks[toks.length - 1])) {
      this.emit(toks, 'LOCATION');
      return;
    }
    // "Bernie Sanders of Vermont": a person's home place is a separate name.
    const fromAt = toks.findIndex((t, k) => k > 0 && /^(of|de|from)$/.test(t.text));
    // Also a name of two or three words no list knows and none ordinary ("Kyrsten Sinema of Arizona").
    const unknownName = fromAt >= 2 && fromAt <= 3 && toks[fromAt].text === 'of' && toks.slice(0, fromAt).every((t) => t.cap && !t.upper && !this.isCommon(t) && !this.lookup([t]));
    if (fromAt > 0 && (hint === 'PERSON' || lex.isFirstName(toks[0].text) || unknownName) && this.lookup(toks.slice(fromAt + 1))?.type === 'LOCATION') {
      this.chunk(toks.slice(0, fromAt), unknownName ? 'PERSON' : hint);
      this.chunk(toks.slice(fromAt + 1), undefined);
      return;
    }
    // "Plaza de Mayo de Buenos Aires", "Parque de la Ciudad de México": a site's name, then "de" and
    // its known town, are two names (one "de" stays: "Golfo de México").
    const lastDe = toks.reduce((at, t, k) => (t.text === 'de' ? k : at), -1);
    if (LOC_PREFIX.has(fold(toks[0].text)) && lastDe >= 2 && toks.slice(0, lastDe).some((t) => t.text === 'de') && this.lookup(toks.slice(lastDe + 1))?.type === 'LOCATION') {
      this.emit(toks.slice(0, lastDe), 'LOCATION');
      this.chunk(toks.slice(lastDe + 1), undefined);
      return;
    }
    // "Laurent Berger de la CFDT", "Ana Pérez del PSOE": a full name, then the acronym or the known
    // organisation the person speaks for ("de" before a surname stays in the name: "Charles de Gaulle").
    const deAt = toks.findIndex((t, k) => k >= 2 && /^(?:de|del|du|des)$/.test(t.text));
    const body = deAt > 0 ? toks.slice(/^(?:la|l['’])$/i.test(toks[deAt + 1]?.text ?? '') ? deAt + 2 : deAt + 1) : [];
    if (
      deAt > 0 && lex.isFirstName(toks[0].text) && toks.slice(0, deAt).every((t) => t.cap && !this.isCommon(t)) && body.length > 0 &&
      ((body.length === 1 && isAcronym(body[0]) && body[0].text.length >= 2) || this.lookup(body)?.type === 'ORGANIZATION')
    ) {
      this.chunk(toks.slice(0, deAt), 'PERSON');
      this.chunk(body, this.lookup(body) ? undefined : 'ORGANIZATION');
      return;
    }
    // "Ethan Kath of Crystal Castles", "Sinem Koseoglu of Al Jazeera": a full name, then who they
    // speak for. ("Joan of Arc" has one name before "of" and stays whole; "for" never joins a
    // person's name to what follows: see namesCause.)
    const affiliation = toks.findIndex((t, k) => k >= 2 && t.text === 'of');
    const person = toks.slice(0, affiliation);
    const speaksFor = affiliation >= 2 && affiliation < toks.length - 1 && person.every((t) => !this.isCommon(t)) && this.lookup(person)?.type !== 'ORGANIZATION';
    if (speaksFor && (lex.isFirstName(toks[0].text) || this.lookup(toks.slice(affiliation + 1))?.type === 'ORGANIZATION')) {
      this.chunk(toks.slice(0, affiliation), 'PERSON');
      this.chunk(toks.slice(affiliation + 1), this.lookup(toks.slice(affiliation + 1)) ? undefined : 'ORGANIZATION');
      return;
    }
    // A known name at the start: "U.S. Federal Reserve", "China Evergrande Group", "Paris Olympic Games".
    const firstIsGivenName = lex.isFirstName(toks[0].text);
    for (let k = toks.length - 1; k >= 1 && !this.ctx.knownOnly; k -= 1) {
      const head = toks.slice(0, k);
      const known = this.lookup(head);
      if (!known) continue;
      // "Georgia Tech", "Virginia Tech and Texas Tech", "Ohio State beat Michigan State": a state,
      // then "Tech", or "State" alone, names its university; not Washington's or New York's
      // ("Washington State" is mostly the state), nor before more words ("Ohio State Highway Patrol").
      const university = toks[k].text === 'Tech' || (toks[k].text === 'State' && !STATE_NAMED_STATE.has(tokenKey(head.map((t) => t.text))) && (k === toks.length - 1 || SPLITTERS.has(fold(toks[k + 1].text))));
      if (known.type === 'LOCATION' && university && US_STATE.has(tokenKey(head.map((t) => t.text)))) {
        this.emit(toks.slice(0, k + 1), 'ORGANIZATION');
        let tail = toks.slice(k + 1);
        while (tail.length && SPLITTERS.has(fold(tail[0].text)) && !tail[0].cap) tail = tail.slice(1);
        if (tail.length) this.chunk(tail, hint);
        return;
      }
      if ((firstIsGivenName || hint === 'PERSON') && known.type !== 'PERSON' && k === 1) break;
      const rest = toks.slice(k);
      // "Supreme Court of India", "Parliament of Canada": a known institution, then "of" and a
      // place, is that place's own.
      if (known.type === 'ORGANIZATION' && isInstitutionHead(toks[k - 1]) && rest.length >= 2 && rest[0].text === 'of' && this.lookup(rest.slice(1))?.type === 'LOCATION') {
        this.emit(toks, 'ORGANIZATION');
        return;
      }
      const restKnown = this.lookup(rest);
      // "UN Security Council", "EU Commission", "Senate Committee on the Judiciary": a known
      // organisation heads a body of its own.
      const joined = CONNECTOR.has(fold(rest[0].text)) || SPLITTERS.has(fold(rest[0].text));
      if (!restKnown && !joined && known.type === 'ORGANIZATION' && (ORG_SUFFIX.has(fold(rest[rest.length - 1].text)) || this.isInstitutionOf(rest))) {
        // Its legal form ("China Evergrande Group") is the organisation itself; a body is another.
        this.emit(toks, 'ORGANIZATION', rest.every((t) => ORG_SUFFIX.has(fold(t.text))) ? known : undefined);
        return;
      }
      // "Toronto Pearson International Airport", "Kyiv Independence Square": a place, then a site's
      // name that ends in a site's word, is that one place (not an administrative area in it).
      const site = fold(rest[rest.length - 1].text);
      if (!restKnown && known.type === 'LOCATION' && rest.length >= 2 && LOC_SUFFIX.has(site) && !ADMINISTRATIVE_AREA.has(site) && rest.every((t) => t.cap)) {
        this.emit(toks, 'LOCATION');
        return;
      }
      // "Atlanta United", "Blackburn Rovers", "Leeds United and Newcastle United": a place and a
      // club's words, alone or before "and", name its club.
      let clubWords = 0;
      while (clubWords < rest.length && CLUB_WORD.has(rest[clubWords].text)) clubWords += 1;
      const clubEnds = clubWords === rest.length || (SPLITTERS.has(fold(rest[clubWords].text)) && !rest[clubWords].cap && clubWords + 1 < rest.length);
      if (!restKnown && known.type === 'LOCATION' && clubWords > 0 && clubEnds) {
        this.emit(toks.slice(0, k + clubWords), 'ORGANIZATION');
        if (clubWords < rest.length) this.chunk(rest.slice(clubWords + 1), hint);
        return;
      }
      // "Silicon Valley Bank and Signature Bank": two names that end in the same organisation's word are two.
      const andAt = rest.findIndex((t) => SPLITTERS.has(fold(t.text)) && !t.cap);
      const twoOfAKind = andAt > 0 && rest.length - andAt > 2 && sameOrgWord(toks.slice(0, k + andAt), rest.slice(andAt + 1));
      if (!restKnown && known.type === 'LOCATION' && twoOfAKind) {
        this.emit(toks.slice(0, k + andAt), 'ORGANIZATION');
        this.chunk(rest.slice(andAt + 1), hint);
        return;
      }
      // "Florida Power and Light", not "Dallas and Fort Worth": a place names an organisation of
      // its own, not one beside it.
      if (!restKnown && known.type === 'LOCATION' && !SPLITTERS.has(fold(rest[0].text)) && this.isOrgLike(rest)) {
        this.emit(toks, 'ORGANIZATION');
        return;
      }
      // "Kano State", "Lagos State and Kano State": a place and a place's word, alone or before "and".
      const andAfter = rest.length > 2 && SPLITTERS.has(fold(rest[1].text)) && !rest[1].cap;
      if (!restKnown && known.type !== 'PERSON' && (rest.length === 1 || andAfter) && LOC_SUFFIX.has(fold(rest[0].text))) {
        this.emit(toks.slice(0, k + 1), 'LOCATION');
        if (andAfter) this.chunk(rest.slice(2), hint);
        return;
      }
      // "Victoria Beckham", "Santiago Peña": a one-word place name, then a surname (alone or before
      // "and"), is a person's name; not a country's unless it is also a given name ("Argentina vs
      // Nigeria Messi", "Jordan Peterson"), nor after a place preposition ("in Victoria Park").
      const surnames = known.type === 'LOCATION' && k === 1 ? this.givenNameOfPlace(toks[0], rest) : 0;
      if (surnames > 0) {
        this.emit([toks[0], ...rest.slice(0, surnames)], 'PERSON');
        if (rest.length > surnames + 1) this.chunk(rest.slice(surnames + 1), hint);
        return;
      }
      // "Lula da Silva": a known person, a particle and the rest of their name are that person.
      if (known.type === 'PERSON' && rest.length >= 2 && rest.length <= 3 && PARTICLES.has(fold(rest[0].text)) && !rest[0].cap && rest.slice(1).every((t) => t.cap && !t.upper && !this.lookup([t]))) {
        // The alias table's person when their canonical name ends so.
        this.emit(toks, 'PERSON', fold(known.canonical).endsWith(fold(rest.map((t) => t.text).join(' '))) ? known : undefined);
        return;
      }
      this.emit(head, known.type, known);
      let tail = rest;
      while (tail.length && CONNECTOR.has(fold(tail[0].text)) && !tail[0].cap) tail = tail.slice(1);
      const orgLike = tail.length > 0 && ORG_SUFFIX.has(fold(tail[tail.length - 1].text)); // "… and Republic Records"
      if (tail.length && (this.lookup(tail) || orgLike || !tail.every((t) => EVENT_HEAD.has(fold(t.text)) || this.isCommon(t) || CONNECTOR.has(fold(t.text))))) {
        this.chunk(tail, hint);
      }
      return;
    }
    // Demonyms: "German Chancellor …" (handled above), "Indian Space Research Organisation" (kept).
    if (lex.isDemonym(toks[0].text)) {
      if (toks.length === 1) return;
      // "Christian Lindner": a demonym that is also a given name, before one or two words that are
      // no ordinary, known or shouted ones, names a person ("Christian Democrats" does not).
      if (GIVEN_NAME_DEMONYMS.has(fold(toks[0].text)) && toks.length <= 3 && toks.slice(1).every((t) => !t.upper && !this.isCommon(t) && !this.lookup([t]) && !lex.isDemonym(t.text))) {
        this.emit(toks, 'PERSON');
        return;
      }
      if (this.isOrgLike(toks.slice(1))) {
        this.emit(toks, 'ORGANIZATION');
        return;
      }
      this.chunk(toks.slice(1), hint);
      return;
    }

    // Coordinations: "El Salvador and Honduras", "Rishi Sunak and Sajid Javid"; but keep
    // "Competition and Markets Authority" (common words on both sides).
    for (let k = 1; k < toks.length - 1; k += 1) {
      if (!SPLITTERS.has(fold(toks[k].text)) || toks[k].cap) continue;
      const sides = [toks.slice(0, k), toks.slice(k + 1)];
      // Two names that end in the same organisation's word are two: "Zorvan Bank and Signature Bank".
      const sameKind = sides.every((side) => side.length >= 2) && sameOrgWord(sides[0], sides[1]);
      if (this.isCommon(toks[k - 1]) && this.isCommon(toks[k + 1]) && !sides.some((side) => this.lookup(side)) && !sameKind) continue;
      // "Bill & Melinda Gates Foundation", "Bill and Melinda Gates Foundation": names that no list
      // knows, joined before an organisation's word, are its founders' names in one organisation.
      if (ORG_SUFFIX.has(fold(toks[toks.length - 1].text)) && !sides.some((side) => this.lookup(side)) && sides[0].every((t) => !t.upper && (!this.isCommon(t) || this.ctx.lexicon.isFirstName(t.text)))) {
        this.emit(toks, 'ORGANIZATION');
        return;
      }
      this.chunk(toks.slice(0, k), hint);
      this.chunk(toks.slice(k + 1), hint);
      return;
    }

    if (toks.length === 1) {
      this.single(toks[0], hint);
      return;
    }

    // A known name at the end after common words: "Greater London". Not in an institution's name
    // ("University of Minnesota", left to classify); and after one capitalised noun inside a
    // sentence, a surname makes a person ("Hunter Biden"), unless a place's name begins so ("Fort
    // Myers") or a place preposition precedes. A kinship word is no given name: before a surname
    // it addresses a person only when the surname is no ordinary word too ("Father Murphy", not
    // the magazine "Mother Jones").
    const placeHead = LOC_PREFIX.has(fold(toks[0].text)) || ORG_PREFIX.has(fold(toks[0].text)) || this.afterPlacePrep(this.indexOf(toks[0]));
    const kinship = toks.length === 2 && KINSHIP.has(fold(toks[0].text)) && this.isCommon(toks[1]);
    if (toks.length === 2 && !placeHead && !kinship && !toks[0].sentStart && !toks[0].upper && lex.isNounLike(toks[0].text) && this.isSurname(toks[1])) {
      this.emit(toks, 'PERSON');
      return;
    }
    for (let k = 1; k < toks.length && !institutionOf; k += 1) {
      const tail = toks.slice(k);
      const known = this.lookup(tail);
      // "presidente del Consiglio Giorgia Meloni": an institution's word before a known person is
      // the end of their office, not a name of its own.
      const office = k === 1 && known?.type === 'PERSON' && (ORG_PREFIX.has(fold(toks[0].text)) || ROMANCE_ORG_HEAD.has(fold(toks[0].text)));

      if (known && (office || toks.slice(0, k).every((t) => this.isCommon(t) || lex.isDemonym(t.text)))) {
        this.emit(tail, known.type, known);
        return;
      }
    }

    const type = this.classify(toks, hint);
    const last = toks[toks.length - 1];
    // "Rihanna's Fenty Beauty", "Jay Patel's Nexora Health": what a person owns and names after an
    // ordinary noun (no surname) is a company or a brand, not another person.
    if (type === 'PERSON' && toks.length >= 2 && this.ownedByPerson(toks[0]) && this.isCommon(last) && lex.isNounLike(last.text) && !lex.isLastName(last.text)) {
      this.emit(toks, 'ORGANIZATION').owned = true;
      return;
    }
    // A business keeps its possessive: "Trader Joe's".
    if (type === 'ORGANIZATION' && this.businessPossessive(toks[0], last)) this.emit([...toks, this.tokens[this.indexOf(last) + 1]], type);
    else if (type) this.emit(toks, type);
  }

  private classify(toks: Token[], hint: NameType | undefined): NameType | undefined {
    const lex = this.ctx.lexicon;
    const first = toks[0];
    const last = toks[toks.length - 1];
    const firstKey = fold(first.text);
    const lastKey = fold(last.text);
    const index = this.indexOf(first);
    const next = this.tokens[this.indexOf(last) + 1];
    const romanceHead = ROMANCE_ORG_HEAD.has(firstKey) && toks.length >= 2;
    if (ORG_SUFFIX.has(lastKey) || romanceHead || (ORG_PREFIX.has(firstKey) && toks.some((t) => fold(t.text) === 'of' || fold(t.text) === 'de'))) {
      return 'ORGANIZATION';
    }
    if (this.isInstitutionOf(toks)) return 'ORGANIZATION';
    // "Lisa Lake, Cortney's mother": a given name and a surname that also names places.
    if (toks.length === 2 && lex.isFirstName(first.text) && SURNAME_LIKE_PLACE_HEAD.has(lastKey) && !this.afterPlacePrep(index)) {
      return 'PERSON';
    }
    // "the city of El Alamein", "Al Haouz province": a place's own word before or after the name.
    if (this.afterPlaceNoun(index) || this.areaAfter(this.indexOf(last))) return 'LOCATION';
    if (this.workplaceBefore(index) && !lex.isFirstName(first.text)) return 'ORGANIZATION';
    if (LOC_SUFFIX.has(lastKey) || LOC_PREFIX.has(firstKey)) {
      const reporting = isWord(next) && /^(said|says|announced|confirmed|denied|stated|issued)$/i.test(next.text);
      return reporting && /^(palace|house)$/.test(lastKey) ? 'ORGANIZATION' : 'LOCATION';
    }
    // "Super Bowl LVII", "Olympic Games": an event, also with its number.
    const eventKey = toks.length >= 2 && /^[IVXLC]{2,}$/.test(last.text) ? fold(toks[toks.length - 2].text) : lastKey;
    if (EVENT_HEAD.has(eventKey) || MEDIA_HEAD.has(lastKey)) return undefined;
    if (hint) return hint;
    if (this.cueBefore(index, ORG_CUE)) return 'ORGANIZATION';
    // "the official Music Video": a cue types a name, not capitalised ordinary words.
    if (this.cueBefore(index, PERSON_CUE) && !toks.every((t) => this.isCommon(t))) return 'PERSON';
    if (ARTICLES.has(firstKey) && !first.sentStart) return 'ORGANIZATION';
    if (lex.isFirstName(first.text)) return 'PERSON';
    if (this.businessPossessive(first, last)) return 'ORGANIZATION';
    // "from Lee Hsien Loong", "with Nguyen Thi Lan": an East Asian surname first, then one or two
    // given names of one or two syllables, is a person's name after a place preposition too.
    if (toks.length >= 2 && toks.length <= 3 && EAST_ASIAN_SURNAME.has(firstKey) && toks.slice(1).every((t) => /^\p{Lu}\p{Ll}{1,6}(?:-\p{Ll}{1,6})?$/u.test(t.text) && !this.isCommon(t) && !this.lookup([t]))) return 'PERSON';
    if (this.afterPlaceCue(index)) return 'LOCATION';
    const particle = toks.some((t) => (PARTICLES.has(fold(t.text)) && !/^(de|del)$/.test(fold(t.text))) || PARTICLE_WORD.test(t.text));
    if (particle || (toks.some((t) => /^(de|del|da)$/.test(t.text)) && lex.isFirstName(first.text))) return 'PERSON';
    if (toks.length >= 2 && /s$/.test(last.text) && this.isCommon(last) && !this.isCommon(first)) return 'ORGANIZATION';
    if (toks.length >= 2 && /s$/.test(last.text) && this.isCommon(last) && this.isCommon(first)) return 'ORGANIZATION';
    // Capitalised ordinary words ("West Front", "Call of Duty") are not names; a given name followed
    // by an ordinary word is ("Taylor Swift", "Stephen King").
    if (this.isCommon(first) || toks.some((t) => lex.isDemonym(t.text))) return undefined;
    if (toks.every((t) => this.isCommon(t) || CONNECTOR.has(fold(t.text)) || t === first)) {
      if (toks.length > 2) return undefined;
    }
    if (toks.every((t) => t.upper) && toks.length > 1) return 'ORGANIZATION';
    // "the UFC Apex", "NCAA Basketball": a name led by an acronym of three letters or more is an
    // organisation's (or its venue's, event's); people's initials are two letters ("AJ Tesler").
    if (toks.length > 1 && !first.text.includes('.') && isAcronym(first) && first.text.length >= 3) return 'ORGANIZATION';
    // "Xbox One", "Oculus Quest 2": a product's name with its model number, no person's.
    if (NUMBER_WORDS.has(lastKey) || this.modelNumberAfter(first, last)) return undefined;
    // "MacBook Pro", "Xbox Series X": a product line or a model's letter ends no person's name (a
    // given name before the word, "Ben Mini", made a person above).
    const modelLetter = /^\p{Lu}$/u.test(last.text) && MODEL_LETTER_HEADS.has(fold(toks[toks.length - 2].text));
    if (PRODUCT_LINE_ENDS.has(lastKey) || modelLetter) return undefined;
    // "passed the Lok Sabha", "a vote in the Rajya Sabha": an article before words that are no
    // given name, no ordinary word and no acronym makes them an institution's name, not a person's.
    const prev = this.tokens[index - 1];
    if (toks.length >= 2 && isWord(prev) && prev.text === 'the' && !first.newline && toks.every((t) => !t.upper && !this.isCommon(t) && !CONNECTOR.has(fold(t.text)))) return 'ORGANIZATION';
    // Nor a person's after a Romance article ("el", "la", "les"): people go without one; an
    // organisation's ("la Sociedad Rural"), or a place's after a place preposition ("en la Vega Ribera").
    if (ROMANCE_LANGUAGES.has(this.ctx.language) && isWord(prev) && !first.newline && ROMANCE_ARTICLES.has(prev.text.toLowerCase())) {
      return isPlacePrep(this.tokens[index - 2], this.ctx.language) ? 'LOCATION' : 'ORGANIZATION';
    }
    return toks.length <= 4 ? 'PERSON' : undefined;
  }

  /**
   * A model number right after a name, on its line: "PlayStation 5", "PlayStation® 4", "Galaxy
   * S21". Not a quantity ("in Pokrovsk 3 weeks ago"), an ordinal ("1st AC"), a minute ("27'"), a
   * score ("6-4", "Tor 4, Bos 1"), a time ("3:16"), nor part of a date or an amount (those tokens
   * are blocked).
   */
  private modelNumberAfter(first: Token, last: Token): boolean {
    let k = this.indexOf(last) + 1;
    if (this.tokens[k] && /^[®™]$/.test(this.tokens[k].text) && this.tokens[k].start === last.end) k += 1;
    const n = this.tokens[k];
    if (!n || n.newline || this.blocked.has(n) || n.start - this.tokens[k - 1].end > 1) return false;
    const model = n.kind === 'num' ? /^\d{1,4}$/.test(n.text) : /^\p{Lu}{1,3}\d{1,4}$/u.test(n.text);
    if (!model) return false;
    const after = this.tokens[k + 1];
    const glued = after && after.start === n.end;
    if (glued && (/^[-–:/'’′]$/.test(after.text) || /^(?:st|nd|rd|th)$/i.test(after.text))) return false;
    if (isWord(after) && !after.cap && /s$/.test(after.text)) return false;
    // A score line: a name and a number beside another name and number.
    const i = this.indexOf(first);
    const scoreAfter = after?.text === ',' && this.tokens[k + 2]?.cap && this.tokens[k + 3]?.kind === 'num';
    const scoreBefore = this.tokens[i - 1]?.text === ',' && this.tokens[i - 2]?.kind === 'num' && this.tokens[i - 3]?.cap;
    return !scoreAfter && !scoreBefore && !surnameShaped(last.text);
  }

  /** The first personal pronoun in the next few words of the sentence: "he", "her" a person's, "it", "its" an organisation's. */
  private pronounAfter(from: number): 'PERSON' | 'ORGANIZATION' | undefined {
    for (let k = from; k < Math.min(this.tokens.length, from + 6); k += 1) {
      const t = this.tokens[k];
      if (t.sentStart) return undefined;
      if (/^(?:he|she|him|his|her|hers)$/.test(t.text)) return 'PERSON';
      if (/^(?:it|its)$/.test(t.text)) return 'ORGANIZATION';
    }
    return undefined;
  }

  /** "hosts his", "cut its": a verb, then the possessive of its subject. */
  private possessiveAfterVerb(k: number): 'PERSON' | 'ORGANIZATION' | undefined {
    const [verb, pronoun] = [this.tokens[k], this.tokens[k + 1]];
    if (!isWord(verb) || verb.cap || verb.newline || !this.ctx.lexicon.isVerb(verb.text) || !isWord(pronoun)) return undefined;
    return pronoun.text === 'his' ? 'PERSON' : pronoun.text === 'its' ? 'ORGANIZATION' : undefined;
  }

  private single(t: Token, hint: NameType | undefined): void {
    const lex = this.ctx.lexicon;
    if (lex.isDemonym(t.text)) return;
    if (/^\p{Lu}{2,}s$/u.test(t.text)) return; // plural acronyms: "ETFs"
    const index = this.indexOf(t);
    const prev = this.tokens[index - 1];
    const prev2 = this.tokens[index - 2];
    const next = this.tokens[index + 1];
    // "ethnic Masalit civilians", "Indigenous Wayuu families": a people's name, none of our types.
    if (isWord(prev) && /^(?:ethnic|indigenous)$/i.test(prev.text) && !this.lookup([t])) return;
    // "Nobel laureate Muhammad Yunus", "Grammy winner", "Oscar nominee": an award before what it makes someone.
    if (AWARD.has(fold(t.text)) && isWord(next) && !next.cap && !next.newline && AWARDED.has(next.text.toLowerCase())) return;
    // "Euro 2024", "Expo 2020": an unknown word and a year name an event.
    if (next?.kind === 'num' && /^(?:19|20)\d\d$/.test(next.text) && next.start === t.end + 1 && !this.lookup([t])) return;
    const before = this.text.slice(Math.max(0, t.start - 30), t.start);
    const acronym = isAcronym(t);
    // A letter alone ("A", "X", an initial cut from its name) or the pronoun "I" ("I'm", "I’ll").
    if ((t.text.replace(/[.'’]/g, '').length <= 1 || /^I['’](?:m|ll|d|ve)$/.test(t.text)) && !this.lookup([t])) return;
    if (this.isShouted(t) || this.isShoutedNoun(t)) return;
    // "iPhone 12 Mini", "iPad Pro": a product line's last word after its model number or its brand.
    const modelOrBrand = prev?.kind === 'num' || (isWord(prev) && /^\p{Ll}+\p{Lu}/u.test(prev.text));
    if (PRODUCT_LINE_ENDS.has(fold(t.text)) && modelOrBrand && !t.newline) return;
    const state = this.stateAfterTown(index);
    if (state) {
      this.emit([t], 'LOCATION', { canonical: state, type: 'LOCATION', surface: t.text, curated: true });
      return;
    }
    // "Inc." left alone by a line break: a legal form names nobody; nor does an event's word
    // ("her first Olympic medal", "the Games").
    if (LEGAL_FORM.has(fold(t.text)) || (EVENT_HEAD.has(fold(t.text)) && !this.lookup([t]))) return;
    if (acronym && COMMON_ABBREVIATION.has(fold(t.text).replace(/\./g, '')) && !this.lookup([t])) return;
    // "ministro de Economía", "minister of Finance", "ministre israélien des Affaires étrangères": a
    // portfolio, not an organisation.
    if (this.portfolioAt(index)) return;
    // "Tim Cook and OpenAI's Sam Altman": a possessor beside a person is no person for that.
    if (hint === 'PERSON' && !this.isCommon(t) && next?.kind !== 'poss') {
      this.emit([t], 'PERSON');
      return;
    }
    // "at Gorvino's": a business, unless the word is a given name ("at Sarah's"), an ordinary word
    // ("at Grandma's") or the surname of a person ("at Kowalski's" after "Anna Kowalski").
    const common = this.isCommon(t) || lex.isFirstName(t.text) || acronym;
    if (!common && this.businessPossessive(t, t) && !knownSurnames().has(tokenKey([t.text])) && !this.namesPerson(t.text)) {
      this.emit([t, next], 'ORGANIZATION');
      return;
    }
    const evidence: Evidence = {
      sentStart: t.sentStart,
      placePrep: this.afterPlaceCue(index) || this.areaAfter(index),
      orgCue: this.cueBefore(index, ORG_CUE) || (isWord(prev) && fold(prev.text) === 'the' && isWord(prev2) && ORG_CUE.has(fold(prev2.text))) || this.roleOfNameAfter(index) || this.workplaceBefore(index),
      personCue: this.cueBefore(index, PERSON_CUE) && !acronym,
      saidAfter: isWord(next) && SAID.has(fold(next.text)) && fold(next.text) !== 'a',
      pronoun: isWord(next) && SAID.has(fold(next.text)) ? this.pronounAfter(index + 2) : this.possessiveAfterVerb(index + 1),
      knownAs: KNOWN_AS.test(before.replace(/[,\s]+$/, ' ')),
      common: this.isCommon(t),
      modifier: isWord(prev) && /^(the|a|an)$/i.test(prev.text) && isWord(next) && !next.cap && this.ctx.lexicon.isNounLike(next.text),
      eventPlace: isWord(prev) && /^(the|a)$/i.test(prev.text) && isWord(next) && !next.newline && DISASTER.test(next.text),
      acronym,
      model: this.modelNumberAfter(t, t),
      brandCase: /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(t.text) && !surnameShaped(t.text),
      inProse: isWord(prev) && !prev.cap && !t.newline,
    };
    const cand = this.emit([t], 'UNK');
    cand.evidence = evidence;
  }

  /** Title Case or shouted text: only known names and names the document already has. */
  /**
   * A hyphenated pair (or more) of known names, places, organisations or well-known people's
   * surnames, each of its own: "Türkiye-Syria", "the Israel-Hamas war", "US-China tensions", "the
   * Biden-Harris campaign". Emits them and says so; false for anything else ("Jean-Pierre").
   */
  private knownPair(toks: Token[]): boolean {
    if (toks.length !== 1 || !/[-‐]/.test(toks[0].text) || this.lookup(toks)) return false;
    const pieces = splitHyphenated(toks[0]);
    const known = pieces.map((p) => (p.cap ? (this.lookup([p]) ?? (knownSurnames().has(tokenKey([p.text])) ? 'surname' : undefined)) : undefined));
    if (pieces.length < 2 || known.some((k) => k === undefined)) return false;
    pieces.forEach((p, k) => {
      const hit = known[k];
      if (hit === 'surname') this.emit([p], 'PERSON');
      else if (hit) this.emit([p], hit.type, hit);
    });
    return true;
  }

  private knownSegments(toks: Token[]): void {
    let i = 0;
    while (i < toks.length) {
      if (this.knownPair([toks[i]])) {
        i += 1;
        continue;
      }
      let matched = 0;
      for (let n = toks.length - i; n >= 1; n -= 1) {
        const slice = toks.slice(i, i + n);
        // A capitalised article may begin a name ("El Fasher", "De Niro"); a lower-case link may not.
        if ((CONNECTOR.has(fold(slice[0].text)) && (!slice[0].cap || n === 1)) || CONNECTOR.has(fold(slice[n - 1].text))) continue;
        const hit = this.lookup(slice);
        // "Rep. Jordan", "Sen. Georgia …": after a person's title a one-word place name is a surname.
        if (hit?.type === 'LOCATION' && n === 1 && this.afterPersonTitle(slice[0])) {
          this.emit(slice, 'PERSON');
          matched = 1;
          break;
        }
        // One ordinary word ("Trump", "Fed") only when the body names it so (not "King" of "Stephen King").
        // Or when it is an alias of a name the body has ("Labour Returns To Power" after "the Labour Party").
        const named = n === 1 && !TITLE_KEYS.has(tokenKey([slice[0].text])) && this.ctx.inventory?.namesWord(slice[0].text) === true;
        const sameEntity = hit?.curated === true && this.ctx.inventory?.hasCanonical(hit.canonical) === true;
        if (hit && !(n === 1 && this.isCommon(slice[0]) && !slice[0].upper && hit.type !== 'LOCATION' && !named && !sameEntity)) {
          // "Why Did Silicon Valley Bank Collapse?", "Texas Senate Passes …": a place and an
          // institution's word after it name that institution (not a newspaper: "China News").
          const institution = toks[i + n];
          if (hit.type === 'LOCATION' && institution?.cap && ORG_SUFFIX.has(fold(institution.text)) && !NEWS_WORD.has(fold(institution.text))) {
            this.emit([...slice, institution], 'ORGANIZATION');
            matched = n + 1;
            break;
          }
          this.emit(slice, hit.type, hit);
          matched = n;
          break;
        }
        // A person's part, or an ordinary word the body names a person by alone ("Trump Meets
        // Duterte" after "… at Trump."; "Trump" is no alias of its own).
        const bodyPerson = named && this.ctx.inventory?.get(tokenKey([slice[0].text]))?.type === 'PERSON';
        if (n === 1 && ((this.ctx.inventory?.personPart(slice[0].text) && (!this.isCommon(slice[0]) || named)) || bodyPerson)) {
          this.emit(slice, 'PERSON');
          matched = 1;
          break;
        }
      }
      // A given name that is no ordinary word and the word after it, unless that is a verb or a
      // function word: "Jeff Sessions Does …", "Matt Damon Says …" (not "Rose Garden", "Jeff Says").
      const [given, surname] = [toks[i], toks[i + 1]];
      if (!matched && surname && this.isGivenNameBefore(given, surname)) {
        this.emit([given, surname], 'PERSON');
        matched = 2;
      }
      i += matched || 1;
    }
  }

  private isGivenNameBefore(given: Token, surname: Token): boolean {
    const lex = this.ctx.lexicon;
    if (given.upper || surname.upper || !surname.cap || surname.kind !== 'word' || CONNECTOR.has(fold(surname.text))) return false;
    if (!lex.isFirstName(given.text) || lex.isCommon(given.text)) return false;
    return (lex.isLastName(surname.text) || !(lex.isCommon(surname.text) && !lex.isNounLike(surname.text))) && !lex.isDemonym(surname.text);
  }

  private emit(toks: Token[], type: NameType | 'UNK', known?: KnownName): NameCandidate {
    const start = toks[0].start;
    const end = toks[toks.length - 1].end;
    const cand: NameCandidate = {
      field: this.field,
      start,
      end,
      // A possessive is part of the name, at its end ("McDonald's") or inside it ("Lloyd's List", "People's Action Party").
      parts: toks.map((t) => t.text),
      type,
      known: known?.fromInventory ? undefined : known,
    };
    const before = this.text.slice(Math.max(0, start - 30), start);
    if (type === 'PERSON' || type === 'UNK') {
      if (KNOWN_AS.test(before.replace(/[,\s]+$/, ' '))) cand.evidence = { ...(cand.evidence ?? emptyEvidence()), knownAs: true };
    }
    this.out.push(cand);
    return cand;
  }
}

function emptyEvidence(): Evidence {
  return { sentStart: false, placePrep: false, orgCue: false, personCue: false, saidAfter: false, knownAs: true, common: false, modifier: false, eventPlace: false, acronym: false, model: false, brandCase: false, inProse: false };
}

/** The part `text` of token `t` that starts `offset` characters into it, as a token of its own (its own capitals). */
function pieceOf(t: Token, offset: number, text: string): Token {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return { ...t, text, start: t.start + offset, end: t.start + offset + text.length, cap: /^\p{Lu}/u.test(text), upper: letters.length > 0 && letters === letters.toUpperCase() };
}

function splitHyphenated(t: Token): Token[] {
  const pieces: Token[] = [];
  const re = /[^-‐]+/g;
  for (const m of t.text.matchAll(re)) {
    pieces.push(pieceOf(t, m.index, m[0]));
  }
  return pieces;
}

/** Names already seen in the document, by folded key, for short and later mentions. */
export class Inventory {
  private readonly byKey = new Map<string, { type: NameType; text: string }>();
  private readonly personParts = new Set<string>();
  private readonly surnames = new Set<string>();
  private readonly canonicals = new Set<string>();

  add(cand: NameCandidate): void {
    if (cand.type === 'UNK') return;
    if (cand.known) this.canonicals.add(cand.known.canonical);
    const key = tokenKey(cand.parts);
    if (!this.byKey.has(key)) this.byKey.set(key, { type: cand.type, text: cand.parts.join(' ') });
    const words = cand.parts.filter((p) => !SUFFIX.has(fold(p)) && !/^\p{Lu}\.$/u.test(p));
    if (cand.type === 'PERSON' && cand.parts.length >= 2 && words.length >= 1) {
      // Surname sequences ("López Obrador", "Al Jaber", "Harris") and the given name ("Charles" of "Charles III").
      for (let k = 1; k < words.length; k += 1) this.personParts.add(tokenKey(words.slice(k)));
      // "Assad" of "Bashar al-Assad", "Sisi" of "Abdel Fattah el-Sisi".
      const particled = PARTICLE_WORD.test(words[words.length - 1]) ? words[words.length - 1].split(/[-‐'’]/).slice(1).join('-') : '';
      if (particled) this.personParts.add(tokenKey([particled]));
      this.personParts.add(tokenKey([words[0]]));
      // A well-known person's surname names them alone in a Title Case title ("Trump Found Guilty").
      if (cand.known?.curated) this.surnames.add(tokenKey([words[words.length - 1]]));
    }
    if ((cand.type === 'ORGANIZATION' || cand.type === 'LOCATION') && words.length >= 2) {
      for (let a = 0; a < words.length; a += 1) {
        for (let b = a + 1; b <= words.length; b += 1) {
          if (b - a === words.length) continue;
          const sub = words.slice(a, b);
          if (sub.some((w) => CONNECTOR.has(fold(w))) && (CONNECTOR.has(fold(sub[0])) || CONNECTOR.has(fold(sub[sub.length - 1])))) continue;
          const key2 = tokenKey(sub);
          if (!this.byKey.has(key2)) this.subparts.set(key2, { type: cand.type, text: sub.join(' ') });
        }
      }
    }
  }

  private readonly subparts = new Map<string, { type: NameType; text: string }>();

  get(key: string): { type: NameType; text: string } | undefined {
    const hit = this.byKey.get(key);
    if (hit) return hit;
    if (this.personParts.has(key)) return { type: 'PERSON', text: key };
    return this.subparts.get(key);
  }

  personPart(text: string): boolean {
    return this.personParts.has(tokenKey([text]));
  }

  /** Whether a known name of this canonical is in the document. */
  hasCanonical(canonical: string): boolean {
    return this.canonicals.has(canonical);
  }

  /** A whole name of the document, or the last word of a well-known person's ("Trump" of "Donald Trump"). */
  namesWord(text: string): boolean {
    const key = tokenKey([text]);
    return this.byKey.has(key) || this.surnames.has(key);
  }
}
