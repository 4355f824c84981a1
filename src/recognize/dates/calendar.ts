/** Gregorian calendar arithmetic on plain {year, month, day} values (UTC, no time zones). */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

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

export function addDays(d: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday. */
export function weekdayOf(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatYear(year: number | undefined): string {
  return year === undefined ? 'XXXX' : pad(year, 4);
}

export function formatMonth(year: number | undefined, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatDay(year: number | undefined, month: number, day: number): string {
  return `${formatMonth(year, month)}-${pad(day)}`;
}

export function todayUtc(): Ymd {
  const t = new Date();
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function formatYmd(d: Ymd): string {
  return formatDay(d.year, d.month, d.day);
}
