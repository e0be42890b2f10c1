import { ROMANCE_GIVEN_NAMES, WORLD_GIVEN_NAMES } from './data/given-names';
import { getLexicon } from './lexicon';

describe('getLexicon: given names', () => {
  it('knows common French, Spanish, Portuguese and Italian given names, with or without their accents', () => {
    const lex = getLexicon();
    for (const name of ['Aurélien', 'AURELIEN', 'Thibault', 'Joaquín', 'Joaquin', 'Guadalupe', 'Itziar', 'Gonçalo', 'Ludovica', 'Jean-Pierre']) {
      expect([name, lex.isFirstName(name)]).toEqual([name, true]);
    }
  });

  it('makes no ordinary English word and no place that is more often a place a given name', () => {
    const lex = getLexicon();
    for (const word of ['Paris', 'Florence', 'Victoria', 'Lourdes', 'Mercedes', 'Pilar', 'Marine', 'Jade', 'Santiago', 'Virginie', 'Père']) {
      expect([word, lex.isFirstName(word)]).toEqual([word, false]);
    }
    expect(ROMANCE_GIVEN_NAMES.filter((name) => lex.isCommon(name))).toEqual([]);
    expect(WORLD_GIVEN_NAMES.filter((name) => lex.isCommon(name))).toEqual([]);
  });

  it('knows given names of international news', () => {
    const lex = getLexicon();
    for (const name of ['Nawaz', 'Imran', 'Narendra', 'Abiy', 'Uhuru', 'Naftali', 'Shinzo', 'Oleksiy']) {
      expect([name, lex.isFirstName(name)]).toEqual([name, true]);
    }
  });
});
