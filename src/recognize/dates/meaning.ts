/**
 * What a date expression means, before and after resolution. The grammar builds meanings with the parts the text
 * wrote (a month without a year, a Hijri day); `resolveMeaning` fills the missing parts from the reference date
 * and the past/future preference, and writes the ISO 8601 value. Values are written at the expression's own grain;
 * a part that cannot be resolved is written X (TIMEX3 style) rather than guessed.
 */
import { addDays, addMonths, compareYmd, dayNumber, formatDay, formatMonth, formatWeek, formatYear, formatYmd, isValidYmd, weekdayOf, type Ymd } from './calendar.js';
import { fromHijri, hijriMonthSpan, hijriYearSpan, toHijri } from './hijri.js';
import type { Calendar, Direction } from './words.js';

export type PreferDates = 'past' | 'future';

export interface ResolveContext {
  refDate: Ymd;
  prefer: PreferDates;
}

/** `interval`: the value is `start/end`, both ends inclusive, each at its own grain. */
export type Grain = 'day' | 'week' | 'month' | 'year' | 'interval' | 'hour' | 'minute';

export interface DateValue {
  value: string;
  grain: Grain;
  /** The Hijri date as written, `1446-09-15`, `1446-09`, `1446`, or a Hijri interval. */
  hijri?: string;
}

/** A Gregorian date with the parts the text gave. */
export interface GregorianMeaning {
  kind: 'gregorian';
  year?: number;
  month?: number;
  day?: number;
  /** A weekday written with a day number and no month (`الخميس 21`) picks the month. */
  weekday?: number;
  /** `مارس الماضي`: the month named, before or after the reference month. */
  relative?: Direction;
  /** The year was written, so it can carry to the months of a list before it. */
  yearWritten: boolean;
  /** Never set: present so that both calendars' meanings share one shape (`calendarMeaning`). */
  gregorianYear?: undefined;
}

export interface HijriMeaning {
  kind: 'hijri';
  year?: number;
  month?: number;
  day?: number;
  relative?: Direction;
  yearWritten: boolean;
  /** `رمضان 2025`: the Hijri month (or feast) that falls in this Gregorian year. */
  gregorianYear?: number;
  /** Never set: present so that both calendars' meanings share one shape (`calendarMeaning`). */
  weekday?: undefined;
}

export interface FixedMeaning {
  kind: 'fixed';
  value: DateValue;
}

export interface SpanMeaning {
  kind: 'span';
  from: Meaning;
  to: Meaning;
}

export type Meaning = GregorianMeaning | HijriMeaning | FixedMeaning | SpanMeaning;

/** What a Gregorian or Hijri meaning is made of: the parts the text wrote. */
type Parts<M> = Omit<M, 'kind'>;

/**
 * Gregorian and Hijri meanings with every field present, in one order: the date code that reads them (completing,
 * resolving, carrying years) then sees one hidden class, where meanings built by spreads and by adding a day later
 * arrived in several and deoptimized it.
 */
export function gregorianMeaning(p: Parts<GregorianMeaning>): GregorianMeaning {
  return { kind: 'gregorian', year: p.year, month: p.month, day: p.day, weekday: p.weekday, relative: p.relative, yearWritten: p.yearWritten, gregorianYear: undefined };
}

export function hijriMeaning(p: Parts<HijriMeaning>): HijriMeaning {
  return { kind: 'hijri', year: p.year, month: p.month, day: p.day, weekday: undefined, relative: p.relative, yearWritten: p.yearWritten, gregorianYear: p.gregorianYear };
}

/**
 * A meaning of either calendar through one call site, for code that builds both: a constructor called only on the
 * rarer calendar's branch would deoptimize its caller the first time that branch runs.
 */
export function calendarMeaning(kind: Calendar, p: Parts<HijriMeaning>): GregorianMeaning | HijriMeaning {
  // Read for both calendars: a load made only for Hijri meanings would deoptimize the callers when the first came.
  const gregorianYear = p.gregorianYear;
  // Both branches of the union have these fields; TypeScript cannot tie `kind` to the union member here.
  return { kind, year: p.year, month: p.month, day: p.day, weekday: undefined, relative: p.relative, yearWritten: p.yearWritten, gregorianYear: kind === 'hijri' ? gregorianYear : undefined } as GregorianMeaning | HijriMeaning;
}

export const fixed = (value: string, grain: Grain, hijri?: string): FixedMeaning => ({ kind: 'fixed', value: hijri ? { value, grain, hijri } : { value, grain } });
export const dayValue = (d: Ymd): FixedMeaning => fixed(formatYmd(d), 'day');
export const weekValue = (d: Ymd): FixedMeaning => fixed(formatWeek(d), 'week');
export const monthValue = (year: number, month: number): FixedMeaning => fixed(formatMonth(year, month), 'month');
export const yearValue = (year: number): FixedMeaning => fixed(formatYear(year), 'year');

/**
 * The year of a month (and day) named without one. With a direction, strictly before (-1) or after (1) the
 * reference month or day, or in the reference year (0). Without one, by preference: the nearest on or before
 * the reference (past) or on or after it (future).
 */
export function chooseYear(month: number, day: number | undefined, ref: { year: number; month: number; day: number }, direction: Direction | undefined, prefer: PreferDates): number {
  const key = month * 100 + (day ?? 0);
  const refKey = ref.month * 100 + (day === undefined ? 0 : ref.day);
  if (direction === 0) return ref.year;
  if (direction !== undefined && direction < 0) return (key < refKey ? ref.year : ref.year - 1) + direction + 1;
  if (direction !== undefined && direction > 0) return (key > refKey ? ref.year : ref.year + 1) + direction - 1;
  if (prefer === 'past') return key <= refKey ? ref.year : ref.year - 1;
  return key >= refKey ? ref.year : ref.year + 1;
}

/**
 * A day number with no month (`يوم 27`): the nearest month, in the preferred direction, where it fits. With a
 * weekday (`الخميس 21`) the date is pinned down, so the nearest match either way wins (the preferred one on a tie).
 */
function chooseMonth(day: number, weekday: number | undefined, ctx: ResolveContext): Ymd | undefined {
  const ref = ctx.refDate;
  const step = ctx.prefer === 'past' ? -1 : 1;
  const fits = (k: number): Ymd | undefined => {
    const { year, month } = addMonths(ref.year, ref.month, k);
    if (!isValidYmd(year, month, day)) return undefined;
    const d = { year, month, day };
    if (weekday === undefined && compareYmd(d, ref) * step < 0) return undefined;
    if (weekday !== undefined && weekdayOf(d) !== weekday) return undefined;
    return d;
  };
  let best: Ymd | undefined;
  for (let k = 0; k <= 12; k++) {
    for (const candidate of weekday === undefined ? [fits(k * step)] : [fits(k * step), fits(-k * step)]) {
      if (!candidate) continue;
      if (!best || Math.abs(dayNumber(candidate) - dayNumber(ref)) < Math.abs(dayNumber(best) - dayNumber(ref))) best = candidate;
    }
    if (best && weekday === undefined) return best;
  }
  return best;
}

/** The Gregorian meaning with its year (and month) filled in, or undefined parts where none can be chosen. */
export function completeGregorian(m: GregorianMeaning, ctx: ResolveContext): GregorianMeaning {
  if (m.year !== undefined) return m;
  if (m.month !== undefined) return gregorianMeaning({ ...m, year: chooseYear(m.month, m.day, ctx.refDate, m.relative, ctx.prefer) });
  if (m.day !== undefined) {
    const d = chooseMonth(m.day, m.weekday, ctx);
    return d ? gregorianMeaning({ ...m, year: d.year, month: d.month, day: d.day }) : m;
  }
  return m;
}

function resolveGregorian(m: GregorianMeaning, ctx: ResolveContext): DateValue {
  const c = completeGregorian(m, ctx);
  if (c.day !== undefined) {
    const valid = c.year !== undefined && c.month !== undefined && isValidYmd(c.year, c.month, c.day);
    return { value: valid ? formatDay(c.year, c.month, c.day) : formatDay(undefined, c.month, c.day), grain: 'day' };
  }
  if (c.month !== undefined) return { value: formatMonth(c.year, c.month), grain: 'month' };
  return { value: formatYear(c.year), grain: 'year' };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Hijri year of a month (and day) named without one, chosen against the reference date in Hijri. */
function completeHijri(m: HijriMeaning, ctx: ResolveContext): HijriMeaning {
  if (m.year !== undefined || m.month === undefined) return m;
  if (m.gregorianYear !== undefined) {
    // The Hijri year whose month (or feast) begins in that Gregorian year: the Hijri year is ~11 days shorter.
    const estimate = Math.round((m.gregorianYear - 622) * 1.0307);
    for (const year of [estimate - 1, estimate, estimate + 1]) {
      const start = fromHijri({ year, month: m.month, day: m.day ?? 1 });
      if (start?.year === m.gregorianYear) return hijriMeaning({ ...m, year });
    }
    return m;
  }
  const ref = toHijri(ctx.refDate);
  return hijriMeaning({ ...m, year: chooseYear(m.month, m.day, ref, m.relative, ctx.prefer) });
}

function resolveHijri(m: HijriMeaning, ctx: ResolveContext): DateValue {
  const c = completeHijri(m, ctx);
  const y = c.year;
  const hijriText = y === undefined ? 'XXXX' : String(y).padStart(4, '0');
  if (c.month !== undefined && c.day !== undefined) {
    const hijri = `${hijriText}-${pad(c.month)}-${pad(c.day)}`;
    const g = y === undefined ? undefined : fromHijri({ year: y, month: c.month, day: c.day });
    return { value: g ? formatYmd(g) : 'XXXX-XX-XX', grain: 'day', hijri };
  }
  if (c.month !== undefined) {
    const hijri = `${hijriText}-${pad(c.month)}`;
    const span = y === undefined ? undefined : hijriMonthSpan(y, c.month);
    return span ? { value: `${formatYmd(span[0])}/${formatYmd(span[1])}`, grain: 'interval', hijri } : { value: 'XXXX-XX', grain: 'month', hijri };
  }
  const span = y === undefined ? undefined : hijriYearSpan(y);
  return span ? { value: `${formatYmd(span[0])}/${formatYmd(span[1])}`, grain: 'interval', hijri: hijriText } : { value: 'XXXX', grain: 'year', hijri: hijriText };
}

/** The first and last parts of a value that may itself be an interval. */
function ends(v: string): [string, string] {
  const slash = v.indexOf('/');
  return slash < 0 ? [v, v] : [v.slice(0, slash), v.slice(slash + 1)];
}

/**
 * A span's ends share what only one of them wrote: `من 13 إلى 15 تموز 2025` gives the start its month and year.
 * The end is resolved first; the start takes its year, one earlier when it would fall after the end.
 */
function resolveSpan(m: SpanMeaning, ctx: ResolveContext): DateValue {
  let from = m.from;
  let to = m.to;
  if (from.kind === 'gregorian' && to.kind === 'gregorian') {
    from = gregorianMeaning({ ...from, month: from.month ?? (from.day !== undefined ? to.month : undefined), relative: from.relative ?? to.relative });
    to = completeGregorian(to, ctx);
    if (from.year === undefined && to.year !== undefined && from.month !== undefined) {
      const sameYear = gregorianMeaning({ ...from, year: to.year });
      const after = (from.month ?? 0) * 100 + (from.day ?? 0) > (to.month ?? 0) * 100 + (to.day ?? 0);
      from = after ? gregorianMeaning({ ...sameYear, year: to.year - 1 }) : sameYear;
    }
  } else if (from.kind === 'hijri' && to.kind === 'hijri') {
    to = completeHijri(to, ctx);
    from = hijriMeaning({ ...from, month: from.month ?? to.month, year: from.year ?? to.year, gregorianYear: from.gregorianYear ?? to.gregorianYear });
  }
  const a = resolveMeaning(from, ctx);
  const b = resolveMeaning(to, ctx);
  const value = `${ends(a.value)[0]}/${ends(b.value)[1]}`;
  const hijri = a.hijri && b.hijri ? `${ends(a.hijri)[0]}/${ends(b.hijri)[1]}` : undefined;
  return hijri ? { value, grain: 'interval', hijri } : { value, grain: 'interval' };
}

/** A Gregorian or Hijri meaning with its year chosen, so that another date can share it. */
export function completeMeaning<M extends GregorianMeaning | HijriMeaning>(m: M, ctx: ResolveContext): M {
  return (m.kind === 'gregorian' ? completeGregorian(m, ctx) : completeHijri(m, ctx)) as M;
}

export function resolveMeaning(m: Meaning, ctx: ResolveContext): DateValue {
  switch (m.kind) {
    case 'fixed':
      return m.value;
    case 'gregorian':
      return resolveGregorian(m, ctx);
    case 'hijri':
      return resolveHijri(m, ctx);
    case 'span':
      return resolveSpan(m, ctx);
  }
}

/** A day counted from the reference date. */
export function dayFromRef(ctx: ResolveContext, days: number): FixedMeaning {
  return dayValue(addDays(ctx.refDate, days));
}

