import { extractEntities } from './extract';
import { countryBefore, countryVotes, localDollar, nationalBodyNamed, nationalCanonical } from './national';

const bodies = (body: string, source?: string): string[] =>
  extractEntities({ title: '', body, source }).filter((e) => e.type === 'ORGANIZATION').map((e) => `${e.text}=${e.canonical}`);

describe('national bodies named bare', () => {
  it('reads the country a possessive or a nationality names before the body', () => {
    expect(countryBefore("… said Israel's ")).toBe('Israel');
    expect(countryBefore('ruled that the Indian ')).toBe('India');
    expect(countryBefore('the U.K.’s ')).toBe('United Kingdom');
    expect(countryBefore('the country’s ')).toBeUndefined();
    expect(countryBefore('on Monday the ')).toBeUndefined();
  });

  it('names another country\'s body only with evidence: a mention of it, or places of that country alone', () => {
    const votes = (entries: Array<[string, number]>) => new Map(entries);
    const court = 'Supreme Court of the United States';
    expect(nationalCanonical(court, ['Israel'], votes([]))).toBe('Supreme Court of Israel');
    expect(nationalCanonical(court, ['United States'], votes([['Israel', 5]]))).toBe(court);
    expect(nationalCanonical(court, [], votes([['Pakistan', 2]]))).toBe('Supreme Court of Pakistan');
    // One vote is not enough; a tie decides nothing; any vote for the home country keeps it.
    expect(nationalCanonical(court, [], votes([['Pakistan', 1]]))).toBe(court);
    expect(nationalCanonical(court, [], votes([['Pakistan', 2], ['India', 2]]))).toBe(court);
    expect(nationalCanonical(court, [], votes([['Mexico', 4], ['United States', 1]]))).toBe(court);
    expect(nationalCanonical('Parliament of the United Kingdom', [], votes([['Philippines', 3]]))).toBe('Parliament of the Philippines');
  });

  it('counts a document\'s places for their countries and its channel twice', () => {
    const votes = countryVotes(
      [
        { type: 'LOCATION', canonical: 'Islamabad' },
        { type: 'LOCATION', canonical: 'Pakistan' },
        { type: 'LOCATION', canonical: 'Texas' },
        { type: 'PERSON', canonical: 'Canada' },
      ],
      'WION',
    );
    expect(Object.fromEntries(votes)).toEqual({ Pakistan: 2, 'United States': 1, India: 2 });
  });

  it('reads a body named with its nationality as that country\'s', () => {
    expect(nationalBodyNamed('Indian Parliament')).toEqual({ body: 'Parliament of the United Kingdom', country: 'India', canonical: 'Parliament of India' });
    expect(nationalBodyNamed('American Senate')?.canonical).toBe('United States Senate');
    expect(nationalBodyNamed('Indian Ocean')).toBeUndefined();
  });

  it('gives every bare mention of a body in a document one canonical', () => {
    expect(bodies("Israel's Supreme Court struck down the law. The Supreme Court ruling was a blow to the government.")).toEqual([
      'Supreme Court=Supreme Court of Israel',
      'Supreme Court=Supreme Court of Israel',
    ]);
    expect(bodies('The Indian Parliament passed the bill. Parliament meets again in July.')).toEqual([
      'Indian Parliament=Parliament of India',
      'Parliament=Parliament of India',
    ]);
    expect(bodies('The minister defended the plan despite a Supreme Court ruling.', 'Sky News')).toEqual(['Supreme Court=Supreme Court of the United Kingdom']);
    // The alias table's body where the document says nothing else, or names the home country too.
    expect(bodies('The Supreme Court heard the case.')).toEqual(['Supreme Court=Supreme Court of the United States']);
    expect(bodies("The Supreme Court sided with Mexico's government against U.S. gun makers. Mexico had sued.")).toEqual([
      'Supreme Court=Supreme Court of the United States',
    ]);
  });
});

describe('dollars of a document about another dollar country', () => {
  const money = (body: string, source?: string): string[] =>
    extractEntities({ title: '', body, source, publishedAt: '2024-06-18' }).filter((e) => e.type === 'MONEY').map((e) => `${e.text}=${e.canonical}`);

  it('reads a bare "$" or "dollars" as the currency of Australia, Canada or New Zealand when the document is about one of them alone', () => {
    expect(localDollar(new Map([['Australia', 3]]))).toBe('AUD');
    expect(localDollar(new Map([['Canada', 3], ['United States', 1]]))).toBeUndefined();
    expect(localDollar(new Map([['Germany', 4]]))).toBeUndefined();
    expect(money('The government will pay $300 rebates to households in Sydney and Melbourne, and US$5 billion to a fund.')).toEqual([
      '$300=AUD 300',
      'US$5 billion=USD 5 billion',
    ]);
    expect(money('Ottawa will spend 3 billion dollars on housing.', 'CBC News')).toEqual(['3 billion dollars=CAD 3 billion']);
  });

  it('keeps US dollars where the United States is named too, or no country is', () => {
    expect(money('Ottawa will spend $3 billion, while Washington pledged $5 billion.', 'CBC News')).toEqual(['$3 billion=USD 3 billion', '$5 billion=USD 5 billion']);
    expect(money('The startup raised $40 million.')).toEqual(['$40 million=USD 40 million']);
  });
});
