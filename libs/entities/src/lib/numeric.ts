import type { EntityType } from '@vidx/contracts';
import { addDays, formatYm, formatYmd, isoWeek, isoWeekday, parseReference, resolveWeekday, shiftMonth, type Ymd } from './dates';

/** A pattern-found mention (DATE, PERCENT, MONEY) before it gets its field. */
export interface Span {
  type: EntityType;
  start: number;
  end: number;
  canonical: string;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10,
  noviembre: 11, diciembre: 12, janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8,
  aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};
const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6, domingo: 7,
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
};
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, quince: 15, veinte: 20,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, quinze: 15, vingt: 20,
};

const EN_MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const EN_MONTH = `(?:${EN_MONTH_FULL}|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)`;
const ES_MONTH = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const FR_MONTH = '(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)';
const ROMANCE_MONTH = `(?:${ES_MONTH}|${FR_MONTH})`;
const NUM_WORD = Object.keys(NUMBER_WORDS).join('|');
const B = '(?<![\\p{L}\\p{N}])'; // word start (Unicode aware)
const E = '(?![\\p{L}\\p{N}])'; // word end

interface Rule {
  type: EntityType;
  re: RegExp;
  canonical(m: RegExpExecArray, ctx: Context): string | undefined;
}
interface Context {
  ref?: Ymd;
  text: string;
}

const monthOf = (word: string): number => MONTHS[word.toLowerCase().replace(/\.$/, '')];
/**
 * The year of a date written without one: the one that puts it nearest the publication date
 * ("December 28" in a January report is last December's; "January 20" in a November report is
 * next January's), unless the words before it say it is past or to come (see `tenseBefore`): "has
 * been fighting since April" in a November report is this year's April, "will vote in March" in a
 * February report this year's March. Without a publication date, XXXX.
 */
function nearYear(ctx: Context, month: number, day?: number, index?: number): string {
  const ref = ctx.ref;
  if (!ref) return 'XXXX';
  const tense = index === undefined ? undefined : tenseBefore(ctx.text.slice(Math.max(0, index - 60), index));
  // Whether the date is on or before publication in the year published (a month: that month or an earlier one).
  const notAfter = month < ref.m || (month === ref.m && (day === undefined || day <= ref.d));
  const notBefore = month > ref.m || (month === ref.m && (day === undefined || day >= ref.d));
  if (tense === 'past') return String(notAfter ? ref.y : ref.y - 1);
  if (tense === 'future') return String(notBefore ? ref.y : ref.y + 1);
  const at = Date.UTC(ref.y, ref.m - 1, ref.d);
  const years = [ref.y - 1, ref.y, ref.y + 1];
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day ?? 15) - at);
  return String(years.reduce((best, y) => (distance(y) < distance(best) ? y : best)));
}

/**
 * Whether the words right before a date without a year put it in the past ("since April", "desde
 * abril", "depuis avril", "was elected in April", "began on March 3") or to come ("will vote in
 * March", "is expected in June"); undefined when nothing says so (then the nearest year).
 */
function tenseBefore(before: string): 'past' | 'future' | undefined {
  if (/(?<![\p{L}])(?:since|desde|depuis)\s+(?:(?:early|late|mid|the end of|the start of|the beginning of)[\s-]+)?$/iu.test(before)) return 'past';
  if (futureBefore(before)) return 'future';
  // A past verb governing the date: "was killed in April", "announced on March 3", "held in May".
  // In lower case: a heading's "Winner Announced 15th November" is a notice of what is to come.
  return /(?<![\p{L}])(?:\p{Ll}{3,}ed|held|began|took|won|lost|fell|rose|met|came|went|left|signed|sworn in)\s+(?:(?:in|on|during)\s+)?(?:(?:early|late|mid)[\s-]+)?$/u.test(before) ? 'past' : undefined;
}

const WEEKDAY_NAME = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/**
 * "Sunday, Jan. 19": a month and day written after their weekday take the year, of the three
 * around publication, in which that day is that weekday (the nearest such); the weekday alone is
 * that date too. Undefined when no such year is near, or nothing names a weekday beside the day.
 */
function weekdayYear(ctx: Context, weekday: number, month: number, day: number): number | undefined {
  const ref = ctx.ref;
  if (!ref || !validDay(day)) return undefined;
  const at = Date.UTC(ref.y, ref.m - 1, ref.d);
  const fits = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isoWeekday({ y, m: month, d: day }) === weekday);
  fits.sort((a, b) => Math.abs(Date.UTC(a, month - 1, day) - at) - Math.abs(Date.UTC(b, month - 1, day) - at));
  return fits[0];
}
/** The weekday written just before `index` ("Sunday, " of "Sunday, Jan. 19"), as 1–7, or undefined. */
const WEEKDAY_BEFORE = new RegExp(`(${WEEKDAY_NAME}),?\\s+$`);
function weekdayBefore(text: string, index: number): number | undefined {
  const m = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, index - 12), index));
  return m ? WEEKDAYS[m[1].toLowerCase()] : undefined;
}
/** The year of a month and day without one: the weekday's year when one is written before it, else nearYear's. */
function yearOfDay(ctx: Context, index: number, month: number, day: number): string {
  const weekday = weekdayBefore(ctx.text, index);
  const year = weekday ? weekdayYear(ctx, weekday, month, day) : undefined;
  return year ? String(year) : nearYear(ctx, month, day, index);
}
const ymd = (y: number | string, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const validDay = (d: number): boolean => d >= 1 && d <= 31;

function numberValue(word: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()];
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', $: 'USD', 'C$': 'CAD', 'CA$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'HK$': 'HKD', 'NZ$': 'NZD',
  'S$': 'SGD', 'R$': 'BRL', 'MX$': 'MXN', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY',
  '₦': 'NGN', Rs: 'INR', 'Rs.': 'INR', CHF: 'CHF', USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', INR: 'INR', CAD: 'CAD', AUD: 'AUD',
};
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', yuan: 'CNY',
  renminbi: 'CNY', rupee: 'INR', rupees: 'INR', peso: 'MXN', pesos: 'MXN', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB',
  roubles: 'RUB', franc: 'CHF', francs: 'CHF', dólar: 'USD', dólares: 'USD', dolares: 'USD', libras: 'GBP', won: 'KRW',
  lira: 'TRY', naira: 'NGN', rand: 'ZAR', riyals: 'SAR', shekels: 'ILS', hryvnia: 'UAH',
};
/** Dollars and francs named by their country: "3 billion Swiss francs", "500 million Canadian dollars". */
const NATIONAL_CURRENCY: Record<string, string> = {
  'Swiss franc': 'CHF', 'Canadian dollar': 'CAD', 'Australian dollar': 'AUD', 'Hong Kong dollar': 'HKD', 'New Zealand dollar': 'NZD',
  'Singapore dollar': 'SGD', 'Taiwan dollar': 'TWD',
};
const SCALES: Record<string, string> = {
  thousand: 'thousand', k: 'thousand', million: 'million', millions: 'million', m: 'million', mn: 'million', mln: 'million',
  billion: 'billion', billions: 'billion', bn: 'billion', b: 'billion', trillion: 'trillion', tn: 'trillion',
  millones: 'million', 'mil millones': 'billion', milliards: 'billion', milliard: 'billion', billones: 'trillion',
  crore: 'crore', crores: 'crore', lakh: 'lakh', lakhs: 'lakh', 'lakh crore': 'lakh crore', 'lakh crores': 'lakh crore',
};
const SYMBOL_RE = '(?:Rs\\.?\\s?|US\\$|U\\.S\\.\\$|C\\$|CA\\$|A\\$|AU\\$|HK\\$|NZ\\$|S\\$|R\\$|MX\\$|\\$|€|£|¥|₹|₩|₽|₺|₦|(?:CHF|USD|EUR|GBP|JPY|CNY|INR|CAD|AUD)\\s?)';
const AMOUNT = '\\d+(?:[,.]\\d{3})*(?:[.,]\\d+)?';
// The words also as a Title Case or shouted title writes them: "$1.2 Trillion", "$5 BILLION".
const SCALE_RE = '(?:[Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|TRILLION|BILLION|MILLION|THOUSAND|crores?|lakh crores?|lakhs?|bn|tn|mn|mln|m|b|k|mil millones|millones|billones|milliards?|millions)';

function money(currency: string, amount: string, scale: string | undefined): string {
  const scaleWord = scale ? SCALES[scale.toLowerCase().replace(/\s+/g, ' ')] : undefined;
  return `${currency} ${englishNumber(amount)}${scaleWord ? ` ${scaleWord}` : ''}`;
}

/**
 * An amount as English writes it: "20.000" and "1.234,5" (Spanish, French, German grouping) become
 * "20,000" and "1,234.5", a decimal comma "2,5" becomes "2.5"; "1,500" and "9.6" stay.
 */
function englishNumber(amount: string): string {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(amount)) return amount.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
  if (/^\d+,\d{1,2}$/.test(amount)) return amount.replace(',', '.');
  return amount;
}

function percentNumber(raw: string): string {
  // Decimal comma (Spanish/French "2,5 %") → dot; thousands separators never occur in percentages.
  return raw.replace(/^(\d+),(\d{1,2})$/, '$1.$2');
}

/** The month and day written right after a weekday: ", Jan. 19", " 5 November". */
const DAY_AFTER_WEEKDAY = new RegExp(`^,?\\s+(${EN_MONTH})\\s+(\\d{1,2})(?!\\d)|^,?\\s+(\\d{1,2})\\s+(${EN_MONTH})`);

const RULES: Rule[] = [
  // ---- MONEY ----
  {
    type: 'MONEY',
    re: new RegExp(`(?<![\\p{L}\\p{N}$])(${SYMBOL_RE})\\s?(${AMOUNT})(?:[\\s-]?(${SCALE_RE})${E})?(?:\\s+(?:de|d['’])\\s*(dólares|dolares|euros|pesos|dollars))?`, 'gu'),
    canonical: (m) => {
      const symbol = m[1].trim();
      const currency = CURRENCY_SYMBOLS[symbol] ?? CURRENCY_SYMBOLS[symbol.replace(/\s/g, '')] ?? 'USD';
      return money(currency, m[2], m[3]);
    },
  },
  {
    type: 'MONEY',
    re: new RegExp(
      `${B}(${AMOUNT})\\s?(${SCALE_RE})?\\s?(?:de\\s+|d['’])?(?:U\\.S\\.\\s+|US\\s+|(Swiss|Canadian|Australian|Hong Kong|New Zealand|Singapore|Taiwan)\\s+)?(dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|pesos?|rubles?|roubles?|francs|dólares|dolares|libras|won|lira|naira|rand|riyals|shekels|hryvnia)${E}`,
      'giu',
    ),
    canonical: (m) => money((m[3] ? NATIONAL_CURRENCY[`${m[3]} ${m[4].toLowerCase().replace(/s$/, '')}`] : undefined) ?? CURRENCY_WORDS[m[4].toLowerCase()] ?? 'USD', m[1], m[2]),
  },
  {
    type: 'MONEY',
    re: new RegExp(`${B}(${AMOUNT}(?:[  ]\\d{3})*)\\s?(${SCALE_RE})?\\s?(€|£|\\$)`, 'gu'),
    canonical: (m) => money(CURRENCY_SYMBOLS[m[3]], m[1].replace(/[  ]/g, ' '), m[2]),
  },
  // ---- PERCENT ----
  {
    type: 'PERCENT',
    re: new RegExp(`${B}(\\d+(?:\\.\\d+)?)\\s+(percentage points?|basis points?|puntos porcentuales|points de pourcentage)${E}`, 'gu'),
    canonical: (m) => `${m[1]} ${m[2].toLowerCase()}`,
  },
  {
    // "half a percentage point", "a quarter of a percentage point".
    type: 'PERCENT',
    re: new RegExp(`${B}(half a|a quarter of a|three quarters of a) (percentage point)${E}`, 'giu'),
    canonical: (m) => `${/^half/i.test(m[1]) ? '0.5' : /^a quarter/i.test(m[1]) ? '0.25' : '0.75'} ${m[2].toLowerCase()}`,
  },
  {
    type: 'PERCENT',
    re: new RegExp(`${B}(\\d+(?:[.,]\\d+)?|${NUM_WORD})[\\s  -]?(%|percent${E}|per[\\s-]?cent${E}|pct${E}|pc${E}|por\\s+ciento${E}|pour\\s?cent${E})`, 'giu'),
    canonical: (m) => {
      const n = /^\d/.test(m[1]) ? percentNumber(m[1]) : String(numberValue(m[1]) ?? m[1]);
      return `${n}%`;
    },
  },
  // ---- DATE: absolute ----
  {
    type: 'DATE',
    re: /(?<![\d/])(\d{4})-(\d{2})-(\d{2})(?![\d])/g,
    canonical: (m) => `${m[1]}-${m[2]}-${m[3]}`,
  },
  {
    type: 'DATE',
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g,
    canonical: (m) => (Number(m[1]) <= 12 ? ymd(m[3], Number(m[1]), Number(m[2])) : ymd(m[3], Number(m[2]), Number(m[1]))),
  },
  {
    type: 'DATE',
    re: new RegExp(`${B}(${EN_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${E}`, 'gu'),
    canonical: (m) => (validDay(Number(m[2])) ? ymd(m[3], monthOf(m[1]), Number(m[2])) : undefined),
  },
  {
    // "12-November-2017", "05-Dec-2024": a day, a month's name and a year joined by hyphens.
    type: 'DATE',
    re: new RegExp(`${B}(\\d{1,2})-(${EN_MONTH_FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)-(\\d{4})${E}`, 'giu'),
    canonical: (m) => (validDay(Number(m[1])) ? ymd(m[3], monthOf(m[2]), Number(m[1])) : undefined),
  },
  {
    type: 'DATE',
    re: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTH}),?\\s+(\\d{4})${E}`, 'gu'),
    canonical: (m) => (validDay(Number(m[1])) ? ymd(m[3], monthOf(m[2]), Number(m[1])) : undefined),
  },
  {
    type: 'DATE',
    re: new RegExp(`${B}(\\d{1,2}|1er)\\s+(?:de\\s+)?(${ROMANCE_MONTH})(?:\\s+(?:de(?:l)?\\s+)?(\\d{4}))?${E}`, 'giu'),
    canonical: (m, ctx) => {
      const day = m[1] === '1er' ? 1 : Number(m[1]);
      return validDay(day) ? ymd(m[3] ?? nearYear(ctx, monthOf(m[2]), day, m.index), monthOf(m[2]), day) : undefined;
    },
  },
  {
    type: 'DATE',
    re: new RegExp(`${B}(${EN_MONTH})\\s+(?:of\\s+)?(\\d{4})${E}`, 'gu'),
    canonical: (m) => formatYm(Number(m[2]), monthOf(m[1])),
  },
  {
    type: 'DATE',
    re: new RegExp(`${B}(${ROMANCE_MONTH})\\s+(?:de(?:l)?\\s+)?(\\d{4})${E}`, 'giu'),
    canonical: (m) => formatYm(Number(m[2]), monthOf(m[1])),
  },
  {
    type: 'DATE',
    re: new RegExp(`${B}(${EN_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d:.,]\\d|\\d|\\s*%)`, 'gu'),
    canonical: (m, ctx) => (validDay(Number(m[2])) ? ymd(yearOfDay(ctx, m.index, monthOf(m[1]), Number(m[2])), monthOf(m[1]), Number(m[2])) : undefined),
  },
  {
    type: 'DATE',
    re: new RegExp(`${B}(\\d{1,2})(?:(?:st|nd|rd|th)\\s+of|(?:st|nd|rd|th)?)\\s+(${EN_MONTH})${E}`, 'gu'),
    canonical: (m, ctx) => (validDay(Number(m[1])) ? ymd(yearOfDay(ctx, m.index, monthOf(m[2]), Number(m[1])), monthOf(m[2]), Number(m[1])) : undefined),
  },
  {
    type: 'DATE',
    re: new RegExp(`${B}(?:Q([1-4])|(first|second|third|fourth) quarter(?: of)?)\\s+(\\d{4})${E}`, 'gu'),
    canonical: (m) => `${m[3]}-Q${m[1] ?? ['first', 'second', 'third', 'fourth'].indexOf(m[2]) + 1}`,
  },
  {
    type: 'DATE',
    re: new RegExp(`${B}(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(\\d{4})${E}`, 'giu'),
    canonical: (m) => `${m[2]}-${season(m[1])}`,
  },
  // Month alone: "in April" (English months capitalised; "May" needs a date preposition).
  {
    type: 'DATE',
    re: new RegExp(`${B}(?:(?<=(?:in|since|until|by|of|early|late|mid|last|next|this|from|through|before|after|during|to|and|or)\\s)May|(?:${EN_MONTH_FULL.replace('May|', '')}))${E}(?!\\s+\\p{Lu}\\p{Ll})`, 'gu'),
    canonical: (m, ctx) => (ctx.ref ? formatYm(Number(nearYear(ctx, monthOf(m[0]), undefined, m.index)), monthOf(m[0])) : `XXXX-${String(monthOf(m[0])).padStart(2, '0')}`),
  },
  {
    type: 'DATE',
    re: new RegExp(`(?<=(?:en|de|desde|hasta|para|depuis|jusqu'en|fin|début|mi|au mois de|à partir de)\\s)${ROMANCE_MONTH}${E}`, 'giu'),
    // Written in lower case, as Spanish and French write months: "de Mars" is a name ("Champ de Mars").
    canonical: (m, ctx) =>
      /^\p{Lu}/u.test(m[0]) ? undefined : ctx.ref ? formatYm(Number(nearYear(ctx, monthOf(m[0]), undefined, m.index)), monthOf(m[0])) : `XXXX-${String(monthOf(m[0])).padStart(2, '0')}`,
  },
  // ---- DATE: relative ----
  {
    type: 'DATE',
    re: new RegExp(`${B}(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)${E}`, 'gu'),
    canonical: (m, ctx) => {
      const weekday = WEEKDAYS[m[1].toLowerCase()];
      if (!ctx.ref) return `XXXX-WXX-${weekday}`;
      const day = DAY_AFTER_WEEKDAY.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16));
      if (day) {
        const [month, date] = day[1] ? [monthOf(day[1]), Number(day[2])] : [monthOf(day[4]), Number(day[3])];
        const year = weekdayYear(ctx, weekday, month, date);
        if (year) return ymd(year, month, date);
      }
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase();
      const direction = /(?:next|coming|próximo|proximo|prochain)\s+$/.test(before) || /^\s+(?:próximo|prochain)/.test(after)
        ? 'next'
        : /(?:last|pasado)\s+$/.test(before) || /^\s+(?:pasado|dernier)/.test(after)
          ? 'last'
          : futureBefore(ctx.text.slice(Math.max(0, m.index - 60), m.index)) || DEADLINE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 48), m.index))
            ? 'future'
            : 'past';
      return formatYmd(resolveWeekday(ctx.ref, weekday, direction));
    },
  },
  {
    type: 'DATE',
    re: /(?<![\p{L}])(last|this|next|past|coming)\s+(week|month|year|weekend|summer|winter|spring|fall|autumn)(?![\p{L}])/giu,
    canonical: (m, ctx) => relative(m[1].toLowerCase(), m[2].toLowerCase(), ctx.ref),
  },
  {
    type: 'DATE',
    re: /(?<![\p{L}])(la semana pasada|la próxima semana|la semana que viene|el año pasado|este año|el próximo año|el mes pasado|el próximo mes|este mes|la semaine dernière|la semaine prochaine|l['’]année dernière|cette année|l['’]an dernier|le mois dernier|ce mois-ci)(?![\p{L}])/giu,
    canonical: (m, ctx) => {
      const phrase = m[1].toLowerCase();
      const unit = /semana|semaine/.test(phrase) ? 'week' : /mes|mois/.test(phrase) ? 'month' : 'year';
      const which = /pasad|derni/.test(phrase) ? 'last' : /próxim|prochain|viene/.test(phrase) ? 'next' : 'this';
      return relative(which, unit, ctx.ref);
    },
  },
  {
    type: 'DATE',
    re: /(?<![\p{L}])(yesterday|today|tonight|tomorrow|ayer|hoy|hier|aujourd['’]hui|demain)(?![\p{L}'’])/giu,
    canonical: (m, ctx) => {
      if (!ctx.ref) return 'XXXX-XX-XX';
      const w = m[1].toLowerCase();
      const delta = /^(yesterday|ayer|hier)$/.test(w) ? -1 : /^(tomorrow|demain)$/.test(w) ? 1 : 0;
      return formatYmd(addDays(ctx.ref, delta));
    },
  },
  // "two weeks ago", "three years ago": the day, week, month or year that far before publication.
  {
    type: 'DATE',
    re: new RegExp(`${B}(\\d+|${NUM_WORD})\\s+(days?|weeks?|months?|years?)\\s+ago${E}`, 'giu'),
    canonical: (m, ctx) => {
      const n = numberValue(m[1]);
      if (n === undefined || !ctx.ref) return undefined;
      const unit = m[2].toLowerCase();
      if (unit.startsWith('day')) return formatYmd(addDays(ctx.ref, -n));
      if (unit.startsWith('week')) return isoWeek(addDays(ctx.ref, -7 * n));
      if (unit.startsWith('month')) {
        const { y, m: month } = shiftMonth(ctx.ref, -n);
        return formatYm(y, month);
      }
      return String(ctx.ref.y - n);
    },
  },
  // ---- DATE: durations ----
  {
    type: 'DATE',
    re: new RegExp(`${B}(\\d+(?:\\.\\d+)?|${NUM_WORD})\\s+(?:more\\s+|full\\s+)?(days?|weeks?|months?|years?|decades?|hours?|minutes?|días|dias|semanas|meses|años|anos|décadas|horas|jours|semaines|mois|ans|années|heures)${E}(?![\\s-]+(?:old|ago|earlier|later|after|before|from now)${E})`, 'giu'),
    // "un economista de 53 años", "un homme de 40 ans", "aged 53 years": an age, no duration.
    canonical: (m, ctx) => (isAge(ctx.text.slice(Math.max(0, m.index - 30), m.index), m[2]) ? undefined : duration(m[1], m[2])),
  },
  // ---- DATE: years and decades ----
  {
    type: 'DATE',
    re: /(?<![\p{L}\p{N}$€£¥.,/-])(?:the\s+)?(1[5-9]\d0|20\d0)s(?![\p{L}\p{N}])/gu,
    canonical: (m) => `${m[1].slice(0, 3)}X`,
  },
  // "by mid-2025", "an early-2024 deadline": the year.
  {
    type: 'DATE',
    re: /(?<![\p{L}\p{N}])(?:mid|early|late)-(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d)/giu,
    canonical: (m) => m[1],
  },
  {
    type: 'DATE',
    re: /(?<![\p{L}\p{N}$€£¥.,/:-])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d|\s*(?:%|percent|per cent))/gu,
    canonical: (m, ctx) => (isYearContext(ctx.text, m.index, m[0].length) ? m[1] : undefined),
  },
];

const YEAR_PREPOSITIONS = new Set(
  'in since by until till from of before after through to between and or early late mid around circa during the year en desde hasta de del depuis jusqu en année año dès'.split(' '),
);

function isYearContext(text: string, index: number, length: number): boolean {
  const before = /([\p{L}]+)[\s-]*$/u.exec(text.slice(Math.max(0, index - 20), index));
  if (before && YEAR_PREPOSITIONS.has(before[1].toLowerCase())) return true;
  const after = text.slice(index + length, index + length + 2);
  const quantity = before && /^(than|about|nearly|over|some|around|almost|approximately|roughly|least|to)$/i.test(before[1]);
  return /^(?:[,.;:)!?]|$|\s*\n)/.test(after) && !quantity;
}

function season(word: string): string {
  const w = word.toLowerCase();
  return w === 'spring' ? 'SP' : w === 'summer' ? 'SU' : w === 'winter' ? 'WI' : 'FA';
}

function relative(which: string, unit: string, ref: Ymd | undefined): string {
  const offset = which === 'last' || which === 'past' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
  if (['summer', 'winter', 'spring', 'fall', 'autumn'].includes(unit)) {
    return `${ref ? ref.y + offset : 'XXXX'}-${season(unit)}`;
  }
  if (!ref) return unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX';
  if (unit === 'week') return isoWeek(addDays(ref, offset * 7));
  if (unit === 'weekend') return `${isoWeek(addDays(ref, offset * 7))}-WE`;
  if (unit === 'month') {
    const { y, m } = shiftMonth(ref, offset);
    return formatYm(y, m);
  }
  return String(ref.y + offset);
}

function duration(amount: string, unit: string): string | undefined {
  const n = numberValue(amount);
  if (n === undefined) return undefined;
  const u = unit.toLowerCase();
  if (/^(hour|hora|heure)/.test(u)) return `PT${n}H`;
  if (/^minute/.test(u)) return `PT${n}M`;
  if (/^(day|día|dia|jour)/.test(u)) return `P${n}D`;
  if (/^(week|semana|semaine)/.test(u)) return `P${n}W`;
  if (/^(month|mes|mois)/.test(u)) return `P${n}M`;
  if (/^(decade|década)/.test(u)) return `P${n * 10}Y`;
  return `P${n}Y`;
}

/**
 * Whether the clause before a weekday speaks of what is to come: "will meet on Thursday", "is
 * expected to vote Friday", "s'exprimera jeudi", "hablará el jueves"; not when a past verb follows
 * the cue ("will say what happened on Tuesday" is rare, "which will continue, began Tuesday" not).
 */
function futureBefore(before: string): boolean {
  const clause = before.split(/[.;!?]/).pop() ?? '';
  const cue = /(?<![\p{L}])(?:will|won['’]t|['’]ll|(?:is|are) (?:expected|scheduled|set|due|slated|going) (?:to|on|for|in)|due (?:in|on|by)|(?:is|are) to|scheduled for|due on|set for|plans? to|sera|seront|\p{L}{3,}(?:era|eront|ira|iront)|va|vont|doit|doivent|será|serán|\p{L}{3,}(?:ará|erá|irá|arán|erán|irán)|va a|van a)(?![\p{L}])/giu;
  let last = -1;
  // "which was scheduled for Monday": a plan told in the past is no future.
  for (const m of clause.matchAll(cue)) if (!/\b(?:was|were|had(?: been)?)\s+$/i.test(clause.slice(0, m.index))) last = m.index + m[0].length;
  if (last < 0) return false;
  // A passive after the cue is still to come: "will be released on Nov. 17".
  return !/\b(?:said|says|was|were|had|did|began|\p{L}{3,}ed)\b/u.test(clause.slice(last).replace(/^\s*(?:be|have been)\s+\p{L}+/u, ''));
}

/**
 * A deadline right before a weekday: "ordered to leave by noon Friday", "must reply by Monday"; or
 * the end of what may happen: "another 3 inches could fall through Saturday".
 */
const DEADLINE_BEFORE =
  /(?<![\p{L}])by\s+(?:noon\s+|midnight\s+|(?:the\s+)?end\s+of\s+)?(?:(?:on|next|this)\s+)?$|(?<![\p{L}])(?:could|may|might|expected to|forecast to|likely to)\s+(?:\p{Ll}+\s+){1,4}(?:through|until|till)\s+$/iu;

/** Words before "de" that make "de N años" a time span ("después de dos años"), not an age. */
const SPAN_BEFORE_DE = new Set(['después', 'despues', 'antes', 'más', 'mas', 'menos', 'cerca', 'alrededor', 'además', 'plazo', 'periodo', 'período', 'lapso', 'término', 'espacio', 'près', 'plus', 'moins', 'lors', 'bout', 'cours', 'durée', 'période', 'delà']);

/** Whether the years after `before` are someone's age: "… de 53 años", "… de 40 ans", "aged 53 years". */
function isAge(before: string, unit: string): boolean {
  const u = unit.toLowerCase();
  if (/\baged\s+$/i.test(before)) return true;
  if (u !== 'años' && u !== 'anos' && u !== 'ans') return false;
  const de = /(\p{L}+)\s+de\s+$/u.exec(before);
  return de !== null && !SPAN_BEFORE_DE.has(de[1].toLowerCase());
}

/**
 * All DATE, PERCENT and MONEY mentions in `text`, resolved against `publishedAt` (ISO date). Where
 * two patterns overlap, the longer wins (then the earlier rule), so "April 2020" beats "April".
 */
export function findNumericEntities(text: string, publishedAt?: string): Span[] {
  const ctx: Context = { ref: parseReference(publishedAt), text };
  const found: Array<Span & { rule: number }> = [];
  RULES.forEach((rule, ruleIndex) => {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      let start = m.index;
      let matched = m[0];
      // A leading "the " (decades) is context, not part of the date.
      const lead = /^the\s+/i.exec(matched);
      if (lead) {
        start += lead[0].length;
        matched = matched.slice(lead[0].length);
      }
      const canonical = rule.canonical(m as RegExpExecArray, ctx);
      if (canonical === undefined) continue;
      found.push({ type: rule.type, start, end: start + matched.trimEnd().length, canonical, rule: ruleIndex });
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule - b.rule || a.start - b.start);
  const kept: Span[] = [];
  for (const span of found) {
    if (kept.some((k) => span.start < k.end && k.start < span.end)) continue;
    kept.push({ type: span.type, start: span.start, end: span.end, canonical: span.canonical });
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.filter((span, k) => !inProgrammeName(text, kept, k));
}

/**
 * "Last Week Tonight": two capitalised relative dates side by side name a programme, not a time
 * ("last week tonight" means nothing).
 */
function inProgrammeName(text: string, spans: readonly Span[], k: number): boolean {
  const relative = (span: Span | undefined) =>
    span !== undefined && span.type === 'DATE' && /^(?:Last|This|Next|Past|Coming|Tonight|Today|Tomorrow|Yesterday)\b/.test(text.slice(span.start, span.end));
  const [prev, span, next] = [spans[k - 1], spans[k], spans[k + 1]];
  if (!relative(span)) return false;
  return (relative(next) && /^ +$/.test(text.slice(span.end, next!.start))) || (relative(prev) && /^ +$/.test(text.slice(prev!.end, span.start)));
}
