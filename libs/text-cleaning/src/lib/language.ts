/**
 * Language identification for en, es, fr, de, pt, it (else `und`), by a stopword scorer with a
 * few character cues. Function words are the most frequent tokens of any text and differ between
 * these languages; a word shared by several languages ("de", "la", "que") is weighted 1/n so it
 * counts little. Deterministic and dependency-free; good on a sentence or more, `und` below that.
 */

export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type Language = (typeof LANGUAGES)[number] | 'und';

const STOPWORDS: Record<(typeof LANGUAGES)[number], string> = {
  en:
    'the and of to is in that it was for on with as his her they be at by this have from are has will said were ' +
    'which their been who after would not but an its he she we our you your what when than about more into over a i my me ' +
    'these there just how all can do',
  es:
    'el la los las de que y en un una por con para del al es se su lo como más pero sus le ya fue este ha porque ' +
    'esta son entre cuando muy sin sobre también hasta hay donde desde todo nos durante contra ese eso ante ' +
    'a o ellos esto antes algunos qué unos otro otras otra él tanto esa estos mucho quienes nada muchos cual según',
  fr:
    'le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette ces il elle ils sont ' +
    'a à ont été par plus ne se son sa ses mais nous vous leur leurs été où après avant selon très aussi déjà être',
  de:
    'der die das und ist nicht ein eine einen dem den des mit von zu für auf im auch sich es sie er wir ihr ' +
    'hat haben wird werden war wurde bei nach aus über noch nur wie oder aber vor zum zur dass sind am diese',
  pt:
    'o a os as de do da dos das que e em um uma para com não por mais no na nos nas ao aos foi são pelo pela ' +
    'seu sua seus suas também como mas ele ela isso este esta está já entre após sobre até quando ser tem',
  it:
    'il lo la i gli le di del della dei degli delle che e è un una per con non sono nel nella al alla da ' +
    'a anche come ma più si ha hanno questo questa suo sua dopo tra fra essere stato stata ancora già secondo',
};

const WEIGHTS = new Map<string, Map<string, number>>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const word of new Set(words.split(' '))) {
    if (!WEIGHTS.has(word)) WEIGHTS.set(word, new Map());
    WEIGHTS.get(word)!.set(lang, 1);
  }
}
for (const langs of WEIGHTS.values()) for (const lang of langs.keys()) langs.set(lang, 1 / langs.size);

/** Characters nearly unique to one or two of the languages; each occurrence adds a small score. */
const CHAR_CUES: Array<[string, Partial<Record<(typeof LANGUAGES)[number], number>>]> = [
  ['ñ¿¡', { es: 0.5 }],
  ['ãõ', { pt: 0.5 }],
  ['ç', { fr: 0.2, pt: 0.2 }],
  ['ßäöü', { de: 0.4 }],
  ['èùâêîôûœ', { fr: 0.25, it: 0.1 }],
];
/** Each cue character and the weights it adds, for one scan of the text. */
const CUE_OF = new Map<string, Partial<Record<(typeof LANGUAGES)[number], number>>>();
for (const [chars, cue] of CHAR_CUES) for (const ch of chars) CUE_OF.set(ch, cue);
const CUE_CHARS = new RegExp(`[${[...CUE_OF.keys()].join('')}]`, 'g');

const MIN_SCORE = 2;
/** Only the first 20,000 characters are read: plenty to decide, and bounded time on big inputs. */
const MAX_CHARS = 20_000;
/** The winner must beat the runner-up by this factor. */
const MIN_MARGIN = 1.3;

export function detectLanguage(text: string): Language {
  const scores: Record<string, number> = { en: 0, es: 0, fr: 0, de: 0, pt: 0, it: 0 };
  // URLs, e-mail addresses, tags and handles are not language ("smarturl.it", "…/o/…"). Token
  // filtering rather than one regex keeps this linear on long runs without spaces.
  const lower = text
    .slice(0, MAX_CHARS)
    .toLowerCase()
    .split(/\s+/)
    .filter((token) => !(token.includes('://') || token.startsWith('www.') || token.includes('@') || token.startsWith('#')))
    .join(' ');
  for (const token of lower.match(/[\p{L}']+/gu) ?? []) {
    const weights = WEIGHTS.get(token.startsWith("'") || token.endsWith("'") ? token.replace(/^'+|'+$/g, '') : token);
    if (weights) for (const [lang, weight] of weights) scores[lang] += weight;
  }
  for (const ch of lower.match(CUE_CHARS) ?? []) {
    for (const [lang, weight] of Object.entries(CUE_OF.get(ch) ?? {})) scores[lang] += weight;
  }
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = ranked;
  if (best[1] < MIN_SCORE || best[1] < second[1] * MIN_MARGIN) return 'und';
  return best[0] as Language;
}
