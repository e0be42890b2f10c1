import { extractEntities } from './extract';
import type { EntityMention } from '@vidx/contracts';

const body = (text: string, publishedAt = '2021-06-08', language?: string): EntityMention[] =>
  extractEntities({ title: '', body: text, publishedAt, language });
const pick = (mentions: EntityMention[], type: string): Array<[string, string]> =>
  mentions.filter((m) => m.type === type).map((m) => [m.text, m.canonical]);
/** The people, organisations and places among the mentions. */
const namesIn = (mentions: EntityMention[]): EntityMention[] => mentions.filter((m) => ['PERSON', 'ORGANIZATION', 'LOCATION'].includes(m.type));
/** The names as "TYPE:text". */
const typedNames = (mentions: EntityMention[]): string[] => namesIn(mentions).map((x) => `${x.type}:${x.text}`);

describe('extractEntities: spans', () => {
  it('keeps titles out of names', () => {
    const m = body('Vice President Kamala Harris met President Joe Biden and Prime Minister Narendra Modi.');
    expect(pick(m, 'PERSON').map(([t]) => t)).toEqual(['Kamala Harris', 'Joe Biden', 'Narendra Modi']);
  });

  it('keeps two particles in a row inside a name, and links the surname that starts with them', () => {
    const m = body('Commission President Ursula von der Leyen met Rafael de la Fuente and Robin van den Berg. Von der Leyen spoke first.');
    expect(pick(m, 'PERSON')).toEqual([
      ['Ursula von der Leyen', 'Ursula von der Leyen'],
      ['Rafael de la Fuente', 'Rafael de la Fuente'],
      ['Robin van den Berg', 'Robin van den Berg'],
      ['Von der Leyen', 'Ursula von der Leyen'],
    ]);
    // Romance particle pairs only after a first name: an event or body keeps its parts apart.
    expect(pick(body('Leaders met at the Cumbre de la ASEAN in Jakarta.'), 'PERSON')).toEqual([]);
    // Ordinary lowercase words between names still split them.
    expect(pick(body('Biden met Macron of the French side.'), 'PERSON').map(([t]) => t)).toEqual(['Biden', 'Macron']);
  });

  it('splits an organisation before a title and drops offices', () => {
    const m = body("Fed Chair Jerome Powell spoke. Marcelo Ebrard, Mexico's Secretary of Foreign Relations, agreed.");
    expect(pick(m, 'ORGANIZATION').map(([t]) => t)).toEqual(['Fed']);
    expect(pick(m, 'PERSON').map(([t]) => t)).toEqual(['Jerome Powell', 'Marcelo Ebrard']);
    expect(m.some((e) => e.text.includes('Foreign Relations'))).toBe(false);
  });

  it('strips possessives and keeps weekdays out of names', () => {
    const m = body("Harris arrived at Mexico's National Palace Tuesday. The meeting follows Harris' Monday visit.");
    expect(pick(m, 'LOCATION')).toEqual([
      ['Mexico', 'Mexico'],
      ['National Palace', 'National Palace'],
    ]);
    expect(m.filter((e) => e.type === 'DATE').map((e) => e.text)).toEqual(['Tuesday', 'Monday']);
    expect(m.filter((e) => e.text === 'Harris')).toHaveLength(2);
  });

  it('keeps multi-word organisations whole and splits coordinations', () => {
    const m = body('Data from U.S. Customs and Border Protection covered Guatemala, El Salvador and Honduras.');
    expect(pick(m, 'ORGANIZATION').map(([t]) => t)).toEqual(['U.S. Customs and Border Protection']);
    expect(pick(m, 'LOCATION').map(([t]) => t)).toEqual(['Guatemala', 'El Salvador', 'Honduras']);
  });

  it('does not truncate long names nor keep fragments', () => {
    const m = body("Mexico's President, Andrés Manuel López Obrador, spoke about the spike in migration.");
    expect(pick(m, 'PERSON').map(([t]) => t)).toEqual(['Andrés Manuel López Obrador']);
    expect(m.some((e) => /spike|Palace Tuesday/.test(e.text))).toBe(false);
  });

  it('recognises organisations by suffix, cue and plural head', () => {
    const m = body('Salvage crews from the Dutch firm Smit Salvage and the White Helmets helped the Suez Canal Authority.');
    expect(pick(m, 'ORGANIZATION').map(([t]) => t)).toEqual(['Smit Salvage', 'White Helmets', 'Suez Canal Authority']);
  });

  it('drops sentence-initial ordinary words, demonyms and plural acronyms', () => {
    const m = body('Rescue teams arrived. Mexicans and Republicans argued about ETFs. Illegal crossings rose.');
    expect(m).toEqual([]);
  });

  it('drops single letters, the pronoun I and ordinary words in capitals, keeping real acronyms', () => {
    const m = body("Plan B failed, I'm told by the FBI. Officials said MORE would come, and the NTSB shared the IMAGES.");
    expect(pick(m, 'ORGANIZATION').map(([t]) => t)).toEqual(['FBI', 'NTSB']);
    expect(m.filter((x) => x.type !== 'ORGANIZATION')).toEqual([]);
  });

  it('drops a shouted noun of three letters the text also writes in lower case or beside a shouted word', () => {
    const m = body('She said it would be FUN to try, and it was fun. Agents from ICE came as the ice melted. Contact ICE agents now.');
    expect(typedNames(m)).toEqual(['ORGANIZATION:ICE', 'ORGANIZATION:ICE']);
    expect(namesIn(body('It was a GREAT, FUN day. We watched NBC, FOX and CBS.')).map((x) => x.text)).toEqual(['NBC', 'FOX', 'CBS']);
  });

  it('drops a shouted noun of three letters after "a" or "an", keeping acronyms there', () => {
    const m = body('I bought a LOT of games. He is a FAN of hers. An FBI agent and a CAT excavator came, with a BBC crew.');
    expect(namesIn(m).map((x) => x.text)).toEqual(['FBI', 'CAT', 'BBC']);
    // Spanish "a" is "to": "viajó a PAZ" is no article.
    expect(namesIn(body('La delegación viajó a PAZ para la cumbre.', undefined, 'es')).map((x) => x.text)).toEqual(['PAZ']);
  });

  it('reads an institution named with "for", "on" or "to" after its head as one organisation', () => {
    const m = body(
      'Analysts at the Council on Foreign Relations and the Institute for Strategic Dialogue disagreed. The Committee to Protect Journalists ' +
        'and the Brennan Center for Justice objected. The National Institute for Health and Care Excellence approved it. ' +
        'The charity Campaign to End Loneliness and the Campaign for Nuclear Disarmament marched.',
    );
    expect(typedNames(m)).toEqual([
      'ORGANIZATION:Council on Foreign Relations',
      'ORGANIZATION:Institute for Strategic Dialogue',
      'ORGANIZATION:Committee to Protect Journalists',
      'ORGANIZATION:Brennan Center for Justice',
      'ORGANIZATION:National Institute for Health and Care Excellence',
      'ORGANIZATION:Campaign to End Loneliness',
      'ORGANIZATION:Campaign for Nuclear Disarmament',
    ]);
    // Not a date, a place or a person after the head: "the Council on Monday", "the Court to Texas".
    const n = body('The Security Council on Monday sent its envoy. The Supreme Court to Texas lawmakers: no. The Board for Maria Lopez voted.');
    const found = typedNames(n);
    expect(found.slice(0, 3)).toEqual(['ORGANIZATION:Security Council', 'ORGANIZATION:Supreme Court', 'LOCATION:Texas']);
    expect(found.filter((x) => x.includes('Maria'))).not.toContain('ORGANIZATION:Board for Maria Lopez');
  });

  it('reads "of the" after an institution’s head as part of its name, not after other words nor before a person’s name', () => {
    const m = body(
      'The Court of Justice of the European Union ruled against Google. The Council of the European Union approved the budget, ' +
        'and the University of the West Indies hosted the Department of the Interior.',
    );
    expect(typedNames(m)).toEqual([
      'ORGANIZATION:Court of Justice of the European Union',
      'ORGANIZATION:Google',
      'ORGANIZATION:Council of the European Union',
      'ORGANIZATION:University of the West Indies',
      'ORGANIZATION:Department of the Interior',
    ]);
    const n = body('He is the head of the Central Intelligence Agency and the chairman of the Federal Reserve. The Court of the Obama years was different.');
    const found = typedNames(n);
    expect(found.slice(0, 2)).toEqual(['ORGANIZATION:Central Intelligence Agency', 'ORGANIZATION:Federal Reserve']);
    expect(found).not.toContain('ORGANIZATION:Court of the Obama');
  });

  it('reads a US state and "State" alone as a university, except Washington\'s and New York\'s', () => {
    const m = body('Ohio State beat Michigan State, and Washington State sued. The Ohio State Highway Patrol closed the road.');
    expect(typedNames(m)).toEqual(['ORGANIZATION:Ohio State', 'ORGANIZATION:Michigan State', 'LOCATION:Washington State', 'ORGANIZATION:Ohio State Highway Patrol']);
  });

  it('reads a US state and "Tech" as a university, not the state', () => {
    const m = body('Students at Georgia Tech protested. Virginia Tech and Texas Tech will meet in Florida. Regulators are taking on Big Tech.');
    expect(typedNames(m)).toEqual([
      'ORGANIZATION:Georgia Tech',
      'ORGANIZATION:Virginia Tech',
      'ORGANIZATION:Texas Tech',
      'LOCATION:Florida',
    ]);
  });

  it('keeps a word written as brands are whole, and takes no person\'s type for it from an appositive', () => {
    const m = body('A co-founder of DeepMind, Mustafa Suleyman, joined Microsoft. Investors in OpenAI and SiriusXM sold shares.');
    expect(typedNames(m)).toEqual(['ORGANIZATION:DeepMind', 'PERSON:Mustafa Suleyman', 'ORGANIZATION:Microsoft', 'ORGANIZATION:OpenAI', 'ORGANIZATION:SiriusXM']);
    // In a list of names it is a person's handle.
    expect(typedNames(body('Thanks to Ana Lopez, KoolGamer and Lee Chen for their support.'))).toEqual(['PERSON:Ana Lopez', 'PERSON:KoolGamer', 'PERSON:Lee Chen']);
  });

  it('keeps the capitals the text writes inside a name in its canonical form', () => {
    const m = body('Shares of PayPal fell as LeBron James watched. LEBRON JAMES scored. Police in Malmö said.');
    expect(namesIn(m).map((x) => x.canonical)).toEqual(['PayPal', 'LeBron James', 'LeBron James', 'Malmö']);
  });

  it('reads an unknown name after "to" as a place after a word of going or after "from" and a name', () => {
    const m = body('Thousands fled to Kherson after the dam burst. The storm moved from Galveston to Beaumont, then north to Jacksonville. He wrote to Kuzmenko.');
    expect(pick(m, 'LOCATION').map(([t]) => t)).toEqual(['Kherson', 'Galveston', 'Beaumont', 'Jacksonville']);
    expect(pick(m, 'LOCATION').map(([t]) => t)).not.toContain('Kuzmenko');
  });

  it('reads places joined by "and" as two places, and a place before an institution\'s words as one organisation', () => {
    const m = body('Officials in Dallas and Fort Worth issued warnings about Florida Power and Light. Lagos State and Kano State voted.');
    expect(typedNames(m)).toEqual(['LOCATION:Dallas', 'LOCATION:Fort Worth', 'ORGANIZATION:Florida Power and Light', 'LOCATION:Lagos State', 'LOCATION:Kano State']);
    expect(typedNames(body('Fans queued outside Madison Square Garden.'))).toEqual(['LOCATION:Madison Square Garden']);
  });

  it('reads a known institution, then "of" and a place, or its own body, as one organisation', () => {
    const m = body('The Supreme Court of Pakistan and the Parliament of Canada ruled. She testified before the Senate Committee on the Judiciary.');
    expect(typedNames(m)).toEqual(['ORGANIZATION:Supreme Court of Pakistan', 'ORGANIZATION:Parliament of Canada', 'ORGANIZATION:Senate Committee on the Judiciary']);
    expect(typedNames(body('Researchers at Argonne National Laboratory built it.'))).toEqual(['ORGANIZATION:Argonne National Laboratory']);
    expect(typedNames(body('The Intergovernmental Panel on Climate Change warned. The James Webb Space Telescope saw it.'))).toEqual([
      'ORGANIZATION:Intergovernmental Panel on Climate Change',
      'LOCATION:James Webb Space Telescope',
    ]);
  });

  it('reads the name after an occupation that starts a sentence, or after one before a title word, as a person', () => {
    const m = body('Striker Erling Haaland scored twice. Midfielder Declan Rice did not. The singer Victoria Justice arrived.');
    expect(typedNames(m)).toEqual(['PERSON:Erling Haaland', 'PERSON:Declan Rice', 'PERSON:Victoria Justice']);
  });

  it('keeps a county or city before an office ("Harris County Judge"), an East Asian name after "from", and a people\'s party whole', () => {
    const m = body(
      'Harris County Judge Lina Hidalgo and Dallas County Sheriff Marian Brown spoke. Lawrence Wong took over from Lee Hsien Loong. The People\'s Action Party and the People\'s Liberation Army, as the shipping journal Lloyd\'s List said.',
    );
    expect(typedNames(m)).toEqual([
      'LOCATION:Harris County',
      'PERSON:Lina Hidalgo',
      'LOCATION:Dallas County',
      'PERSON:Marian Brown',
      'PERSON:Lawrence Wong',
      'PERSON:Lee Hsien Loong',
      "ORGANIZATION:People's Action Party",
      "ORGANIZATION:People's Liberation Army",
      "ORGANIZATION:Lloyd's List",
    ]);
    expect(pick(body("The people's anger grew in Lee Valley."), 'LOCATION')).toEqual([['Lee Valley', 'Lee Valley']]);
  });

  it('reads an unknown full name "of" a state as a person and the state', () => {
    const m = body('Senators Rob Portman of Ohio and Kyrsten Sinema of Arizona voted yes, as did the Bank of America.');
    expect(typedNames(m)).toEqual(['PERSON:Rob Portman', 'LOCATION:Ohio', 'PERSON:Kyrsten Sinema', 'LOCATION:Arizona', 'ORGANIZATION:Bank of America']);
  });

  it('knows towns that are words, a town before an organisation\'s words at a sentence\'s start, and newspapers by their word', () => {
    const m = body('A student from Oxford was arrested in Hull. Oxford University Press said Süddeutsche Zeitung and the Deccan Herald had it. The ship\'s hull cracked.');
    expect(typedNames(m)).toEqual([
      'LOCATION:Oxford',
      'LOCATION:Hull',
      'ORGANIZATION:Oxford University Press',
      'ORGANIZATION:Süddeutsche Zeitung',
      'ORGANIZATION:Deccan Herald',
    ]);
  });

  it('keeps a place\'s first word at a sentence\'s start, reads an administrator as a title and a visit "to" as a place', () => {
    const m = body('Fort Myers Beach flooded. FEMA Administrator Deanne Criswell came. He paid a visit to Sukkur. Floods hit Balochistan, Khyber Pakhtunkhwa and Sindh.');
    expect(typedNames(m)).toEqual([
      'LOCATION:Fort Myers Beach',
      'ORGANIZATION:FEMA',
      'PERSON:Deanne Criswell',
      'LOCATION:Sukkur',
      'LOCATION:Balochistan',
      'LOCATION:Khyber Pakhtunkhwa',
      'LOCATION:Sindh',
    ]);
  });

  it('knows airlines named after their country', () => {
    expect(typedNames(body('Air Canada and WestJet added flights; Air New Zealand did not.'))).toEqual([
      'ORGANIZATION:Air Canada',
      'ORGANIZATION:WestJet',
      'ORGANIZATION:Air New Zealand',
    ]);
  });

  it('splits two names that end in the same organisation\'s word, types a workplace after "economists at" and a people after "ethnic"', () => {
    const m = body(
      'The collapse of Silicon Valley Bank and Signature Bank, then of Zorvan Bank and Kelvar Bank, hurt lenders. Economists at Westpac and analysts at Capital Zorvanomics expect a cut. Head coach Gerardo Martino praised ethnic Masalit leaders.',
    );
    expect(typedNames(m)).toEqual([
      'ORGANIZATION:Silicon Valley Bank',
      'ORGANIZATION:Signature Bank',
      'ORGANIZATION:Zorvan Bank',
      'ORGANIZATION:Kelvar Bank',
      'ORGANIZATION:Westpac',
      'ORGANIZATION:Capital Zorvanomics',
      'PERSON:Gerardo Martino',
    ]);
    // Not one name and "and" a word: "Competition and Markets Authority", "Florida Power and Light".
    expect(typedNames(body('The Competition and Markets Authority fined Florida Power and Light.'))).toEqual([
      'ORGANIZATION:Competition and Markets Authority',
      'ORGANIZATION:Florida Power and Light',
    ]);
  });

  it('knows the world\'s leaders by their surnames alone, and a surname two of them share as nobody\'s in particular', () => {
    const m = body('Treasurer Jim Chalmers said the Albanese government would act. Lavrov met Orban. Clinton spoke.', '2024-06-18');
    expect(namesIn(m).map((x) => `${x.type}:${x.text}=${x.canonical}`)).toEqual([
      'PERSON:Jim Chalmers=Jim Chalmers',
      'PERSON:Albanese=Anthony Albanese',
      'PERSON:Lavrov=Sergei Lavrov',
      'PERSON:Orban=Viktor Orbán',
      'PERSON:Clinton=Clinton',
    ]);
  });

  it('reads no lawmaker\'s party and state as a name, and an MP\'s title as no part of one', () => {
    const m = body('Sen. Ted Cruz, R-Texas, and Rep. Jim Costa (D-Calif.) met Labour MP Diane Abbott.');
    expect(typedNames(m)).toEqual(['PERSON:Ted Cruz', 'PERSON:Jim Costa', 'ORGANIZATION:Labour', 'PERSON:Diane Abbott']);
  });

  it('ends an institution\'s name before "on" and a known name ("NBC News on Instagram")', () => {
    const m = body('Follow NBC News on Instagram. The Council on Foreign Relations and the Commission on Civil Rights met.');
    expect(typedNames(m)).toEqual(['ORGANIZATION:NBC News', 'ORGANIZATION:Instagram', 'ORGANIZATION:Council on Foreign Relations', 'ORGANIZATION:Commission on Civil Rights']);
  });

  it('reads an English given name that is also a word as a given name, not a word before a known surname', () => {
    const m = body('Hunter Biden was convicted. Frank Pinello and Tucker Carlson spoke to Joe Biden.');
    expect(namesIn(m).map((x) => `${x.type}:${x.canonical}`)).toEqual(['PERSON:Hunter Biden', 'PERSON:Frank Pinello', 'PERSON:Tucker Carlson', 'PERSON:Joe Biden']);
  });

  it('reads "Gene" and "Guy" as given names, and a town only the broader lexicon knows as a given name before an unknown word', () => {
    const m = body('Gene Simmons has a message for women. Guy Fieri opened a restaurant. Vaughn Hillyard joins the discussion.');
    expect(typedNames(m)).toEqual(['PERSON:Gene Simmons', 'PERSON:Guy Fieri', 'PERSON:Vaughn Hillyard']);
  });

  it('finds a known name that starts with an ordinary word or a lower-case particle at the start of a sentence', () => {
    const m = body('Save the Children and Oxfam warned of famine. Militants from al-Shabaab attacked a base.');
    expect(typedNames(m)).toEqual(['ORGANIZATION:Save the Children', 'ORGANIZATION:Oxfam', 'ORGANIZATION:al-Shabaab']);
  });

  it('reads a country that is a given name before an unknown word as a person, and a full name "for" a known organisation as two', () => {
    const m = body('Kenya Barris created the series. Produced by Omar Haddad for CNN in Jordan Valley.');
    expect(typedNames(m)).toEqual(['PERSON:Kenya Barris', 'PERSON:Omar Haddad', 'ORGANIZATION:CNN', 'LOCATION:Jordan Valley']);
    // An institution "for" something stays one name.
    expect(typedNames(body('The Institute for Fiscal Studies warned.'))).toEqual(['ORGANIZATION:Institute for Fiscal Studies']);
  });

  it('reads a lone word before a team\'s or company\'s role and its holder\'s name as an organisation, also a given name', () => {
    const m = body('Chelsea manager Mauricio Pochettino praised Veltrix CEO Sam Ortiz.');
    expect(typedNames(m)).toEqual(['ORGANIZATION:Chelsea', 'PERSON:Mauricio Pochettino', 'ORGANIZATION:Veltrix', 'PERSON:Sam Ortiz']);
    expect(typedNames(body('Chelsea Clinton spoke to the manager.'))).toEqual(['PERSON:Chelsea Clinton']);
  });

  it('goes on with a name after "for" only from an ordinary noun or people, and reads people "for" a cause as a group', () => {
    const m = body('Max Verstappen won at Zandvoort for Red Bull. Students for Fair Admissions sued. Moms for Liberty met.');
    expect(typedNames(m)).toEqual(['PERSON:Max Verstappen', 'LOCATION:Zandvoort', 'ORGANIZATION:Red Bull', 'ORGANIZATION:Students for Fair Admissions', 'ORGANIZATION:Moms for Liberty']);
    expect(typedNames(body('Thanks for Watching!'))).toEqual([]);
    expect(typedNames(body('BTS member Jungkook enlisted.'))).toEqual(['ORGANIZATION:BTS', 'PERSON:Jungkook']);
  });

  it('reads a given name, a nickname in quotes and a surname as one person, the nickname as their alias', () => {
    const m = body('Mike "The Situation" Sorrentino left. Later The Situation returned. Dwayne “The Rock” Johnson starred.');
    expect(namesIn(m).map((x) => `${x.text}→${x.canonical}`)).toEqual([
      'Mike "The Situation" Sorrentino→Mike Sorrentino',
      'The Situation→Mike Sorrentino',
      'The Situation→Mike Sorrentino',
      'Dwayne “The Rock” Johnson→Dwayne Johnson',
      'The Rock→Dwayne Johnson',
    ]);
  });

  it('reads an unknown name after "visited" or "toured" as a place, not a given name or a surname', () => {
    const m = body('The president visited Tapachula on Monday and toured Ocosingo. Later she visited Maria and visited Kuzmenko.');
    expect(pick(m, 'LOCATION').map(([t]) => t)).toEqual(['Tapachula', 'Ocosingo']);
    expect(pick(m, 'ORGANIZATION').map(([t]) => t)).not.toContain('Tapachula');
  });

  it('links a lone given name to the person of the document who has it, and drops it otherwise', () => {
    const m = body('Joe Biden spoke on Monday. Later, aides said Joe had rested. Critics asked whether Andrew agreed.');
    expect(pick(m, 'PERSON')).toEqual([
      ['Joe Biden', 'Joe Biden'],
      ['Joe', 'Joe Biden'],
    ]);
    expect(m.filter((x) => x.type === 'ORGANIZATION')).toEqual([]);
    // A given name after a place preposition is still a place.
    expect(pick(body('Refugees arrived in Jordan and Lebanon.'), 'LOCATION').map(([t]) => t)).toEqual(['Jordan', 'Lebanon']);
  });

  it('splits a full name from the organisation it speaks for, not "Joan of Arc" nor an institution', () => {
    const m = body('We spoke to Ethan Kath of Crystal Castles and Sinem Koseoglu of Al Jazeera. Joan of Arc was a saint.');
    expect(pick(m, 'PERSON').map(([t]) => t)).toEqual(['Ethan Kath', 'Sinem Koseoglu', 'Joan of Arc']);
    expect(pick(m, 'ORGANIZATION').map(([t]) => t)).toEqual(['Crystal Castles', 'Al Jazeera']);
    expect(pick(body('The Massachusetts Institute of Technology agreed.'), 'ORGANIZATION').map(([t]) => t)).toEqual(['Massachusetts Institute of Technology']);
  });

  it('reads a given name and a place-like surname as a person, unless a place preposition precedes', () => {
    const m = body("Police will update the Courtney Lake case. Lisa Lake, Courtney's mother, will speak. They camped near Emily Lake.");
    expect(pick(m, 'PERSON').map(([t]) => t)).toEqual(['Courtney Lake', 'Lisa Lake', 'Courtney']);
    expect(pick(m, 'LOCATION').map(([t]) => t)).toEqual(['Emily Lake']);
    const bay = body('The film is directed by Michael Bay. They sailed across Byron Bay, then met Grace Park.');
    expect(pick(bay, 'PERSON').map(([t]) => t)).toEqual(['Michael Bay', 'Grace Park']);
    // A given name alone is no place after a preposition either.
    expect(pick(body('Merci à Audrey pour son aide.', undefined, 'fr'), 'LOCATION')).toEqual([]);
  });

  it('reads French, Spanish, Portuguese and Italian given names as given names', () => {
    // Not places after "à" or "a", nor organisations in a list.
    expect(namesIn(body('Bravo à Aurélien et merci à Thibault pour leur travail.', undefined, 'fr'))).toEqual([]);
    expect(namesIn(body('Le maire a reçu Ségolène et Clémence à la mairie de Lyon.', undefined, 'fr')).map((m) => `${m.type}:${m.text}`)).toEqual(['LOCATION:Lyon']);
    expect(namesIn(body('Gracias a Joaquín y a Itziar por su apoyo.', undefined, 'es'))).toEqual([]);
    // The subject of "said" is a person when a given name.
    expect(pick(body('On Monday, Thibault said the talks would resume.'), 'PERSON').map(([t]) => t)).toEqual(['Thibault']);
    // A lone given name is the person of the document who has it.
    const m = body('La entrevista con Gonçalo Ferreira salió el lunes. Según Gonçalo, la obra terminará en marzo.', undefined, 'es');
    expect(pick(m, 'PERSON')).toEqual([
      ['Gonçalo Ferreira', 'Gonçalo Ferreira'],
      ['Gonçalo', 'Gonçalo Ferreira'],
    ]);
  });

  it('gives a given name no place type from a place beside it that is a given name too', () => {
    expect(pick(body('The podcast is hosted by Tim and Chad every week.'), 'LOCATION').map(([t]) => t)).toEqual(['Chad']);
    expect(pick(body('Thanks to Chad, Tim and Rob for watching.'), 'LOCATION').map(([t]) => t)).toEqual(['Chad']);
    // Beside a place that is no given name, a list of places stays one.
    expect(pick(body('Snow fell in Saskatoon, Regina and Winnipeg.'), 'LOCATION').map(([t]) => t)).toEqual(['Saskatoon', 'Regina', 'Winnipeg']);
  });

  it('keeps a generation with its name, and reads a place after a person title as a surname', () => {
    const m = body('Messages between Donald Trump Jr. and Julian Assange leaked. Robert Downey Jr. starred.');
    expect(pick(m, 'PERSON').map(([t]) => t)).toEqual(['Donald Trump Jr.', 'Julian Assange', 'Robert Downey Jr.']);
    expect(m.filter((x) => x.type === 'ORGANIZATION')).toEqual([]);
    const titled = extractEntities({ title: 'Rep. Jordan Presses Attorney General On Counsel', body: 'Lawmakers questioned the attorney general.' });
    expect(pick(titled, 'PERSON').map(([t]) => t)).toEqual(['Jordan']);
    expect(pick(titled, 'LOCATION')).toEqual([]);
    // In a sentence too, and an ordinary word after an office only a person holds is a surname.
    const sentence = body('Rep. Jordan pressed Attorney General Sessions. A former Mrs. Canada met Dr. Oz.');
    expect(pick(sentence, 'PERSON').map(([t]) => t)).toEqual(['Jordan', 'Sessions', 'Dr. Oz']);
    expect(pick(sentence, 'LOCATION').map(([t]) => t)).toEqual(['Canada']);
    expect(pick(sentence, 'ORGANIZATION')).toEqual([]);
    // Any portfolio makes a minister's title, and an acronym beside a person is still no person.
    const office = body("Saudi Energy Minister Prince Abdulaziz bin Salman spoke in Vienna. Sudan's army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo met.");
    expect(pick(office, 'PERSON').map(([t]) => t)).toEqual(['Abdulaziz bin Salman', 'Abdel Fattah al-Burhan', 'Mohamed Hamdan Dagalo']);
    expect(pick(office, 'ORGANIZATION').map(([t]) => t)).toEqual(['RSF']);
  });

  it('reads institutions and bodies whole, and a capitalised noun before a surname as a given name', () => {
    const m = body(
      'Police arrested him near the University of Minnesota campus. The UN Security Council met, the Carter Center said. Songs by TikTok and Republic Records. Prosecutors said that Hunter Biden lied.',
    );
    expect(m.map((x) => [x.type, x.text])).toEqual([
      ['ORGANIZATION', 'University of Minnesota'],
      ['ORGANIZATION', 'UN Security Council'],
      ['ORGANIZATION', 'Carter Center'],
      ['ORGANIZATION', 'TikTok'],
      ['ORGANIZATION', 'Republic Records'],
      ['PERSON', 'Hunter Biden'],
    ]);
    // The body is an organisation of its own (curated), not the one that heads its name.
    expect(m[1].canonical).toBe('United Nations Security Council');
    // An institution at the start of a sentence, and a Dutch particle after a first name.
    expect(body('Bank of America and Wells Fargo fell. Manchester United sacked Erik ten Hag.').map((x) => [x.type, x.text])).toEqual([
      ['ORGANIZATION', 'Bank of America'],
      ['ORGANIZATION', 'Wells Fargo'],
      ['ORGANIZATION', 'Manchester United'],
      ['PERSON', 'Erik ten Hag'],
    ]);
    // An acronym before a noun is an organisation's unless it is an ordinary one; a possessor
    // beside a titled person is no person.
    expect(body('The toll rose, according to the AFAD disaster agency, as GDP figures fell.').map((x) => [x.type, x.text])).toEqual([
      ['ORGANIZATION', 'AFAD'],
    ]);
    expect(pick(body("Apple CEO Tim Cook and OpenAI's Sam Altman attended."), 'ORGANIZATION').map(([t]) => t)).toEqual(['Apple', 'OpenAI']);
    // An institution named by its head before "of".
    expect(body('Agents of the Federal Bureau of Investigation arrived. The Central Bank of Nigeria agreed.').map((x) => [x.type, x.text])).toEqual([
      ['ORGANIZATION', 'Federal Bureau of Investigation'],
      ['ORGANIZATION', 'Central Bank of Nigeria'],
    ]);
    // A place's name may begin with a noun before a surname.
    expect(body('Hurricane Ian made landfall near Fort Myers, Florida.').map((x) => [x.type, x.text])).toEqual([
      ['LOCATION', 'Fort Myers'],
      ['LOCATION', 'Florida'],
    ]);
  });

  it('finds in a Title Case title the names its body gives, ordinary words too', () => {
    const titled = (title: string, text: string) =>
      extractEntities({ title, body: text }).filter((m) => m.field === 'title').map((m) => [m.type, m.text, m.canonical]);
    expect(titled('Trump Found Guilty In Hush Money Trial', 'A Manhattan jury found Donald Trump guilty.')).toEqual([['PERSON', 'Trump', 'Donald Trump']]);
    expect(titled('Fed Holds Rates Steady', 'The Fed held rates.')).toEqual([['ORGANIZATION', 'Fed', 'Federal Reserve']]);
    // A single word the body had to type from evidence (a defined acronym) counts too.
    expect(titled('Sudan War: RSF Seizes Key City', 'The Rapid Support Forces (RSF) seized Wad Madani.')).toEqual([
      ['LOCATION', 'Sudan', 'Sudan'],
      ['ORGANIZATION', 'RSF', 'Rapid Support Forces'],
    ]);
    // Not a title word of someone's name, nor the surname of somebody the alias table does not know.
    expect(titled('King Charles Visits Canada', 'Author Stephen King met the monarch in Ottawa.')).toEqual([
      ['PERSON', 'King Charles', 'Charles III'],
      ['LOCATION', 'Canada', 'Canada'],
    ]);
    expect(titled('Swift Action Needed On Climate', 'Taylor Swift urged fans to vote.')).toEqual([]);
  });

  it('finds no name in a run that starts with the pronoun I', () => {
    expect(body('Jon Stewart: I Was Shocked At The Accusations').map((m) => m.text)).toEqual(['Jon Stewart']);
  });

  it('types unknown places by preposition and coordination', () => {
    const m = body('Destruction stretches from Kahramanmaraş and Hatay to the coast.');
    expect(pick(m, 'LOCATION').map(([t]) => t)).toEqual(['Kahramanmaraş', 'Hatay']);
  });

  it('ends a name at a line break, and lists no names across one', () => {
    const m = body('Head of Creative: Radikaa Sarathkumar\n\nStory: Radaan Mediaworks India Ltd,\nDirection: Selvi Ganesh\nHost: John Smith\nProducer: Mary Jones');
    expect(m.map((x) => [x.type, x.text])).toEqual([
      ['PERSON', 'Radikaa Sarathkumar'],
      ['ORGANIZATION', 'Radaan Mediaworks India Ltd'],
      ['PERSON', 'Selvi Ganesh'],
      ['PERSON', 'John Smith'],
      ['PERSON', 'Mary Jones'],
    ]);
    // A line break lost in scraping, the next line starting in capitals, is one too.
    expect(body('Footage: Associated PressWSJ\nProducer: Nathan LoveANIMATION').map((x) => [x.type, x.text])).toEqual([
      ['ORGANIZATION', 'Associated Press'],
      ['ORGANIZATION', 'WSJ'],
      ['PERSON', 'Nathan Love'],
    ]);
    // So is one before a credit's role or a link; other words in camel case stay whole.
    expect(body('Editor: Alex SedgwickAssistant Editor: Yosi Berman. Thanks to Michael Rusakovhttps://x.example').map((x) => [x.type, x.text])).toEqual([
      ['PERSON', 'Alex Sedgwick'],
      ['PERSON', 'Yosi Berman'],
      ['PERSON', 'Michael Rusakov'],
    ]);
    expect(pick(body('Producer: Andrew LeriosProduction Supervisor: Alex Randall'), 'PERSON').map(([t]) => t)).toEqual(['Andrew Lerios', 'Alex Randall']);
    expect(pick(body('Listen on SoundCloud and YouTube.'), 'ORGANIZATION').map(([t]) => t)).toEqual(['SoundCloud', 'YouTube']);
    // After a name, a surname glued to any capitalised common word ends there: the word opens the
    // next credit, and its further common words are part of that role, not a name.
    expect(pick(body('Lighting: Pedro Conti and Victor Hugo QueirozPipeline: Pedro ContiRender Farm: Karina Cunha'), 'PERSON').map(([t]) => t)).toEqual([
      'Pedro Conti',
      'Victor Hugo Queiroz',
      'Pedro Conti',
      'Karina Cunha',
    ]);
    expect(pick(body("Camera: Annie O'RourkeSupervising Producer: Joey ZehrKey Grip: Otis Mannick"), 'PERSON').map(([t]) => t)).toEqual([
      "Annie O'Rourke",
      'Joey Zehr',
      'Otis Mannick',
    ]);
    // The role ends at a given name, also one that is a word.
    expect(pick(body('Editor: Alex SedgwickAssistant Editor Grace Park'), 'PERSON').map(([t]) => t)).toEqual(['Alex Sedgwick', 'Grace Park']);
    // A brand whose first part is a common word, or that no name precedes, stays whole.
    expect(pick(body('Sony PlayStation fans, get CrunchyRoll.'), 'ORGANIZATION').map(([t]) => t)).toContain('CrunchyRoll');
    expect(body('Sony PlayStation fans.').map((x) => x.text)).toContain('PlayStation');
    // A name led by an acronym of three letters or more is no person's; initials are.
    expect(body('Derrick Lewis won at the UFC Apex centre in Las Vegas.').map((x) => [x.type, x.text])).toEqual([
      ['PERSON', 'Derrick Lewis'],
      ['ORGANIZATION', 'UFC Apex'],
      ['LOCATION', 'Las Vegas'],
    ]);
    expect(pick(body('Producer: AJ Tesler'), 'PERSON').map(([t]) => t)).toEqual(['AJ Tesler']);
    // So is a hyphenated acronym ("ABS-CBN"), but not a party and a state ("D-NY").
    expect(body('Watch ABS-CBN News, says Sen. Chuck Schumer (D-NY).').map((x) => [x.type, x.text])).toEqual([
      ['ORGANIZATION', 'ABS-CBN News'],
      ['PERSON', 'Chuck Schumer'],
    ]);
    expect(pick(body('A film by Wrigley Pictures. Executive producer: David Tuil (Or Films)'), 'ORGANIZATION').map(([t]) => t)).toEqual([
      'Wrigley Pictures',
      'Or Films',
    ]);
    // Connectors still join a name on one line.
    expect(pick(body('Rates were set by the Bank of England on Thursday.'), 'ORGANIZATION').map(([t]) => t)).toEqual(['Bank of England']);
  });

  it('leaves ordinary words in capitals out of names and finds the name beside them', () => {
    const m = body('FRIENDLY Alexandre Lacazette scored twice. Make sure to LIKE the video and SUBSCRIBE! This video is NOT sponsored. Shop our NEW collection.');
    expect(m.map((x) => [x.type, x.text])).toEqual([['PERSON', 'Alexandre Lacazette']]);
    // Acronyms and known names in capitals stay: "TV" is a noun of three letters or fewer, "NATO" is known.
    expect(pick(body('NATO ministers met in Brussels.'), 'ORGANIZATION').map(([t]) => t)).toEqual(['NATO']);
  });

  it('reads a Title Case sentence in the body like a Title Case title', () => {
    const m = body('Attorney General Jeff Sessions Does The Right Thing And Pushes Back. He spoke to reporters.');
    expect(m.map((x) => [x.type, x.text])).toEqual([['PERSON', 'Jeff Sessions']]);
    // A list of names, or a credit line, is no headline: its names are read as usual.
    const cast = body('Cast: Mikaal Zulfiqar, Ushna Shah, Kubra Khan, Naima Khan\nExecutive Producers: Sheryl B. Ramos, Christine Joy Laxamana');
    expect(pick(cast, 'PERSON').map(([t]) => t)).toEqual(['Mikaal Zulfiqar', 'Ushna Shah', 'Kubra Khan', 'Naima Khan', 'Sheryl B. Ramos', 'Christine Joy Laxamana']);
  });

  it('finds a given name and the word after it in Title Case text, but not a given name and a verb', () => {
    const titled = extractEntities({ title: 'Jason Momoa Made A Grave Mistake While Shooting In Cold Water', body: 'The actor talks to the host.' });
    expect(pick(titled, 'PERSON').map(([t]) => t)).toEqual(['Jason Momoa']);
    const verb = extractEntities({ title: 'Why Jeff Says The Rose Garden Is Closed', body: 'A story.' });
    expect(pick(verb, 'PERSON')).toEqual([]);
  });

  it('gives one name of several words one type in a document, as most of its mentions have it', () => {
    const m = body('Some fans quote lyrics from Zorblatt Quenby’s song. Zorblatt Quenby has not commented. Quenby wrote it in 2016, and Zorblatt performed it twice.');
    expect(new Set(m.filter((x) => x.canonical === 'Zorblatt Quenby').map((x) => x.type))).toEqual(new Set(['PERSON']));
  });

  it('reads a channel as an organisation even after a place preposition, and a known channel of water as a place', () => {
    const m = body('The series airs only on ARY Digital Official YouTube Channel. Migrants crossed the English Channel.');
    expect(m.map((x) => [x.type, x.text])).toEqual([
      ['ORGANIZATION', 'ARY Digital Official YouTube Channel'],
      ['LOCATION', 'English Channel'],
    ]);
  });

  it('reads a well-known surname after a title as the person, though it is also a word', () => {
    const m = body('The chiefs fired back at President Trump on Monday.');
    expect(m.filter((x) => x.type !== 'DATE').map((x) => [x.type, x.text, x.canonical])).toEqual([['PERSON', 'Trump', 'Donald Trump']]);
    // Also after a place preposition; a known place keeps its type.
    const titled = extractEntities({ title: 'Ex-intelligence chiefs fire back at Trump criticism', body: 'Protests in Jordan grew.' });
    expect(titled.map((x) => [x.type, x.canonical])).toEqual([['PERSON', 'Donald Trump'], ['LOCATION', 'Jordan']]);
  });

  it('gives capitalised ordinary words no type from a cue or from the names they are listed with', () => {
    const m = body('Starring Seemi Pasha, Kamran Jilani, Sadia Ghafar and Others. Watch the official Music Video now.');
    expect(m.map((x) => [x.type, x.text])).toEqual([
      ['PERSON', 'Seemi Pasha'],
      ['PERSON', 'Kamran Jilani'],
      ['PERSON', 'Sadia Ghafar'],
    ]);
    // A given name that is also a noun keeps the type of its list ("Mano" in a cast).
    expect(pick(body('Cast: Radikaa Sarthkumar, Venu Aravind, Ravikumar, Mano, Rajkumar.'), 'PERSON').map(([t]) => t)).toContain('Mano');
  });
  it('keeps contractions, languages, postal boxes, awards and ordinary abbreviations out of names', () => {
    const names = (text: string) => namesIn(body(text)).map((m) => `${m.type}:${m.text}`);
    expect(names('Hey guys, I’m Brandon Awadis and we haven’t Left Smosh. We’re Jake Paul fans.')).toEqual(['PERSON:Brandon Awadis', 'PERSON:Jake Paul']);
    expect(names('The serial airs in Tamil, Telugu, Malayalam and Kannada; a Hindi version follows in Tamil Nadu.')).toEqual(['LOCATION:Tamil Nadu']);
    expect(names('Send fan mail to PO Box 1234 or P.O. Box 99, Austin.')).toEqual(['LOCATION:Austin']);
    expect(names('She won the Indra Priyadarshini Award and the Sakharov Prize.')).toEqual([]);
    expect(names('Watch it in HD on TV: DIY tips and PT sessions from NASA.')).toEqual(['ORGANIZATION:NASA']);
  });

  it('ends a company’s name at its legal form, and types a name by it', () => {
    expect(pick(body('Produced by Radaan Mediaworks Pvt Ltd for Sun TV.'), 'ORGANIZATION').map(([t]) => t)).toEqual(['Radaan Mediaworks Pvt Ltd', 'Sun TV']);
    expect(pick(body('A film by Lyca Productions Pvt. It opens soon.'), 'ORGANIZATION').map(([t]) => t)).toEqual(['Lyca Productions Pvt']);
    // A connector inside an institution's name still holds it together.
    expect(pick(body('The Centers for Disease Control and Prevention said so.'), 'ORGANIZATION').map(([t]) => t)).toEqual(['Centers for Disease Control and Prevention']);
  });

  it('types no ordinary word alone by a cue, and reads holidays and weekdays as no names', () => {
    const names = (title: string, text: string) => namesIn(extractEntities({ title, body: text, publishedAt: '2021-06-08' })).map((m) => m.text);
    expect(names('Prospect (Official Video)', 'New episodes Saturdays, and a Christmas special. Stock: Getty Images Inc.\nInc.')).toEqual(['Getty Images Inc.']);
    expect(names('', 'The official Kassym-Jomart Tokayev said so.')).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('ends a known person\'s name before a capitalised verb or a known acronym outside a headline, and any name before a known acronym', () => {
    const m = body('President Trump Attend a gala dinner in Tokyo. President Trump ASEAN Gala Dinner in Manila. Senator Nancy Mace said so.');
    expect(typedNames(m)).toEqual(['PERSON:Trump', 'LOCATION:Tokyo', 'PERSON:Trump', 'ORGANIZATION:ASEAN', 'LOCATION:Manila', 'PERSON:Nancy Mace']);
    expect(namesIn(m)[0].canonical).toBe('Donald Trump');
    // A known acronym also ends a name no list knows.
    expect(typedNames(body('President Trump and Nguyen Xuan Phuc ASEAN Gala Dinner in Manila.'))).toEqual(['PERSON:Trump', 'PERSON:Nguyen Xuan Phuc', 'ORGANIZATION:ASEAN', 'LOCATION:Manila']);
    // A shouted name stays whole.
    expect(typedNames(body('BORIS JOHNSON RESIGNS'))).not.toContain('PERSON:BORIS');
  });

  it('reads a headline\'s phrasal verb as no name, and a title\'s ordinary word as the person the body names by it alone', () => {
    expect(typedNames(body('Trump Cozies Up to Putin. Elon Musk Lashes Out at regulators.'))).toEqual(['PERSON:Trump', 'PERSON:Putin', 'PERSON:Elon Musk']);
    const m = extractEntities({ title: 'Trump Meets Duterte: A Closer Look', body: 'Seth takes a closer look at how President Trump spent his trip.' });
    expect(namesIn(m).filter((x) => x.field === 'title').map((x) => `${x.type}:${x.canonical}`)).toEqual(['PERSON:Donald Trump', 'PERSON:Rodrigo Duterte']);
  });

  it('finds in a Title Case title a name with its capitalised article, an ordinary word that is an alias of a name the body has, and no company of ordinary words', () => {
    const inTitle = (title: string, text: string) =>
      namesIn(extractEntities({ title, body: text })).filter((x) => x.field === 'title').map((x) => `${x.type}:${x.text}=${x.canonical}`);
    expect(inTitle('Fighters Advance On El Marbouk', 'Fighters surrounded the city of El Marbouk.')).toEqual(['LOCATION:El Marbouk=El Marbouk']);
    expect(inTitle('Starmer Wins As Labour Returns To Power', 'The Labour Party won the election.')).toEqual(['ORGANIZATION:Labour=Labour Party (UK)']);
    // Without the party in the body, "Labour" is an ordinary word of the title.
    expect(inTitle('Labour Returns To Power', 'A landslide.')).toEqual([]);
    expect(inTitle("Why Zentrix Became The World's Most Valuable Company", 'Zentrix overtook its rivals.')).toEqual(['ORGANIZATION:Zentrix=Zentrix']);
    // A legal form after a name that is no ordinary word still makes a company.
    expect(inTitle('Investors Back Vexaron Corporation', 'Shares soared.')).toEqual(['ORGANIZATION:Vexaron Corporation=Vexaron Corporation']);
  });

  it('joins a surname without its particle to the full name ("Assad" of "Bashar al-Assad")', () => {
    const m = extractEntities({ title: 'Hazrani Flees As Rebels Advance', body: 'President Karim al-Hazrani fled. Later, Hazrani spoke from exile.' });
    expect(namesIn(m).map((x) => `${x.field}:${x.text}=${x.canonical}`)).toEqual([
      'title:Hazrani=Karim al-Hazrani',
      'body:Karim al-Hazrani=Karim al-Hazrani',
      'body:Hazrani=Karim al-Hazrani',
    ]);
  });

  it('finds people of international news by their given names in a Title Case title', () => {
    const title = (t: string) => namesIn(extractEntities({ title: t, body: '' })).map((x) => `${x.type}:${x.text}`);
    expect(title('Imran Khan Slams Shehbaz Sharif Over Budget')).toEqual(['PERSON:Imran Khan', 'PERSON:Shehbaz Sharif']);
    expect(title('Naftali Bennett Meets Yair Lapid in Jerusalem')).toEqual(['PERSON:Naftali Bennett', 'PERSON:Yair Lapid', 'LOCATION:Jerusalem']);
    expect(title('Abiy Ahmed Wins Nobel Peace Prize')).toEqual(['PERSON:Abiy Ahmed']);
  });

  it('reads a player\'s position before a full name as no part of it', () => {
    const m = body('Stephen A. Smith explains why Portland Trail Blazers PG Damian Lillard and the Chiefs QB Patrick Mahomes are under pressure.');
    expect(namesIn(m).filter((x) => x.type === 'PERSON').map((x) => x.canonical)).toEqual(['Stephen A. Smith', 'Damian Lillard', 'Patrick Mahomes']);
  });

  it('gives a person\'s given names the full name that goes on with a surname, and not a name that goes on with a word', () => {
    const m = body('Kathie Lee Gifford asked him about it. Kathie Lee said the remarks were wrong. Joe Rogan hosts The Joe Rogan Experience.');
    const canonical = (text: string) => namesIn(m).filter((x) => x.text === text).map((x) => x.canonical);
    expect(canonical('Kathie Lee')).toEqual(['Kathie Lee Gifford']);
    expect(canonical('Joe Rogan')).toEqual(['Joe Rogan']);
  });

  it('keeps every capitalised word before a company\'s legal form, and knows a known company under it', () => {
    const m = body('Satellite imagery: Planet Labs Inc\nGeneral Motors Co said sales rose. Shares of Planet Labs Inc rose, and Apple Inc said so.');
    expect(namesIn(m).map((x) => `${x.type}:${x.text}→${x.canonical}`)).toEqual([
      'ORGANIZATION:Planet Labs Inc→Planet Labs Inc',
      'ORGANIZATION:General Motors Co→General Motors',
      'ORGANIZATION:Planet Labs Inc→Planet Labs Inc',
      'ORGANIZATION:Apple Inc→Apple',
    ]);
    expect(namesIn(body('Bank of America Corp reported profits.')).map((x) => `${x.type}:${x.text}→${x.canonical}`)).toEqual(['ORGANIZATION:Bank of America Corp→Bank of America']);
  });

  it('reads a state’s news-agency abbreviation after a town as the state, and not before a name', () => {
    const m = body('He spoke in Bedminster, N.J., on Saturday. The storm hit Naples, Fla., and Springfield, Mass.');
    expect(pick(m, 'LOCATION')).toEqual([
      ['Bedminster', 'Bedminster'],
      ['N.J.', 'New Jersey'],
      ['Naples', 'Naples'],
      ['Fla', 'Florida'],
      ['Springfield', 'Springfield'],
      ['Mass', 'Massachusetts'],
    ]);
    expect(pick(body('Thanks to Anna Smith, Miss. Jones and Mass. in Rome.'), 'LOCATION').map(([, c]) => c)).not.toContain('Mississippi');
  });

  it('reads a state’s postal code in an address as the state, and only there', () => {
    const m = body('Fan mail: PO Box 75252, Los Angeles, CA 90020 or El Paso, TX\nThanks!');
    expect(pick(m, 'LOCATION')).toEqual([
      ['Los Angeles', 'Los Angeles'],
      ['CA', 'California'],
      ['El Paso', 'El Paso'],
      ['TX', 'Texas'],
    ]);
    expect(pick(body('The CA office said so, and Paris, IN the spring, was lovely.'), 'LOCATION').map(([, c]) => c)).not.toContain('California');
  });

  it('knows the big football clubs, named after their cities or not', () => {
    const m = body('Bayern Munich beat Barcelona 8-2 in Lisbon, and Arsenal signed a striker from Atalanta.');
    expect(pick(m, 'ORGANIZATION')).toEqual([
      ['Bayern Munich', 'FC Bayern Munich'],
      ['Arsenal', 'Arsenal F.C.'],
      ['Atalanta', 'Atalanta'],
    ]);
    expect(pick(m, 'LOCATION').map(([t]) => t)).toEqual(['Barcelona', 'Lisbon']);
  });

  it('reads no ordinary word after a place preposition as a place, and knows the boroughs of New York', () => {
    const m = body('We played in Season 2 at Noon, then went fishing in Brooklyn and Queens with friends from Manhattan.');
    expect(pick(m, 'LOCATION').map(([t]) => t)).toEqual(['Brooklyn', 'Queens', 'Manhattan']);
  });
});

  it('keeps names joined by an ampersand whole: companies written so, and founders before a foundation', () => {
    const m = body('AT&T and H&M shares fell, Ernst & Young audited Procter & Gamble, and the Bill & Melinda Gates Foundation gave more than the Michael and Susan Dell Foundation. Q&A and R&D follow.');
    expect(typedNames(m)).toEqual([
      'ORGANIZATION:AT&T',
      'ORGANIZATION:H&M',
      'ORGANIZATION:Ernst & Young',
      'ORGANIZATION:Procter & Gamble',
      'ORGANIZATION:Bill & Melinda Gates Foundation',
      'ORGANIZATION:Michael and Susan Dell Foundation',
    ]);
    // People joined by "and" stay two.
    expect(typedNames(body('Bill Clinton and Hillary Clinton met Sajid Javid.'))).toEqual(['PERSON:Bill Clinton', 'PERSON:Hillary Clinton', 'PERSON:Sajid Javid']);
  });

  it('reads a known name before a hyphen and a lower-case word, not an unknown one or a nationality', () => {
    const m = body('The Iran-backed Houthis and the Hamas-run ministry met Kremlin-linked hackers from Hong Kong-based firms. The Saudi-led coalition ran a Zorbex-style X-ray scan.');
    expect(typedNames(m)).toEqual(['LOCATION:Iran', 'ORGANIZATION:Houthis', 'ORGANIZATION:Hamas', 'ORGANIZATION:Kremlin', 'LOCATION:Hong Kong']);
  });

  it('reads a place and a site in it as one place, but keeps an administrative area apart', () => {
    const m = body('The plane landed at Toronto Pearson International Airport after protests in Kyiv Independence Square. Flooding hit Texas Harris County.');
    expect(typedNames(m)).toEqual(['LOCATION:Toronto Pearson International Airport', 'LOCATION:Kyiv Independence Square', 'LOCATION:Texas', 'LOCATION:Harris County']);
  });

  it('reads a place and a club\'s words as its football club, and ordinary words "for" a place as a cause', () => {
    const m = body('Leeds United and Newcastle United drew, Orlando City SC beat Nashville SC, and Los Angeles FC lost. Media Matters for America sued.');
    expect(typedNames(m)).toEqual([
      'ORGANIZATION:Leeds United',
      'ORGANIZATION:Newcastle United',
      'ORGANIZATION:Orlando City SC',
      'ORGANIZATION:Nashville SC',
      'ORGANIZATION:Los Angeles FC',
      'ORGANIZATION:Media Matters for America',
    ]);
    expect(typedNames(body('Support for Ukraine grew in Europe. Aid for Gaza arrived.'))).toEqual(['LOCATION:Ukraine', 'LOCATION:Europe', 'LOCATION:Gaza']);
    const us = body('The Miami Heat beat the Utah Jazz, Caitlin Clark led the Indiana Fever, and the San Francisco 49ers lost. The Berlin Wall fell.');
    expect(typedNames(us)).toEqual([
      'ORGANIZATION:Miami Heat',
      'ORGANIZATION:Utah Jazz',
      'PERSON:Caitlin Clark',
      'ORGANIZATION:Indiana Fever',
      'ORGANIZATION:San Francisco 49ers',
      'LOCATION:Berlin',
    ]);
  });

  it('knows regions and venues that news names without a place word, whole', () => {
    const m = body('Fires spread in the Pacific Palisades and across the Gulf Coast, and the Patriots played at Wembley and Roland Garros.');
    expect(typedNames(m)).toEqual(['LOCATION:Pacific Palisades', 'LOCATION:Gulf Coast', 'LOCATION:Wembley', 'LOCATION:Roland Garros']);
  });

  it('reads a lawmaker\'s party and state as no name, however the state is abbreviated', () => {
    const m = body('Rep. Alexandria Ocasio-Cortez, D-N.Y., and Sen. Bernie Sanders, I-Vt., met Mitch McConnell, R-Ky., at Mar-a-Lago.');
    expect(typedNames(m)).toEqual(['PERSON:Alexandria Ocasio-Cortez', 'PERSON:Bernie Sanders', 'PERSON:Mitch McConnell', 'LOCATION:Mar-a-Lago']);
  });

  it('reads a capitalised name before its bracketed acronym at a sentence\'s start as a name, not a headline', () => {
    const m = body('The International Atomic Energy Agency (IAEA) said on Monday that Iran had expanded enrichment.');
    expect(namesIn(m).map((x) => `${x.type}:${x.text}:${x.canonical}`)).toEqual([
      'ORGANIZATION:International Atomic Energy Agency:International Atomic Energy Agency',
      'ORGANIZATION:IAEA:International Atomic Energy Agency',
      'LOCATION:Iran:Iran',
    ]);
  });

  it('reads a place and an institution\'s word in a Title Case title as the institution, not a newspaper\'s word', () => {
    const names = (title: string) => typedNames(extractEntities({ title, body: 'The story so far.' }));
    expect(names('Why Did Silicon Valley Bank Collapse? Texas Senate Passes Border Bill')).toEqual(['ORGANIZATION:Silicon Valley Bank', 'ORGANIZATION:Texas Senate']);
    expect(names('China News Roundup: Markets Fall')).toEqual(['LOCATION:China']);
  });

  it('knows the cities of the news beyond the largest, also where the sentence gives no place cue', () => {
    const m = body('Flooding hit Baton Rouge, drones struck Sumy and Kramatorsk, and fighting spread from El Fasher to Omdurman and Goma.');
    expect(pick(m, 'LOCATION').map(([t]) => t)).toEqual(['Baton Rouge', 'Sumy', 'Kramatorsk', 'El Fasher', 'Omdurman', 'Goma']);
    const regions = body('Storm Ciarán battered Cornwall while fighting spread across Darfur, Tigray and North Kivu.');
    expect(pick(regions, 'LOCATION').map(([t]) => t)).toEqual(['Cornwall', 'Darfur', 'Tigray', 'North Kivu']);
  });

  it('knows groupings, companies, leagues and universities that a place cue would make places', () => {
    const m = body('G7 leaders met while officials at Harvard, Lockheed Martin and Novo Nordisk spoke, and Eli Lilly joined the Bundesliga sponsors.');
    expect(typedNames(m)).toEqual([
      'ORGANIZATION:G7',
      'ORGANIZATION:Harvard',
      'ORGANIZATION:Lockheed Martin',
      'ORGANIZATION:Novo Nordisk',
      'ORGANIZATION:Eli Lilly',
      'ORGANIZATION:Bundesliga',
    ]);
  });

  it('reads an unknown word naming a disaster or an attack as its place', () => {
    const m = body('The toll from the Lahaina wildfire rose, a year after the Uvalde shooting; the Vikram lander and the Boeing crash were discussed.');
    expect(typedNames(m)).toEqual(['LOCATION:Lahaina', 'LOCATION:Uvalde', 'ORGANIZATION:Boeing']);
  });

  it('names the place of an event, not the event or its adjective', () => {
    const m = body('Novak Djokovic won gold at the Paris Olympics, his first Olympic medal, before the Games closed.');
    expect(typedNames(m)).toEqual(['PERSON:Novak Djokovic', 'LOCATION:Paris']);
  });

  it('reads unknown words after "the" that are no given name or ordinary word as an institution, not a person', () => {
    const m = body('The bill passed the Lok Sabha and was sent to the Rajya Sabha, where Narendra Modi spoke.');
    expect(typedNames(m)).toEqual(['ORGANIZATION:Lok Sabha', 'ORGANIZATION:Rajya Sabha', 'PERSON:Narendra Modi']);
  });

describe('extractEntities: canonical names', () => {
  it('resolves surnames, possessives and accent variants to the full name', () => {
    const m = body(
      "President Andrés Manuel López Obrador met Kamala Harris. Lopez Obrador said Harris' visit mattered. Later AMLO and López Obrador left.",
    );
    const canon = new Set(m.filter((e) => /Obrador|AMLO/.test(e.text)).map((e) => e.canonical));
    expect([...canon]).toEqual(['Andrés Manuel López Obrador']);
    expect(m.filter((e) => e.text === 'Harris')[0].canonical).toBe('Kamala Harris');
  });

  it('resolves acronyms defined in brackets or by initials', () => {
    const m = body(
      "Fighting pits the army against the Rapid Support Forces (RSF). Britain's Competition and Markets Authority said the CMA was right.",
    );
    expect(m.find((e) => e.text === 'RSF')?.canonical).toBe('Rapid Support Forces');
    expect(m.find((e) => e.text === 'CMA')?.canonical).toBe('Competition and Markets Authority');
  });

  it('uses the alias table for aliases no text defines', () => {
    const m = body('The U.S. and the UK joined the UN. Mexico said the US agreed.');
    expect(pick(m, 'LOCATION')).toEqual([
      ['U.S.', 'United States'],
      ['UK', 'United Kingdom'],
      ['Mexico', 'Mexico'],
      ['US', 'United States'],
    ]);
    expect(pick(m, 'ORGANIZATION')).toEqual([['UN', 'United Nations']]);
  });

  it('accepts extra aliases from the caller', () => {
    const m = extractEntities(
      { title: '', body: 'Officials at Contoso Widgets spoke. CW later agreed.' },
      { aliases: [{ canonical: 'Contoso Widgets Ltd', type: 'ORGANIZATION', aliases: ['CW', 'Contoso Widgets'] }] },
    );
    expect(pick(m, 'ORGANIZATION')).toEqual([
      ['Contoso Widgets', 'Contoso Widgets Ltd'],
      ['CW', 'Contoso Widgets Ltd'],
    ]);
  });

  it('links a given name, a regnal name and a nickname to the full name', () => {
    const m = body('Her son, Charles, became King Charles III. RSF commander Mohamed Hamdan Dagalo, widely known as Hemedti, spoke.');
    expect(m.find((e) => e.text === 'Charles')?.canonical).toBe('Charles III');
    expect(m.find((e) => e.text === 'Hemedti')?.canonical).toBe('Mohamed Hamdan Dagalo');
  });

  it('matches title mentions against the body and ignores Title Case words', () => {
    const m = extractEntities({
      title: "Sunak Calls a Snap Election for July 4th - Here's What It Means",
      body: 'Rishi Sunak called an election.',
      publishedAt: '2024-05-22',
    });
    expect(m.filter((e) => e.field === 'title').map((e) => [e.type, e.text, e.canonical])).toEqual([
      ['PERSON', 'Sunak', 'Rishi Sunak'],
      ['DATE', 'July 4th', '2024-07-04'],
    ]);
  });

  it('reads shouted titles case-insensitively', () => {
    const m = extractEntities({ title: 'BORIS JOHNSON RESIGNS AS CONSERVATIVE LEADER', body: 'Boris Johnson quit as leader of the Conservative Party.' });
    expect(m.filter((e) => e.field === 'title').map((e) => [e.text, e.canonical])).toEqual([['BORIS JOHNSON', 'Boris Johnson']]);
  });
});

describe('extractEntities: spellings of curated names', () => {
  it('gives the wire services\' spellings and a Chinese or Korean surname-first name one canonical', () => {
    const m = body('Volodymyr Zelenskiy met President Xi and Kim Jong-un; Zelensky, Xi Jinping and Kim Jong Un spoke.');
    expect(pick(m, 'PERSON').map(([, c]) => c)).toEqual(['Volodymyr Zelensky', 'Xi Jinping', 'Kim Jong Un', 'Volodymyr Zelensky', 'Xi Jinping', 'Kim Jong Un']);
    // A given name of two letters is no surname alone: "Un film de Jean Dupont".
    expect(pick(body('Un film de Jean Dupont.', '2024-05-01', 'fr'), 'PERSON').map(([t]) => t)).toEqual(['Jean Dupont']);
  });

  it('reads hyphenated East Asian given names as names, not compound adjectives', () => {
    const m = body('On Monday, Lai Ching-te said so; Tsai Ing-wen met Kim Jong-un and Min Aung Hlaing. The Saudi-led, Trump-esque plan stood.');
    expect(pick(m, 'PERSON')).toEqual([
      ['Lai Ching-te', 'Lai Ching-te'],
      ['Tsai Ing-wen', 'Tsai Ing-wen'],
      ['Kim Jong-un', 'Kim Jong Un'],
      ['Min Aung Hlaing', 'Min Aung Hlaing'],
    ]);
  });

  it('reads a hyphenated pair of known names as each of them', () => {
    const m = body('The Israel-Hamas war, US-China tensions and the Biden-Harris campaign; Karine Jean-Pierre and Guinea-Bissau stay whole.');
    expect(namesIn(m).map((x) => `${x.type}:${x.text}:${x.canonical}`)).toEqual([
      'LOCATION:Israel:Israel',
      'ORGANIZATION:Hamas:Hamas',
      'LOCATION:US:United States',
      'LOCATION:China:China',
      'PERSON:Biden:Joe Biden',
      'PERSON:Harris:Kamala Harris',
      'PERSON:Karine Jean-Pierre:Karine Jean-Pierre',
      'LOCATION:Guinea-Bissau:Guinea-Bissau',
    ]);
  });
});

describe('extractEntities: Spanish and French', () => {
  it('reads a known institution whose name goes on in lower case in French and Spanish whole, not the known start of a longer name', () => {
    const fr = body("Le Conseil de sécurité de l'ONU s'est réuni et la Cour internationale de justice a rendu son avis.", '2024-05-01', 'fr');
    expect(namesIn(fr).map((x) => `${x.text}=${x.canonical}`)).toEqual([
      "Conseil de sécurité de l'ONU=United Nations Security Council",
      'Cour internationale de justice=International Court of Justice',
    ]);
    const es = body('La Casa Blanca y el Departamento de Estado respondieron. El Consejo de Seguridad Nacional de Vellmar se reunió.', '2024-05-01', 'es');
    expect(namesIn(es).map((x) => `${x.type}:${x.text}=${x.canonical}`)).toEqual([
      'ORGANIZATION:Casa Blanca=White House',
      'ORGANIZATION:Departamento de Estado=U.S. Department of State',
      'ORGANIZATION:Consejo de Seguridad Nacional de Vellmar=Consejo de Seguridad Nacional de Vellmar',
    ]);
  });

  it('reads a forum as an institution in French and Spanish, and knows the World Economic Forum by its names there', () => {
    expect(namesIn(body('Milei habló en el Foro Económico Mundial. El Foro de Vellmar se reunió.', '2024-05-01', 'es')).map((x) => `${x.type}:${x.text}=${x.canonical}`)).toEqual([
      'PERSON:Milei=Javier Milei',
      'ORGANIZATION:Foro Económico Mundial=World Economic Forum',
      'ORGANIZATION:Foro de Vellmar=Foro de Vellmar',
    ]);
  });

  it('reads social security as an institution in French and Spanish', () => {
    expect(typedNames(body('Le budget de la Sécurité sociale est suspendu.', '2024-05-01', 'fr'))).toEqual(['ORGANIZATION:Sécurité sociale']);
    expect(typedNames(body('La Seguridad Social pagará las pensiones.', '2024-05-01', 'es'))).toEqual(['ORGANIZATION:Seguridad Social']);
  });

  it('reads a known institution that goes on in lower case, a head before "General", a league, and a government "de" a person', () => {
    const fr = body("Selon l'Organisation mondiale de la santé, le bilan s'alourdit.", '2024-05-01', 'fr');
    expect(namesIn(fr).map((x) => `${x.type}:${x.text}:${x.canonical}`)).toEqual(['ORGANIZATION:Organisation mondiale de la santé:World Health Organization']);
    const es = body('La Procuraduría General de la Nación abrió una investigación. El club ganó la Liga de Campeones. Miles marcharon contra el Gobierno de Javier Valdera.', '2024-05-01', 'es');
    expect(namesIn(es).map((x) => `${x.type}:${x.text}`)).toEqual([
      'ORGANIZATION:Procuraduría General de la Nación',
      'ORGANIZATION:Liga de Campeones',
      'PERSON:Javier Valdera',
    ]);
  });

  it('reads institutions named in French, Spanish, Portuguese and Italian whole, and knows the international ones by their names there', () => {
    const es = body('La Corte Suprema de Justicia de la Nación falló, y el Fondo Monetario Internacional aprobó el acuerdo en el Santiago Bernabéu.', '2024-05-01', 'es');
    expect(namesIn(es).map((x) => `${x.type}:${x.text}:${x.canonical}`)).toEqual([
      'ORGANIZATION:Corte Suprema de Justicia de la Nación:Corte Suprema de Justicia de la Nación',
      'ORGANIZATION:Fondo Monetario Internacional:International Monetary Fund',
      'LOCATION:Santiago Bernabéu:Santiago Bernabéu',
    ]);
    const fr = body("La Banque centrale européenne et la Cour pénale internationale ont parlé, puis l'Organisation mondiale de la Santé.", '2024-05-01', 'fr');
    expect(namesIn(fr).map((x) => `${x.type}:${x.canonical}`)).toEqual([
      'ORGANIZATION:European Central Bank',
      'ORGANIZATION:International Criminal Court',
      'ORGANIZATION:World Health Organization',
    ]);
    const pt = body('Lula visitou o Rio Grande do Sul e Porto Alegre.', '2024-05-01', 'pt');
    expect(typedNames(pt)).toEqual(['PERSON:Lula', 'LOCATION:Rio Grande do Sul', 'LOCATION:Porto Alegre']);
  });

  it('reads an office "del Gobierno" before its holder, a party "de" its leader, a region after its word or an article, and a person "de" an acronym', () => {
    const es = body(
      'El presidente del Gobierno, Pedro Sánchez, disolvió las Cortes. El Partido Popular de Alberto Núñez Feijóo se impuso en la Comunidad Valenciana, Aragón y Baleares; ganó también en la Vega Ribera.',
      '2023-05-29',
      'es',
    );
    expect(typedNames(es)).toEqual([
      'ORGANIZATION:Gobierno',
      'PERSON:Pedro Sánchez',
      'ORGANIZATION:Cortes',
      'ORGANIZATION:Partido Popular',
      'PERSON:Alberto Núñez Feijóo',
      'LOCATION:Comunidad Valenciana',
      'LOCATION:Aragón',
      'LOCATION:Baleares',
      'LOCATION:Vega Ribera',
    ]);
    // The personal "a" is no article; "de" before a surname stays in the name.
    expect(typedNames(body('El rey recibió a Marta Oliveira Blanco.', '2023-05-29', 'es'))).toEqual(['PERSON:Marta Oliveira Blanco']);
    const fr = body("Le chef de l'État a reçu Laurent Berger de la CFDT et Philippe Martinez de la CGT, puis la Première ministre Élisabeth Borne. Charles de Gaulle. L'État islamique a revendiqué l'attaque.", '2023-03-22', 'fr');
    expect(namesIn(fr).map((x) => `${x.type}:${x.text}=${x.canonical}`)).toEqual([
      'PERSON:Laurent Berger=Laurent Berger',
      'ORGANIZATION:CFDT=CFDT',
      'PERSON:Philippe Martinez=Philippe Martinez',
      'ORGANIZATION:CGT=CGT',
      'PERSON:Élisabeth Borne=Élisabeth Borne',
      'PERSON:Charles de Gaulle=Charles de Gaulle',
      'ORGANIZATION:État islamique=Islamic State',
    ]);
  });

  it('reads a minister\'s portfolio as no name, with an adjective between ("ministre israélien des Affaires étrangères") or before the minister\'s name', () => {
    const fr = body("Le ministre israélien des Affaires étrangères, Israël Katz, a parlé. Le ministre de l'Intérieur Gérald Darmanin aussi.", '2024-03-18', 'fr');
    expect(typedNames(fr)).toEqual(['PERSON:Israël Katz', 'PERSON:Gérald Darmanin']);
    expect(typedNames(body('The minister of Finance Ana Ruiz spoke.'))).toEqual(['PERSON:Ana Ruiz']);
  });

  it('reads a square "de" its town as two places, a headline\'s first noun and a sentence\'s first verb as no name, a given name that is a country\'s', () => {
    const es = body(
      'Petro juró en la Plaza de Bolívar de Bogotá junto a su vicepresidenta, Francia Márquez. Visitó Pará y Bahía. Para recaudar 25 billones de pesos habló.',
      '2022-08-07',
      'es',
    );
    expect(typedNames(es)).toEqual([
      'PERSON:Petro',
      'LOCATION:Plaza de Bolívar',
      'LOCATION:Bogotá',
      'PERSON:Francia Márquez',
      'LOCATION:Pará',
      'LOCATION:Bahía',
    ]);
    expect(pick(es, 'MONEY')).toEqual([['25 billones de pesos', 'MXN 25 trillion']]);
    const fr = extractEntities({ title: 'Incendie de Notre-Dame : la flèche s\'effondre', body: 'La cathédrale Notre-Dame de Paris a brûlé.', language: 'fr' });
    expect(namesIn(fr).map((x) => `${x.type}:${x.text}=${x.canonical}`)).toEqual(['LOCATION:Notre-Dame=Notre-Dame de Paris', 'LOCATION:Notre-Dame de Paris=Notre-Dame de Paris']);
  });

  it('ends a name before an office that goes on in lower case, and before a known person leaves the office\'s last word out', () => {
    const fr = body('Emmanuel Macron a nommé François Bayrou Premier ministre.', '2024-12-13', 'fr');
    expect(typedNames(fr)).toEqual(['PERSON:Emmanuel Macron', 'PERSON:François Bayrou']);
    const italian = body('Il presidente del Consiglio Giorgia Meloni ha incontrato Olaf Scholz.', '2024-05-01', 'it');
    expect(typedNames(italian)).toEqual(['PERSON:Giorgia Meloni', 'PERSON:Olaf Scholz']);
  });

  it('takes no capitalised function word, accented or not, for a name or a part of one', () => {
    const m = body('Según Reuters, el presidente habló. Si Pedro Sánchez gana, Sí habrá cambios. Très bien, Après la réunion Macron a parlé.');
    expect(m.map((x) => [x.type, x.text])).toEqual([
      ['ORGANIZATION', 'Reuters'],
      ['PERSON', 'Pedro Sánchez'],
      ['PERSON', 'Macron'],
    ]);
  });

  it('extracts names and dates from Spanish text', () => {
    const m = body(
      'El economista Javier Milei ganó este domingo en Argentina frente al ministro de Economía, Sergio Massa. Massa felicitó a Milei, líder de La Libertad Avanza. Asumirá el 10 de diciembre.',
      '2023-11-20',
      'es',
    );
    expect(pick(m, 'PERSON')).toEqual([
      ['Javier Milei', 'Javier Milei'],
      ['Sergio Massa', 'Sergio Massa'],
      ['Massa', 'Sergio Massa'],
      ['Milei', 'Javier Milei'],
    ]);
    expect(pick(m, 'ORGANIZATION')).toEqual([['La Libertad Avanza', 'La Libertad Avanza']]);
    expect(pick(m, 'DATE')).toEqual([
      ['domingo', '2023-11-19'],
      ['10 de diciembre', '2023-12-10'],
    ]);
  });

  it('extracts names, dates and money from French text', () => {
    const m = body("Le président Emmanuel Macron a annoncé lundi que la France enverra 3 milliards d'euros à l'Ukraine.", '2024-03-14', 'fr');
    expect(m.map((e) => [e.type, e.text, e.canonical])).toEqual([
      ['PERSON', 'Emmanuel Macron', 'Emmanuel Macron'],
      ['DATE', 'lundi', '2024-03-11'],
      ['LOCATION', 'France', 'France'],
      ['MONEY', "3 milliards d'euros", 'EUR 3 billion'],
      ['LOCATION', 'Ukraine', 'Ukraine'],
    ]);
  });
});

describe('extractEntities: offsets and determinism', () => {
  const input = {
    title: 'Kamala Harris Meets Mexican President AMLO in Mexico City',
    body: "Vice President Kamala Harris arrived at Mexico's National Palace Tuesday — the 🚀 visit cost $1.5 million, 36% more.\nHarris' aides met.",
    publishedAt: '2021-06-08',
  };

  it('gives UTF-16 offsets such that text === field.slice(start, end)', () => {
    const m = extractEntities(input);
    expect(m.length).toBeGreaterThan(5);
    for (const e of m) expect(input[e.field].slice(e.start, e.end)).toBe(e.text);
  });

  it('orders title mentions first, then body, by offset, and is deterministic', () => {
    const a = extractEntities(input);
    expect(extractEntities(input)).toEqual(a);
    const fields = a.map((e) => e.field);
    expect(fields.indexOf('body')).toBeGreaterThan(fields.lastIndexOf('title'));
  });
});

describe('acronyms from the word lexicon', () => {
  it('keep the capitals the text wrote', () => {
    const mentions = extractEntities({ title: '', body: 'Doctors at the NHS said waiting lists grew.' });
    expect(mentions.find((m) => m.text === 'NHS')?.canonical).toBe('NHS');
  });
});

describe('Spanish and French organisation heads', () => {
  it('make an organisation without "de"', () => {
    const es = extractEntities({ title: '', body: 'El Banco Central Europeo subió los tipos, anunció Christine Lagarde el jueves.', publishedAt: '2023-09-14', language: 'es' });
    expect(es.find((m) => m.text === 'Banco Central Europeo')?.type).toBe('ORGANIZATION');
    expect(es.find((m) => m.text === 'Christine Lagarde')?.type).toBe('PERSON');
  });

  it('take the lower-case adjective of the name after them, in French and Spanish text only', () => {
    const fr = extractEntities({ title: '', body: 'Le Conseil constitutionnel a validé la loi. L’Assemblée nationale a voté, selon la Banque centrale.', language: 'fr' });
    expect(typedNames(fr)).toEqual(['ORGANIZATION:Conseil constitutionnel', 'ORGANIZATION:Assemblée nationale', 'ORGANIZATION:Banque centrale']);
    const es = extractEntities({ title: '', body: 'La Corte Suprema de Justicia de Colombia falló. La Guardia Civil y la Policía local investigan.', language: 'es' });
    expect(typedNames(es)).toEqual(['ORGANIZATION:Corte Suprema de Justicia de Colombia', 'ORGANIZATION:Guardia Civil', 'ORGANIZATION:Policía local']);
    expect(typedNames(body('The Police national database was hacked near Front Street.'))).toEqual(['LOCATION:Front Street']);
  });

  it('read a place that is a given name, after a person cue, then two surnames, as a person', () => {
    const es = extractEntities({ title: '', body: 'Lo informó la gobernadora Victoria Rodríguez Ceja el martes.', language: 'es' });
    expect(typedNames(es)).toEqual(['PERSON:Victoria Rodríguez Ceja']);
  });
});

describe('products, possessive businesses, shouting and lone subjects', () => {
  it('reads a name with a model number as a product, not a person', () => {
    const m = body('The game runs on Xbox One, PlayStation® 4 and Switch. Reviewers preferred the Zentra 7 tablet to the Kestrel S22, and the Oculus Quest 2 headset sold out.');
    expect(namesIn(m)).toEqual([]);
    // A name before a quantity, an ordinal, a minute, a score or a date is still a name, and so
    // is one shaped like a surname.
    const kept = body('Aid workers were in Pokrovsk 3 weeks ago. Marisol Ferreira 2 goals clinched it. Tomasz Wojcik won 6-4.');
    expect(pick(kept, 'LOCATION').map(([t]) => t)).toEqual(['Pokrovsk']);
    expect(pick(kept, 'PERSON').map(([t]) => t)).toEqual(['Marisol Ferreira', 'Tomasz Wojcik']);
    const credits = body("Crew: Vasko Lirri 1st AC. Goals: Danko Lirri 27'. Ratings: Vasko Terziev 8, Danko Marinov 7.");
    expect(pick(credits, 'PERSON').map(([t]) => t)).toEqual(['Vasko Lirri', 'Danko Lirri', 'Vasko Terziev', 'Danko Marinov']);
    expect(pick(body('The game ended Zorn 4, Mavik 1 on Sunday.'), 'ORGANIZATION').map(([t]) => t)).toEqual(['Zorn', 'Mavik']);
    // A well-known maker is named before its model's number.
    expect(pick(body('She compared a Porsche 911 with the OnePlus 5 she owns.'), 'ORGANIZATION').map(([t]) => t)).toEqual(['Porsche', 'OnePlus']);
  });

  it('reads a product line or a model letter at the end of a name as a product, not a person', () => {
    const m = body('The Zentra Series X launches in May, and the Kestrel Model S in June. I also tried the Voltbook Pro, the Zentra Mini and the zPad Ultra, and the qPhone 12 Mini.');
    expect(namesIn(m)).toEqual([]);
    // A given name before the word is a person's, and a letter after a given name an initial.
    expect(pick(body('Thanks to Ben Mini and Sarah Plus for the edit. Malcolm X spoke in Harlem.'), 'PERSON').map(([t]) => t)).toEqual(['Ben Mini', 'Sarah Plus', 'Malcolm X']);
  });

  it('reads a business named in the possessive after "at" as an organisation, not a place', () => {
    const m = body("The McDonald's menu changed. We met at McDonald's after school, then shopped at Macy's and ate at Wendy's on Friday. The team celebrated at Gorvino's.");
    expect(pick(m, 'ORGANIZATION')).toEqual([
      ["McDonald's", "McDonald's"],
      ["McDonald's", "McDonald's"],
      ["Macy's", "Macy's"],
      ["Wendy's", "Wendy's"],
      ["Gorvino's", "Gorvino's"],
    ]);
    expect(pick(m, 'LOCATION')).toEqual([]);
    // A person's home is no business, and a person's given name no chain's.
    const home = body("Wendy Marsh spoke. Wendy's sister agreed. We stayed at Sarah's and drove to Kowalski's farm.");
    expect(pick(home, 'ORGANIZATION')).toEqual([]);
    expect(pick(home, 'PERSON').map(([t]) => t)).toEqual(['Wendy Marsh', 'Wendy', 'Kowalski']);
  });

  it('reads a function word of two letters in capitals as shouting, not an organisation', () => {
    const m = body('Catch ME in the finale on Monday. Subscribe to MY channel, it is SO good and WE love it. Made IN Canada.');
    expect(namesIn(m).map((x) => [x.type, x.text])).toEqual([['LOCATION', 'Canada']]);
    const title = extractEntities({ title: 'GAMES & HOW WE WON', body: 'We won.' });
    expect(namesIn(title)).toEqual([]);
    // The words left between them are shouted too: a run joined by "&", the plural of a word.
    expect(namesIn(body('BRUSHES BY TEO & MAX. FOLLOW ME ON SOCIALS ME'))).toEqual([]);
    // A state's or province's code in an address is no shouting.
    const address = body('Write to us at 40 Elm St, Portsmouth, OH 45662.');
    expect(pick(address, 'LOCATION').map(([t]) => t)).toEqual(['Portsmouth', 'OH']);
  });

  it('reads a lone unknown word that says something as an organisation, unless it is shaped like a person', () => {
    const m = body('Voltaris said it would restore power by Friday. In a statement, Dravenco told reporters the plant was safe. Brennik said the talks failed.');
    expect(namesIn(m).map((x) => [x.type, x.text])).toEqual([
      ['ORGANIZATION', 'Voltaris'],
      ['ORGANIZATION', 'Dravenco'],
    ]);
    // A given name, a surname or a name's shape, a pronoun, a cue, a person known by one name.
    const people = body(
      'Tara says she is fine. Later, Kuzmenko said the talks failed, Smith said nothing, LeMarr said that it rained and Rihanna said she was proud. Zorvan said he would stay. The band’s drummer Quillo tweeted.',
    );
    expect(pick(people, 'PERSON').map(([t]) => t)).toEqual(['Tara', 'Kuzmenko', 'Smith', 'LeMarr', 'Rihanna', 'Zorvan', 'Quillo']);
    expect(pick(people, 'ORGANIZATION')).toEqual([]);
  });

  it('reads no kinship word before a surname that is also a word as a given name', () => {
    const m = body('The leak was first reported by Mother Jones on Monday, and a writer for Mother Jones confirmed it.');
    expect(pick(m, 'PERSON')).toEqual([]);
    const people = body('Prosecutors said that Hunter Biden lied. The parish priest, Father Murphy, led the service.');
    expect(pick(people, 'PERSON').map(([t]) => t)).toEqual(['Hunter Biden', 'Father Murphy']);
  });

  it("reads what a person owns and names after an ordinary noun as an organisation, in all its mentions", () => {
    const m = body("Shakira's Velora Beauty opened a store. With Velora Beauty, Shakira entered cosmetics. The deal gave Jay Patel's Nexora Health a boost.");
    expect(namesIn(m).map((x) => [x.type, x.text])).toEqual([
      ['PERSON', 'Shakira'],
      ['ORGANIZATION', 'Velora Beauty'],
      ['ORGANIZATION', 'Velora Beauty'],
      ['PERSON', 'Shakira'],
      ['PERSON', 'Jay Patel'],
      ['ORGANIZATION', 'Nexora Health'],
    ]);
    // An organisation's person stays a person, and so does a person's relative.
    expect(namesIn(body("Microsoft's Satya Nadella spoke. Vance's Usha Vance smiled.")).map((x) => [x.type, x.text])).toEqual([
      ['ORGANIZATION', 'Microsoft'],
      ['PERSON', 'Satya Nadella'],
      ['PERSON', 'Vance'],
      ['PERSON', 'Usha Vance'],
    ]);
  });

  it('reads a name that ends in the word for a video, a show or a part of one as no person nor organisation', () => {
    const m = body('Intro & Outro Music by Dana Whitlock. Watch the Zorblat Gameplay Trailer, then use Quibbly Code for a discount. He is known for videos such as Grumbo Karaoke and the Trixa Show.');
    expect(namesIn(m).map((x) => [x.type, x.text])).toEqual([['PERSON', 'Dana Whitlock']]);
  });

  it('reads no place after the English article "a", as it does after the French "à"', () => {
    const m = body('He is launching a Fundarly campaign and bought a Velmont Rifle. She is a Woman of Substance.');
    expect(pick(m, 'LOCATION')).toEqual([]);
    expect(pick(body('Nous allons à Valmorin demain.', undefined, 'fr'), 'LOCATION').map(([t]) => t)).toEqual(['Valmorin']);
    // In Spanish (and Portuguese, Italian) "a" is "to".
    const es = body('El convoy de ayuda llegó ayer a Zacualpan tras varios días de viaje.', undefined, 'es');
    expect(pick(es, 'LOCATION').map(([t]) => t)).toEqual(['Zacualpan']);
    expect(pick(body('Il a Valmorin dans son cœur.', undefined, 'fr'), 'LOCATION')).toEqual([]);
  });

  it('reads the surname after a cabinet secretary\'s office as a person, also after "The" at the start of a sentence', () => {
    const m = body('The Secretary of State Marlowe met the envoy. The Secretary of Defense Austin flew in. Yesterday the Energy Secretary Brannock spoke.');
    expect(namesIn(m).map((x) => [x.type, x.text])).toEqual([
      ['PERSON', 'Marlowe'],
      ['PERSON', 'Austin'],
      ['PERSON', 'Brannock'],
    ]);
  });

  it('reads a town that is also a given name, then a surname, as a person; not a country, nor after a place preposition', () => {
    const m = body('On Monday, Victoria Beckham and Paris Hilton arrived. President Santiago Peña spoke.');
    expect(namesIn(m).map((x) => [x.type, x.text])).toEqual([
      ['PERSON', 'Victoria Beckham'],
      ['PERSON', 'Paris Hilton'],
      ['PERSON', 'Santiago Peña'],
    ]);
    expect(pick(body('Highlights: Argentina vs Nigeria Messi goal.'), 'LOCATION').map(([t]) => t)).toEqual(['Argentina', 'Nigeria']);
    expect(pick(body('They met in Victoria Park and flew from Santiago to Lima.'), 'PERSON')).toEqual([]);
  });

  it('reads a one-word place after a person cue, then a capitalised word, as a person', () => {
    const m = body('The premiere drew the actress Florence Pugh and the actor Austin Butler. Officials in Austin and Florence praised the film.');
    expect(namesIn(m).map((x) => [x.type, x.text])).toEqual([
      ['PERSON', 'Florence Pugh'],
      ['PERSON', 'Austin Butler'],
      ['LOCATION', 'Austin'],
      ['LOCATION', 'Florence'],
    ]);
    expect(namesIn(body('Actress Florence Pugh arrived on Monday.')).map((x) => [x.type, x.text])).toEqual([['PERSON', 'Florence Pugh']]);
    // Not a known place or organisation after the place, nor a place noun.
    expect(pick(body('The singer Austin City Limits festival began.'), 'PERSON')).toEqual([]);
  });

  it('reads a country that is also a given name, then a surname, as a person; other countries stay places', () => {
    const m = body('On Monday, Jordan Peterson spoke in Toronto. Georgia Smith won the race.');
    expect(namesIn(m).map((x) => [x.type, x.text])).toEqual([
      ['PERSON', 'Jordan Peterson'],
      ['LOCATION', 'Toronto'],
      ['PERSON', 'Georgia Smith'],
    ]);
    expect(pick(body('Highlights: Argentina vs Nigeria Messi goal.'), 'LOCATION').map(([t]) => t)).toEqual(['Argentina', 'Nigeria']);
    expect(pick(body('Jordan said it would close the border with Syria.'), 'LOCATION').map(([t]) => t)).toEqual(['Jordan', 'Syria']);
    expect(namesIn(body('The leader Israel Katz met officials in Jordan.')).map((x) => [x.type, x.text])).toEqual([
      ['PERSON', 'Israel Katz'],
      ['LOCATION', 'Jordan'],
    ]);
    expect(pick(body('The minister Israel Police said nothing.'), 'PERSON')).toEqual([]);
  });

  it('reads a name after a place noun and "of" or "de" as a place ("the town of …", "la ciudad de …")', () => {
    expect(pick(body('Police in the town of Brackwell said the suspect fled north.'), 'LOCATION').map(([t]) => t)).toEqual(['Brackwell']);
    const es = body('El alcalde dijo que la ciudad de Zacualpan y el municipio de Tezontla esperan ayuda.', undefined, 'es');
    expect(pick(es, 'LOCATION').map(([t]) => t)).toEqual(['Zacualpan', 'Tezontla']);
    // Not after a capitalised noun: "Secretary of State …" is a title.
    expect(pick(body('On Monday, Secretary of State Marlowe met the envoy.'), 'LOCATION')).toEqual([]);
  });

  it('reads a name after a direction and "of", or before a lower-case area word, as a place, also when it starts with an article', () => {
    expect(typedNames(body('The quake struck Al Vardoun province, 70 km south of Tessaouat, and the coastal city of El Marbouk.'))).toEqual([
      'LOCATION:Al Vardoun',
      'LOCATION:Tessaouat',
      'LOCATION:El Marbouk',
    ]);
    expect(typedNames(body('Shelling hit the outskirts of Brovanka in Zhelvin region.'))).toEqual(['LOCATION:Brovanka', 'LOCATION:Zhelvin']);
  });

  it('reads two or three words before a comma and a US state as a town, a gallery as an institution, and a numbered event as no name', () => {
    expect(typedNames(body('Residents of East Palestine, Ohio, and Mount Carrow, N.J., are waiting for answers.'))).toEqual([
      'LOCATION:East Palestine',
      'LOCATION:Ohio',
      'LOCATION:Mount Carrow',
      'LOCATION:N.J.',
    ]);
    expect(typedNames(body('Thieves stole jewels from the Vellmar Gallery before Super Bowl LXII.'))).toEqual(['ORGANIZATION:Vellmar Gallery']);
    // A person's name before a comma and a state stays a person.
    expect(typedNames(body('Sen. Dana Whitcombe, Ohio, voted no.'))).toEqual(['PERSON:Dana Whitcombe', 'LOCATION:Ohio']);
  });

  it('reads a town facing a club across "vs." or beside one across "and" as a club, and a country as its national side', () => {
    const m = extractEntities({ title: 'Barcelona vs. Bayern Munich | Highlights', body: 'Barcelona and Bayern Munich met in Lisbon. Argentina vs Nigeria ended 2-4. Paris and London agreed.' });
    expect(namesIn(m).map((x) => `${x.field}:${x.type}:${x.text}`)).toEqual([
      'title:ORGANIZATION:Barcelona',
      'title:ORGANIZATION:Bayern Munich',
      'body:ORGANIZATION:Barcelona',
      'body:ORGANIZATION:Bayern Munich',
      'body:LOCATION:Lisbon',
      'body:LOCATION:Argentina',
      'body:LOCATION:Nigeria',
      'body:LOCATION:Paris',
      'body:LOCATION:London',
    ]);
  });

  it('reads two given names joined by "and" as people in any list, a name with its generation after a given name whole, and an abbey as a place', () => {
    expect(typedNames(body('The Duke and Duchess of Sussex, Harry and Meghan, visited Nigeria. Flights from Saskatoon, Regina and Winnipeg resumed.'))).toEqual([
      'LOCATION:Sussex',
      'PERSON:Harry',
      'PERSON:Meghan',
      'LOCATION:Nigeria',
      'LOCATION:Saskatoon',
      'LOCATION:Regina',
      'LOCATION:Winnipeg',
    ]);
    expect(typedNames(body('Walter Carter King Jr. spoke at Vellmore Abbey and the Vellmore Chapel.'))).toEqual(['PERSON:Walter Carter King Jr.', 'LOCATION:Vellmore Abbey', 'LOCATION:Vellmore Chapel']);
    // A given name a comma puts after one place is no place of a list.
    expect(typedNames(body("The Princess of Wales, Kate, spoke. The Vellmar Cartel's leader was held."))).toEqual(['LOCATION:Wales', 'ORGANIZATION:Vellmar Cartel']);
  });

  it('reads a town alone as the club of two words named after it, off the map, and an unknown word before a year as an event', () => {
    const m = body('Fans in Dortmund celebrated after Borussia Dortmund won. Dortmund now lead the table, after Euro 2024.');
    expect(namesIn(m).map((x) => `${x.type}:${x.text}=${x.canonical}`)).toEqual([
      'LOCATION:Dortmund=Dortmund',
      'ORGANIZATION:Borussia Dortmund=Borussia Dortmund',
      'ORGANIZATION:Dortmund=Borussia Dortmund',
    ]);
    // Not a body of an ordinary word or with a link word.
    expect(typedNames(body('The Bank of England raised rates. England won the match.'))).toEqual(['ORGANIZATION:Bank of England', 'LOCATION:England']);
  });

  it('reads a name with an acronym of its first letter in brackets after it as one organisation', () => {
    expect(namesIn(body('Christian Vorbeck of the Free Democrats (FDP) resigned. The FDP left the coalition.')).map((x) => `${x.text}=${x.canonical}`)).toEqual([
      'Christian Vorbeck=Christian Vorbeck',
      'Free Democrats=Free Democrats',
      'FDP=Free Democrats',
      'FDP=Free Democrats',
    ]);
  });

  it('reads a known person, a particle and the rest of their name as that person', () => {
    expect(namesIn(body('Lula da Silva met Lula supporters.')).map((x) => `${x.text}=${x.canonical}`)).toEqual([
      'Lula da Silva=Luiz Inácio Lula da Silva',
      'Lula=Luiz Inácio Lula da Silva',
    ]);
  });

  it('reads a well-known surname as the person whatever a comma puts it beside, and the Carolinas as a place', () => {
    expect(namesIn(body('In a post on Truth Social, Trump said power was out in Florida and the Carolinas.')).map((x) => `${x.type}:${x.text}=${x.canonical}`)).toEqual([
      'ORGANIZATION:Truth Social=Truth Social',
      'PERSON:Trump=Donald Trump',
      'LOCATION:Florida=Florida',
      'LOCATION:Carolinas=Carolinas',
    ]);
  });

  it('reads an award before what it makes someone as no name', () => {
    expect(typedNames(body('Nobel laureate Dana Whitcombe and Grammy winner Sam Orlen met Oscar Tollan.'))).toEqual(['PERSON:Dana Whitcombe', 'PERSON:Sam Orlen', 'PERSON:Oscar Tollan']);
  });

  it('reads a religion or a people like a nationality, and "Christian" before a surname as a given name', () => {
    expect(namesIn(body('Sikh leaders and Hindu pilgrims met Rohingya refugees.'))).toEqual([]);
    expect(typedNames(body('Finance Minister Christian Vorbeck resigned. Christian Democrats won.'))).toEqual(['PERSON:Christian Vorbeck']);
  });

  it('keeps the office of capitalised ordinary words before a given name out of the name, and out of the names before it', () => {
    expect(typedNames(body('He met National Security Adviser Jake Tolland and Special Envoy Steve Markel.'))).toEqual(['PERSON:Jake Tolland', 'PERSON:Steve Markel']);
    expect(typedNames(body('Dana Whitcombe and House Speaker Mike Orlen reached a deal.'))).toEqual(['PERSON:Dana Whitcombe', 'PERSON:Mike Orlen']);
    // A known name where the office words end stays: "White House Press Secretary".
    expect(typedNames(body('White House Press Secretary Karla Veddin answered questions.'))).toEqual(['ORGANIZATION:White House', 'PERSON:Karla Veddin']);
    expect(typedNames(body('The gunman was identified as Robin Hallstrom. Penny Arden and Ray Cullum spoke. The stars - Finn Corvell and others - reunite.'))).toEqual([
      'PERSON:Robin Hallstrom',
      'PERSON:Penny Arden',
      'PERSON:Ray Cullum',
      'PERSON:Finn Corvell',
    ]);
  });

  it('types a lone unknown word by the possessive pronoun after its verb, in all its mentions', () => {
    const m = body('The late show is a hit. Brannock hosts his show from a van. Since Brannock took over, ratings rose. Prices fell after Voltaris cut its tariffs.');
    expect(namesIn(m).map((x) => [x.type, x.text])).toEqual([
      ['PERSON', 'Brannock'],
      ['PERSON', 'Brannock'],
      ['ORGANIZATION', 'Voltaris'],
    ]);
    // A preposition is no verb: "a Katana in his bag" says nothing of the Katana.
    expect(pick(body('He keeps a Katana in his bag.'), 'PERSON')).toEqual([]);
  });
});
