/**
 * The Umm al-Qura Hijri calendar (Saudi Arabia's official calendar, the one the Arabic press converts with), read
 * from ICU through Intl rather than from hand-typed tables: ICU maps a Gregorian day to its Hijri date, and the
 * inverse is found by searching from an arithmetic estimate. Month starts are cached; nothing is precomputed.
 */
import { dayNumber, fromDayNumber, type Ymd } from './calendar.js';

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Years converted. ICU holds the Umm al-Qura table for 1300–1600 AH (1882–2174) and computes the tabular (civil)
 * Islamic calendar outside it, the usual convention for historical dates; years beyond these bounds are not dates
 * the press writes.
 */
export const HIJRI_YEAR_MIN = 1;
export const HIJRI_YEAR_MAX = 1700;

let formatter: Intl.DateTimeFormat | undefined;
function umalqura(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  return formatter;
}

function hijriOfDayNumber(n: number): HijriDate {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of umalqura().formatToParts(new Date(n * 86_400_000))) {
    if (part.type === 'year') year = parseInt(part.value, 10);
    else if (part.type === 'month') month = parseInt(part.value, 10);
    else if (part.type === 'day') day = parseInt(part.value, 10);
  }
  // Made whole rather than filled in: {year, month, day} objects share one hidden class with Gregorian dates, and
  // the first overwrite of a field made V8 drop the optimized date code that assumed its fields are never rewritten.
  return { year, month, day };
}

/** Days converted by `toHijri`; bounded, as a long run meets ever new reference dates. */
const hijriDays = new Map<number, HijriDate>();
const HIJRI_DAYS_MAX = 4096;

/** The Hijri date of a day (shared: not to be modified). A document's Hijri dates all ask about its reference date. */
export function toHijri(d: Ymd): HijriDate {
  const n = dayNumber(d);
  let h = hijriDays.get(n);
  if (h === undefined) {
    if (hijriDays.size >= HIJRI_DAYS_MAX) hijriDays.clear();
    h = hijriOfDayNumber(n);
    hijriDays.set(n, h);
  }
  return h;
}

/** 1 Muharram 1 AH in the arithmetic (civil) calendar, as a day number: the search starts near it. */
const EPOCH = dayNumber({ year: 622, month: 7, day: 19 });
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;

const monthStarts = new Map<number, number>();

/** The day number of the first day of a Hijri month. */
function monthStart(year: number, month: number): number {
  const key = year * 12 + month - 1;
  const cached = monthStarts.get(key);
  if (cached !== undefined) return cached;
  let n = EPOCH + Math.floor((year - 1) * MEAN_YEAR + (month - 1) * MEAN_MONTH);
  for (;;) {
    const h = hijriOfDayNumber(n);
    const off = key - (h.year * 12 + h.month - 1);
    if (off === 0) {
      n -= h.day - 1;
      break;
    }
    // One month away, step 29 days (the shortest month) so the search cannot jump over the month and oscillate.
    n += Math.abs(off) === 1 ? off * 29 : Math.round(off * MEAN_MONTH);
  }
  monthStarts.set(key, n);
  return n;
}

export function isSupportedHijriYear(year: number): boolean {
  return year >= HIJRI_YEAR_MIN && year <= HIJRI_YEAR_MAX;
}

export function hijriMonthLength(year: number, month: number): number {
  const next = month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1);
  return next - monthStart(year, month);
}

/**
 * The Gregorian day of a Hijri date, or undefined when the year is out of range. Day 30 of a month Umm al-Qura
 * counts 29 days is accepted as the day after the 29th: months begin on local sightings too, and a text that
 * writes the 30th lived in a month that had one.
 */
export function fromHijri(h: HijriDate): Ymd | undefined {
  if (!isSupportedHijriYear(h.year) || h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30) return undefined;
  return fromDayNumber(monthStart(h.year, h.month) + h.day - 1);
}

/** The first and last Gregorian days of a Hijri month. */
export function hijriMonthSpan(year: number, month: number): [Ymd, Ymd] | undefined {
  if (!isSupportedHijriYear(year)) return undefined;
  const start = monthStart(year, month);
  return [fromDayNumber(start), fromDayNumber(start + hijriMonthLength(year, month) - 1)];
}

/** The first and last Gregorian days of a Hijri year. */
export function hijriYearSpan(year: number): [Ymd, Ymd] | undefined {
  if (!isSupportedHijriYear(year)) return undefined;
  return [fromDayNumber(monthStart(year, 1)), fromDayNumber(monthStart(year + 1, 1) - 1)];
}
