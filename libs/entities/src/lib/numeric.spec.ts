import { findNumericEntities } from './numeric';

const found = (text: string, publishedAt?: string): Array<[string, string, string]> =>
  findNumericEntities(text, publishedAt).map((s) => [s.type, text.slice(s.start, s.end), s.canonical]);

describe('findNumericEntities: dates', () => {
  it('resolves weekdays to the latest such day on or before publication', () => {
    // 2021-06-08 is a Tuesday.
    expect(found('on Tuesday and on Monday, not next Friday', '2021-06-08')).toEqual([
      ['DATE', 'Tuesday', '2021-06-08'],
      ['DATE', 'Monday', '2021-06-07'],
      ['DATE', 'Friday', '2021-06-11'],
    ]);
  });

  it('resolves a weekday of what is to come to that day on or after publication', () => {
    // 2024-12-04 is a Wednesday.
    const at = (text: string) => found(text, '2024-12-04').map(([, t, c]) => `${t}=${c}`);
    expect(at('Macron will speak on Thursday; the committee will vote Wednesday.')).toEqual(['Thursday=2024-12-05', 'Wednesday=2024-12-04']);
    expect(at("Le président s'exprimera jeudi. El presidente hablará el viernes. The vote is expected on Monday.")).toEqual([
      'jeudi=2024-12-05',
      'viernes=2024-12-06',
      'Monday=2024-12-09',
    ]);
    // What may go on until a day: "could fall through Saturday"; what did: "ran through Sunday".
    expect(at('More rain could fall through Saturday. The festival ran through Sunday.')).toEqual(['Saturday=2024-12-07', 'Sunday=2024-12-01']);
    // A deadline: "by noon Friday"; not the agent of a passive ("killed by police on Tuesday").
    expect(at('Residents were ordered to leave by noon Friday. He was killed by police on Tuesday.')).toEqual(['Friday=2024-12-06', 'Tuesday=2024-12-03']);
    // A cue before a past verb, after the weekday, or told in the past: the latest such day.
    expect(at('The talks, which will continue, began on Tuesday. The meeting was scheduled for Monday. After Tuesday, Mexico will stay a partner.')).toEqual([
      'Tuesday=2024-12-03',
      'Monday=2024-12-02',
      'Tuesday=2024-12-03',
    ]);
  });

  it('leaves weekdays unresolved without a publication date', () => {
    expect(found('voted on Thursday')).toEqual([['DATE', 'Thursday', 'XXXX-WXX-4']]);
  });

  it('gives a date written without a year the year that puts it nearest the publication', () => {
    expect(found('The peso fell on December 28 and again in December.', '2024-01-05')).toEqual([
      ['DATE', 'December 28', '2023-12-28'],
      ['DATE', 'December', '2023-12'],
    ]);
    expect(found('The inauguration is on January 20; el 1er febrero habrá otra.', '2024-11-20')).toEqual([
      ['DATE', 'January 20', '2025-01-20'],
      ['DATE', '1er febrero', '2025-02-01'],
    ]);
    expect(found('Fireworks on July 4.', '2021-06-08')).toEqual([['DATE', 'July 4', '2021-07-04']]);
    expect(found('Fireworks on July 4.')).toEqual([['DATE', 'July 4', 'XXXX-07-04']]);
  });

  it('gives a date without a year the past or the coming year its words say, over the nearest', () => {
    const at = (text: string, publishedAt: string) => found(text, publishedAt).map(([, t, c]) => `${t}=${c}`);
    // In a November report the nearest April is next year's; "since" and a past verb make it this year's.
    expect(at('The army has been fighting since April. He was elected in April. Tensions rose in early April.', '2023-11-10')).toEqual([
      'April=2023-04',
      'April=2023-04',
      'April=2023-04',
    ]);
    expect(at('Desde abril hay combates. Depuis avril, les combats continuent.', '2023-11-10')).toEqual(['abril=2023-04', 'avril=2023-04']);
    // A Spanish or French month is written in lower case: "the Champ de Mars" names a place.
    expect(at('Speaking at the Champ de Mars in Paris.', '2023-11-10')).toEqual([]);
    // What is to come: next year's, though last year's is nearer.
    expect(at('Elections are due in May. The album will be released on May 2.', '2023-11-10')).toEqual(['May=2024-05', 'May 2=2024-05-02']);
    // A past verb in a heading's capitals is a notice ("Winner Announced 15th November"); nothing said: the nearest.
    expect(at('Winner Announced 15th November. Talks in April.', '2023-11-10')).toEqual(['15th November=2023-11-15', 'April=2024-04']);
  });

  it('handles month-year, bare months, month-day and day-of-month', () => {
    expect(found('since April 2020, in April, on Jan. 6, on March 23, the 4th of July and July 4th', '2021-06-08')).toEqual([
      ['DATE', 'April 2020', '2020-04'],
      ['DATE', 'April', '2021-04'],
      ['DATE', 'Jan. 6', '2021-01-06'],
      ['DATE', 'March 23', '2021-03-23'],
      ['DATE', '4th of July', '2021-07-04'],
      ['DATE', 'July 4th', '2021-07-04'],
    ]);
  });

  it('gives a day written after its weekday the year in which it is that weekday, and the weekday that date', () => {
    // Published on Wednesday 2024-05-15; 2025-01-19 is a Sunday, 2024-01-19 a Friday.
    expect(found('The ceasefire began on Sunday, Jan. 19; the vote is on Tuesday, 5 November.', '2024-05-15')).toEqual([
      ['DATE', 'Sunday', '2025-01-19'],
      ['DATE', 'Jan. 19', '2025-01-19'],
      ['DATE', 'Tuesday', '2024-11-05'],
      ['DATE', '5 November', '2024-11-05'],
    ]);
  });

  it('reads "N days, weeks, months or years ago" as that date before publication, and no duration', () => {
    expect(found('Two weeks ago the firm warned; 3 days ago it fell; six months ago and two years ago too.', '2024-05-15')).toEqual([
      ['DATE', 'Two weeks ago', '2024-W18'],
      ['DATE', '3 days ago', '2024-05-12'],
      ['DATE', 'six months ago', '2023-11'],
      ['DATE', 'two years ago', '2022'],
    ]);
    expect(found('It happened two weeks ago.')).toEqual([]);
  });

  it('reads a year after mid-, early- or late- as the year', () => {
    expect(found('Shares should recover by mid-2025 after an early-2024 slump; 1,999-2,000 units.')).toEqual([
      ['DATE', 'mid-2025', '2025'],
      ['DATE', 'early-2024', '2024'],
    ]);
  });

  it('does not read a name as a month', () => {
    expect(found('Theresa May spoke')).toEqual([]);
  });

  it('resolves relative weeks, seasons and years', () => {
    expect(found('last week, this summer, next year', '2022-11-01')).toEqual([
      ['DATE', 'last week', '2022-W43'],
      ['DATE', 'this summer', '2022-SU'],
      ['DATE', 'next year', '2023'],
    ]);
  });

  it('gives durations in ISO 8601', () => {
    expect(found('for three months, stuck for six days, after 70 years, a 96-year-old')).toEqual([
      ['DATE', 'three months', 'P3M'],
      ['DATE', 'six days', 'P6D'],
      ['DATE', '70 years', 'P70Y'],
    ]);
  });

  it('takes years in date contexts only', () => {
    expect(found('since 1994, by 2050. It cost 2000 dollars')).toEqual([
      ['DATE', '1994', '1994'],
      ['DATE', '2050', '2050'],
      ['MONEY', '2000 dollars', 'USD 2000'],
    ]);
  });

  it('reads an age as no duration: "de 53 años", "de 40 ans", "aged 53 years"', () => {
    expect(found('un economista de 53 años que llegó hace dos años, después de tres años de crisis')).toEqual([
      ['DATE', 'dos años', 'P2Y'],
      ['DATE', 'tres años', 'P3Y'],
    ]);
    expect(found('un homme de 40 ans, au bout de 3 ans; the man, aged 53 years, served 20 years')).toEqual([
      ['DATE', '3 ans', 'P3Y'],
      ['DATE', '20 years', 'P20Y'],
    ]);
  });

  it('reads a day, a month and a year joined by hyphens, and two capitalised relative dates side by side as a programme\'s name', () => {
    expect(found('Live | 12-November-2017 and 05-Dec-2024', '2020-08-12')).toEqual([
      ['DATE', '12-November-2017', '2017-11-12'],
      ['DATE', '05-Dec-2024', '2024-12-05'],
    ]);
    expect(found('Last Week Tonight with the host', '2020-08-12')).toEqual([]);
    expect(found('What Happened Last Week | Tonight at 9', '2020-08-12')).toEqual([
      ['DATE', 'Last Week', '2020-W32'],
      ['DATE', 'Tonight', '2020-08-12'],
    ]);
  });

  it('reads full and numeric dates and Spanish/French dates', () => {
    expect(found('on January 20, 2021, on 6/8/2021, el 10 de diciembre, le 1er mai 2024', '2023-11-20')).toEqual([
      ['DATE', 'January 20, 2021', '2021-01-20'],
      ['DATE', '6/8/2021', '2021-06-08'],
      ['DATE', '10 de diciembre', '2023-12-10'],
      ['DATE', '1er mai 2024', '2024-05-01'],
    ]);
  });
});

describe('findNumericEntities: percent and money', () => {
  it('normalises percentages', () => {
    expect(found('36%, 8.6 percent, 2 per cent, 0.75 percentage point, 56 por ciento, 2,5 %')).toEqual([
      ['PERCENT', '36%', '36%'],
      ['PERCENT', '8.6 percent', '8.6%'],
      ['PERCENT', '2 per cent', '2%'],
      ['PERCENT', '0.75 percentage point', '0.75 percentage point'],
      ['PERCENT', '56 por ciento', '56%'],
      ['PERCENT', '2,5 %', '2.5%'],
    ]);
  });

  it('reads the scale of an amount in a Title Case or shouted title', () => {
    expect(found('Biden Signs $1.2 Trillion Infrastructure Bill; $5 BILLION DEAL')).toEqual([
      ['MONEY', '$1.2 Trillion', 'USD 1.2 trillion'],
      ['MONEY', '$5 BILLION', 'USD 5 billion'],
    ]);
  });

  it('normalises money to currency code, amount and scale', () => {
    expect(found('$44 billion, €100 billion, $8 a month, $49,000, £2.5bn, 3 million euros, 500 millones de dólares')).toEqual([
      ['MONEY', '$44 billion', 'USD 44 billion'],
      ['MONEY', '€100 billion', 'EUR 100 billion'],
      ['MONEY', '$8', 'USD 8'],
      ['MONEY', '$49,000', 'USD 49,000'],
      ['MONEY', '£2.5bn', 'GBP 2.5 billion'],
      ['MONEY', '3 million euros', 'EUR 3 million'],
      ['MONEY', '500 millones de dólares', 'USD 500 million'],
    ]);
  });
});

describe('findNumericEntities: Indian amounts', () => {
  it('reads half a percentage point, hyphenated amounts and percentages, and dollars and francs named by their country', () => {
    expect(found('Rates fell half a percentage point; a $2.5-billion deal bought a 10-percent stake for 3 billion Swiss francs and 500 million Canadian dollars.')).toEqual([
      ['PERCENT', 'half a percentage point', '0.5 percentage point'],
      ['MONEY', '$2.5-billion', 'USD 2.5 billion'],
      ['PERCENT', '10-percent', '10%'],
      ['MONEY', '3 billion Swiss francs', 'CHF 3 billion'],
      ['MONEY', '500 million Canadian dollars', 'CAD 500 million'],
    ]);
  });

  it('reads "lakh crore" as one scale, and "pc" after a number as per cent', () => {
    expect(found('The budget adds ₹12 lakh crore. Shares fell 7 pc, and unemployment is 3.7pc; 2 PCs broke.')).toEqual([
      ['MONEY', '₹12 lakh crore', 'INR 12 lakh crore'],
      ['PERCENT', '7 pc', '7%'],
      ['PERCENT', '3.7pc', '3.7%'],
    ]);
  });

  it('reads Rs and ₹ as rupees, and crore and lakh as their scales', () => {
    expect(found('India allocated Rs 500 crore and Rs. 2,500, then ₹3 lakh and 40 crore rupees. Their Rs were up.')).toEqual([
      ['MONEY', 'Rs 500 crore', 'INR 500 crore'],
      ['MONEY', 'Rs. 2,500', 'INR 2,500'],
      ['MONEY', '₹3 lakh', 'INR 3 lakh'],
      ['MONEY', '40 crore rupees', 'INR 40 crore'],
    ]);
  });
});

describe('findNumericEntities: amounts written the Spanish or French way', () => {
  it('gives their canonical the English grouping and decimal point', () => {
    expect(found('Un crédito de 20.000 millones de dólares; 2,5 millions d’euros; €1.234,5 million; $1,500 and $9.6 billion.')).toEqual([
      ['MONEY', '20.000 millones de dólares', 'USD 20,000 million'],
      ['MONEY', '2,5 millions d’euros', 'EUR 2.5 million'],
      ['MONEY', '€1.234,5 million', 'EUR 1,234.5 million'],
      ['MONEY', '$1,500', 'USD 1,500'],
      ['MONEY', '$9.6 billion', 'USD 9.6 billion'],
    ]);
  });
});
