/** Gregorian calendar arithmetic on plain {year, month, day} values (UTC, no time zones), and ISO 8601 formatting. */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseIsoDate(s: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(year, month, day) ? { year, month, day } : undefined;
}

/** `Date.UTC` maps years 0–99 to 1900–1999; setting the full year afterwards keeps them literal. */
function utc(year: number, monthIndex: number, day: number): Date {
  const t = new Date(Date.UTC(2000, monthIndex, day));
  t.setUTCFullYear(year, monthIndex, day);
  return t;
}

function fromDate(t: Date): Ymd {
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(d: Ymd): number {
  return Math.round(utc(d.year, d.month - 1, d.day).getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): Ymd {
  return fromDate(new Date(n * MS_PER_DAY));
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromDate(utc(d.year, d.month - 1, d.day + n));
}

/** The month `n` months after year-month (n may be negative). */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const k = year * 12 + (month - 1) + n;
  return { year: Math.floor(k / 12), month: (k % 12 + 12) % 12 + 1 };
}

/** 0 = Sunday. */
export function weekdayOf(d: Ymd): number {
  return utc(d.year, d.month - 1, d.day).getUTCDay();
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday) and its week-year. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const dayOfWeek = (weekdayOf(d) + 6) % 7; // Monday = 0
  const thursday = addDays(d, 3 - dayOfWeek);
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatYear(year: number | undefined): string {
  return year === undefined ? 'XXXX' : pad(year, 4);
}

export function formatMonth(year: number | undefined, month: number | undefined): string {
  return `${formatYear(year)}-${month === undefined ? 'XX' : pad(month)}`;
}

export function formatDay(year: number | undefined, month: number | undefined, day: number): string {
  return `${formatMonth(year, month)}-${pad(day)}`;
}

export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${formatYear(w.year)}-W${pad(w.week)}`;
}

export function todayUtc(): Ymd {
  return fromDate(new Date());
}

export function formatYmd(d: Ymd): string {
  return formatDay(d.year, d.month, d.day);
}
