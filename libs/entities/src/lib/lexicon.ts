import nlp from 'compromise';
import { lexicon as enLexicon } from 'en-lexicon';
import { DEMONYM_EXTRA, LANGUAGE_NAMES } from './data/gazetteer';
import { ENGLISH_GIVEN_NAMES_ALSO_WORDS, ROMANCE_GIVEN_NAMES, WORLD_GIVEN_NAMES } from './data/given-names';
import { fold } from './fold';

/**
 * Word knowledge shared by the extractor, loaded once per process (~0.3 s):
 * - `en-lexicon` (Penn-tagged English lexicon, MIT): tells common words ("rescue", "standing")
 *   from proper nouns, so sentence-initial capitals are not mistaken for names;
 * - `compromise`'s lexicon (MIT): first names, demonyms, more cities, countries, regions,
 *   organisations and sports teams;
 * - ROMANCE_GIVEN_NAMES: French, Spanish, Portuguese and Italian given names compromise lacks;
 *   ENGLISH_GIVEN_NAMES_ALSO_WORDS: English ones it tags as words first ("Hunter", "Frank");
 *   WORLD_GIVEN_NAMES: South Asian, African, Middle Eastern, Japanese and Eastern European ones.
 */
export interface Lexicon {
  /** A lower-case English (or Spanish/French function) word: capitalised, it is not a name on its own. */
  isCommon(word: string): boolean;
  isFirstName(word: string): boolean;
  isDemonym(word: string): boolean;
  /** Tagged as a proper noun (NNP) in the English lexicon. */
  isProper(word: string): boolean;
  /** A Spanish or French function word, accents as written ("Para" is one, "Pará" is not). */
  isRomanceFunctionWord(word: string): boolean;
  /** A lower-case word that is a noun or unknown (not a function word or verb): "lander", "deal". */
  isNounLike(word: string): boolean;
  /** A lower-case word that may be a verb, and is first a verb or a noun: "hosts", "cut" (not "in"). */
  isVerb(word: string): boolean;
  /** A surname in compromise's lexicon, or of a well-known person in the alias table. */
  isLastName(word: string): boolean;
  /** Extra gazetteer entries from compromise: [display form, type]. */
  extraNames: ReadonlyArray<readonly [string, 'PERSON' | 'ORGANIZATION' | 'LOCATION']>;
}

const ROMANCE_FUNCTION_WORDS = (
  'el la los las un una unos unas lo al del en con por para sin sobre tras según este esta estos estas ese esa su sus que qué ' +
  'como cuando donde pero y o no sí se ya hoy ayer mientras aunque además también le les des du une il elle ils elles nous vous ' +
  'on ce cette ces son sa ses leur leurs dans pour avec sans sur mais et ou où qui quand après avant selon depuis pendant lors ' +
  'aujourd hier demain plus très tout tous toute toutes entre hacia desde hasta durante mediante cada otro otra otros otras ' +
  'aquí ahora muy yo tú tu mi mis ici aussi'
).split(' ');

/** Other Romance words that name nothing, for isCommon (folded, as the function words). */
const ROMANCE_ORDINARY_WORDS = (
  // Ordinals, capitalised before an office ("la Première ministre"), and the State ("le chef de l'État").
  'premier première deuxième troisième quatrième cinquième dernier dernière primer primera primero segunda tercer tercera tercero último última état ' +
  // Nouns that begin French and Spanish headlines ("Incendie de Notre-Dame : …", "Elecciones en Chile: …").
  'incendie attentat attaque élections élection guerre grève manifestation manifestations séisme inondations crise procès réforme mort ' +
  'incendio atentado ataque elecciones elección guerra huelga protestas terremoto inundaciones crisis juicio reforma muerte'
).split(' ');

type CompromiseLexicon = Record<string, string | string[]>;

let cached: Lexicon | undefined;

export function getLexicon(): Lexicon {
  if (cached) return cached;
  const lex = (nlp as unknown as { model(): { one: { lexicon: CompromiseLexicon } } }).model().one.lexicon;
  const firstNames = new Set<string>([...ROMANCE_GIVEN_NAMES, ...ENGLISH_GIVEN_NAMES_ALSO_WORDS, ...WORLD_GIVEN_NAMES].map((n) => fold(n)));
  const lastNames = new Set<string>();
  const demonyms = new Set<string>([...DEMONYM_EXTRA, ...LANGUAGE_NAMES].map((d) => fold(d)));
  const extraNames: Array<readonly [string, 'PERSON' | 'ORGANIZATION' | 'LOCATION']> = [];
  const tags = enLexicon as Record<string, string>;
  const common = (w: string): boolean => {
    const tag = Object.prototype.hasOwnProperty.call(tags, w) ? tags[w] : undefined;
    return typeof tag === 'string' && !tag.startsWith('NNP');
  };
  for (const [word, tagValue] of Object.entries(lex)) {
    const tags = Array.isArray(tagValue) ? tagValue : [tagValue];
    const tag = tags[0];
    if (tag === 'FemaleName' || tag === 'MaleName' || tag === 'FirstName') firstNames.add(fold(word));
    else if (tag === 'LastName') lastNames.add(fold(word));
    else if (tag === 'Demonym') {
      demonyms.add(fold(word));
    } else if (tag === 'Country' || tag === 'City' || tag === 'Region') {
      // Skip ambiguous one-word places that are ordinary English words ("nice", "reading").
      if (!word.includes(' ') && common(word)) continue;
      extraNames.push([titleCase(word), 'LOCATION']);
    } else if (tag === 'Organization' || tag === 'SportsTeam') {
      if (!word.includes(' ') && common(word)) continue;
      extraNames.push([titleCase(word), 'ORGANIZATION']);
    } else if (tag === 'Person' && word.includes(' ')) {
      extraNames.push([titleCase(word), 'PERSON']);
    }
  }
  // Folded like the words looked up in it: "Según", "Très" and "Sí" are found.
  const romance = new Set([...ROMANCE_FUNCTION_WORDS, ...ROMANCE_ORDINARY_WORDS].map(fold));
  const functionWords = new Set(ROMANCE_FUNCTION_WORDS);
  cached = {
    isCommon(word) {
      const lower = word.toLowerCase();
      return common(lower) || romance.has(fold(word));
    },
    isRomanceFunctionWord: (word) => functionWords.has(word.toLowerCase()),
    isFirstName: (word) => firstNames.has(fold(word)),
    isDemonym(word) {
      const f = fold(word);
      if (demonyms.has(f)) return true;
      // Plurals: "Mexicans", "Hondurans", "Sudanese" (already), "Britons".
      return f.endsWith('s') && demonyms.has(f.slice(0, -1));
    },
    isNounLike(word) {
      const tag = (enLexicon as Record<string, string>)[word.toLowerCase()];
      return tag === undefined ? /^\p{Ll}+$/u.test(word) : tag.startsWith('NN');
    },
    isVerb(word) {
      const tag = (enLexicon as Record<string, string>)[word.toLowerCase()];
      const tags = typeof tag === 'string' ? tag.split('|') : [];
      return tags.some((t) => t.startsWith('VB')) && /^(?:VB|NN)/.test(tags[0] ?? '');
    },
    isLastName: (word) => lastNames.has(fold(word)),
    isProper(word) {
      const tag = (enLexicon as Record<string, string>)[word];
      return typeof tag === 'string' && tag.startsWith('NNP');
    },
    extraNames,
  };
  return cached;
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
