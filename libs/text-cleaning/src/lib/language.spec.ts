import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The Senate voted on Thursday to confirm the judge, with three Republicans joining every Democrat in support of the nomination.'],
    ['es', 'El economista Javier Milei ganó este domingo la segunda vuelta de las elecciones presidenciales en Argentina con el 56% de los votos.'],
    ['fr', 'Le président a déclaré que les Jeux étaient ouverts, après une cérémonie sur la Seine malgré la pluie qui est tombée sur Paris.'],
    ['de', 'Der Bundeskanzler hat im Bundestag angekündigt, dass die Bundeswehr mit einem Sondervermögen ausgestattet wird und die Ausgaben steigen.'],
    ['pt', 'O presidente disse que não vai aceitar o resultado das eleições e que a decisão foi tomada pelo tribunal na semana passada.'],
    ['it', 'Il governo ha approvato la legge di bilancio dopo una lunga discussione in Parlamento, e il presidente del Consiglio è soddisfatto.'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says und for too little text, other scripts and bare links', () => {
    expect(detectLanguage('OK')).toBe('und');
    expect(detectLanguage('曹先生在点评川普亚洲之行基础上比较了')).toBe('und');
    expect(detectLanguage('https://smarturl.it/a/o/do https://x.com/de/la')).toBe('und');
  });
});
