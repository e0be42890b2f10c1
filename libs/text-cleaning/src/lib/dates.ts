import { InvalidDateError } from './errors';

/**
 * Date normalisation. Output is ISO 8601: a date-only input stays a date (`2021-06-08`), a
 * timestamp becomes UTC (`2021-06-08T14:00:00Z`, milliseconds only when non-zero). Day-first
 * numeric dates are never guessed: `a/b/yyyy` is US month/day (the text layout's form) unless it can
 * only be day/month (`15/06/2022`: no month 15), so `13/45/2021` and `2/30/2021` are rejected
 * rather than swapped or rolled over.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+)?';
const MONTH_NAME = '([a-z]{3,9})\\.?';

const US_NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASH_ISO_DATE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})$`, 'i');
/** RFC 822/1123 as RSS writes it: `Tue, 08 Jun 2021 14:00:00 GMT` or `+0000`. */
const RFC_822 = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH_NAME}\\s+(\\d{4})\\s+(\\d{2}):(\\d{2})(?::(\\d{2}))?\\s+(GMT|UTC|UT|Z|[+-]\\d{4})$`, 'i');

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkedDate(raw: string, year: number, month: number, day: number): void {
  if (month < 1 || month > 12) throw new InvalidDateError(raw, `has month ${month}, which does not exist`);
  if (day < 1 || day > daysIn(year, month)) {
    throw new InvalidDateError(raw, `names day ${day} of a month that has ${daysIn(year, month)} days`);
  }
}

function monthOf(raw: string, name: string): number {
  const month = MONTHS[name.toLowerCase()];
  if (month === undefined) throw new InvalidDateError(raw, `has an unknown month name "${name}"`);
  return month;
}

function dateOnly(raw: string, year: number, month: number, day: number): string {
  checkedDate(raw, year, month, day);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function timestamp(raw: string, parts: number[], zone: string | undefined, fraction = ''): string {
  const [year, month, day, hour, minute, second] = parts;
  checkedDate(raw, year, month, day);
  if (hour > 23 || minute > 59 || second > 59) throw new InvalidDateError(raw, 'has a time of day that does not exist');
  let offsetMinutes = 0;
  if (zone && !/^(z|gmt|utc|ut)$/i.test(zone)) {
    const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!m) throw new InvalidDateError(raw, `has an unreadable zone "${zone}"`);
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? '0');
    if (hours > 14 || minutes > 59) throw new InvalidDateError(raw, `has a zone offset "${zone}" that does not exist`);
    offsetMinutes = (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const millis = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000);
  const iso = utc.toISOString();
  return millis === 0 ? iso.replace('.000Z', 'Z') : iso;
}

/**
 * Normalises a publication date. Returns undefined for an empty value; throws InvalidDateError for
 * anything unreadable or impossible. An ISO timestamp without a zone keeps only its date part: the
 * day is what the source wrote, the instant is unknown.
 */
export function normalizeDate(input: string): string | undefined {
  const raw = input.trim().replace(/\s+/g, ' ');
  if (raw === '') return undefined;
  let m: RegExpExecArray | null;
  if ((m = US_NUMERIC.exec(raw))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a > 12 && b >= 1 && b <= 12 ? dateOnly(raw, Number(m[3]), b, a) : dateOnly(raw, Number(m[3]), a, b);
  }
  if ((m = ISO_DATE.exec(raw)) || (m = SLASH_ISO_DATE.exec(raw))) return dateOnly(raw, Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = ISO_TIMESTAMP.exec(raw))) {
    const parts = [1, 2, 3, 4, 5, 6].map((i) => Number(m![i] ?? '0'));
    if (!m[8]) {
      timestamp(raw, parts, 'Z'); // still validates the time of day
      return dateOnly(raw, parts[0], parts[1], parts[2]);
    }
    return timestamp(raw, parts, m[8], m[7]);
  }
  if ((m = MONTH_DAY_YEAR.exec(raw))) return dateOnly(raw, Number(m[3]), monthOf(raw, m[1]), Number(m[2]));
  if ((m = DAY_MONTH_YEAR.exec(raw))) return dateOnly(raw, Number(m[3]), monthOf(raw, m[2]), Number(m[1]));
  if ((m = RFC_822.exec(raw))) {
    const parts = [Number(m[3]), monthOf(raw, m[2]), Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? '0')];
    return timestamp(raw, parts, m[7]);
  }
  throw new InvalidDateError(raw, 'is not a date format vidx reads');
}
