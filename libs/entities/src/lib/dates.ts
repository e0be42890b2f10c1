/**
 * Calendar arithmetic for resolving relative dates against the publication date. Pure and
 * deterministic: only Date.UTC on explicit values, never the clock.
 */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** `2021-06-08` or `2021-06-08T…` → date; anything else → undefined (dates then stay unresolved). */
export function parseReference(publishedAt: string | undefined): Ymd | undefined {
  const m = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt) : null;
  if (!m) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return ymd.m >= 1 && ymd.m <= 12 && ymd.d >= 1 && ymd.d <= 31 ? ymd : undefined;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYmd(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

function toUtc(date: Ymd): number {
  return Date.UTC(date.y, date.m - 1, date.d);
}

function fromUtc(ms: number): Ymd {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: Ymd): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** ISO 8601 week: `2022-W43`. */
export function isoWeek(date: Ymd): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toUtc(thursday) - toUtc(jan1)) / 86_400_000 / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/**
 * The date a weekday name refers to. News reports the past: by default the latest such day on or
 * before the reference ("Monday" in a Tuesday video is yesterday); `next` looks forward, `last`
 * skips the reference day itself.
 */
export function resolveWeekday(ref: Ymd, weekday: number, direction: 'past' | 'next' | 'last' | 'future'): Ymd {
  const current = isoWeekday(ref);
  if (direction === 'next' || direction === 'future') {
    // "next Friday" is never today; "will meet Friday" may be.
    const delta = (weekday - current + 7) % 7 || (direction === 'next' ? 7 : 0);
    return addDays(ref, delta);
  }
  const back = (current - weekday + 7) % 7;
  return addDays(ref, direction === 'last' && back === 0 ? -7 : -back);
}

export function shiftMonth(ref: Ymd, months: number): { y: number; m: number } {
  const index = ref.y * 12 + (ref.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function formatYm(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
