/**
 * Spans and lists. `من 13 إلى 15 تموز`, `بين 3 و12 سبتمبر`, `13-15 تموز`, `من مارس إلى مايو 2024`,
 * `بين عامي 2020 و2022`, `2014-2018` are intervals: the ends share what only one of them wrote (see
 * `resolveSpan`). In a list of months the year written once, after the last, carries to each
 * (`يوليو/تموز ومايو/أيار ويونيو/حزيران 2025`).
 */
import { dayMonth, readDay } from './days.js';
import { monthPhrase } from './months.js';
import { readYear, yearAfterWord, yearMeaning } from './years.js';
import { normalized } from './licenses.js';
import { gregorianMeaning, type GregorianMeaning, type HijriMeaning } from './meaning.js';
import { CONFIDENCE, type Grammar, type Parse, type Rule } from './parse.js';

/** The word between the ends of a من-span. */
const TO_WORDS = normalized(['إلى', 'حتى', 'لغاية', 'وحتى', 'وإلى']);

type CalendarMeaning = GregorianMeaning | HijriMeaning;

interface End {
  kind: 'day' | 'date' | 'month' | 'year';
  meaning: CalendarMeaning;
  /** For a bare day: its number. */
  day?: number;
  /** A year written without a year word (a bare number): it must look like a year. */
  bareYear?: boolean;
  last: number;
  start: number;
  prefix: string;
}

/** One end of a span at token i; `joined`: it follows و (as a token or as a proclitic). */
function end(g: Grammar, i: number, joined: boolean): End | undefined {
  const { v } = g;
  // Digits never carry a proclitic (و15 is two tokens): a joined end in digits lacks its و.
  if (joined && v.isDigits(i)) return undefined;
  // Every end below begins with digits or with a word a date can begin with (a day, month or year word): most tokens
  // after من or بين fail this quick check and need no reading.
  if (i >= v.length || (!v.isDigits(i) && !v.couldStart(i))) return undefined;
  const clitics = joined;
  const withPrefix = (e: End | undefined) => (e && (!joined || e.prefix === 'و') ? e : undefined);
  const date = dayMonth(g, i, clitics, true);
  if (date && (date.meaning.kind === 'gregorian' || date.meaning.kind === 'hijri')) {
    return withPrefix({ kind: 'date', meaning: date.meaning, last: date.last, start: date.start, prefix: date.prefix });
  }
  const month = monthPhrase(g, i, clitics);
  if (month && month.strength !== 'strict') return withPrefix({ kind: 'month', meaning: month.meaning, last: month.last, start: month.start, prefix: month.prefix });
  const worded = yearAfterWord(g, i, clitics);
  if (worded) return withPrefix({ kind: 'year', meaning: yearMeaning(worded), last: worded.last, start: worded.start, prefix: worded.prefix });
  const year = readYear(g, i);
  if (year) return { kind: 'year', meaning: yearMeaning(year), bareYear: true, last: year.last, start: v.tokens[i].start, prefix: '' };
  const day = readDay(g, i, clitics);
  if (day) return withPrefix({ kind: 'day', meaning: gregorianMeaning({ day: day.value, yearWritten: false }), day: day.value, last: day.last, start: day.start, prefix: day.prefix });
  return undefined;
}

/** Bare numbers read as years only when both look like nearby years of one period. */
function plausibleYears(g: Grammar, from: number, to: number): boolean {
  return from >= 1000 && to <= g.ctx.refDate.year + 30 && from < to && to - from <= 100;
}

/** The two ends make one interval: same kind and calendar, in order; a bare day borrows the end's month. */
function combine(g: Grammar, a: End, b: End, yearsOnly: boolean): { from: CalendarMeaning; to: CalendarMeaning } | undefined {
  if (a.meaning.kind !== b.meaning.kind && a.kind !== 'day') return undefined;
  if (yearsOnly && (a.kind !== 'year' || b.kind !== 'year')) return undefined;
  switch (a.kind) {
    case 'day': {
      if (b.kind !== 'date' || b.meaning.day === undefined || a.day! >= b.meaning.day) return undefined;
      return { from: { ...b.meaning, day: a.day! }, to: b.meaning };
    }
    case 'date':
    case 'month':
      return b.kind === a.kind ? { from: a.meaning, to: b.meaning } : undefined;
    case 'year': {
      if (b.kind !== 'year' || a.meaning.year! >= b.meaning.year!) return undefined;
      if ((a.bareYear || b.bareYear) && !yearsOnly && !plausibleYears(g, a.meaning.year!, b.meaning.year!)) return undefined;
      return { from: a.meaning, to: b.meaning };
    }
  }
}

/** The second end after a connector at k: `إلى`/`حتى` (من-spans), `و` (بين-spans), or a dash. */
function secondEnd(g: Grammar, k: number, connector: 'to' | 'and' | 'dash'): End | undefined {
  const { v } = g;
  if (v.punct(k, '-–')) return end(g, k + 1, false);
  if (connector === 'to') return TO_WORDS.has(v.norm(k) ?? '') ? end(g, k + 1, false) : undefined;
  if (connector === 'and') return v.norm(k) === 'و' ? end(g, k + 1, false) : end(g, k, true);
  return undefined;
}

export const spanRule: Rule = (g, i) => {
  const { v } = g;
  const open = v.word(i, 'spanOpen', true);
  let at = i;
  let yearsOnly = false;
  if (open) {
    at = open.last + 1;
    // بين عامي 2020 و2022: the dual year word announces two bare years.
    const years = v.word(at, 'yearWord');
    if (years && v.isDigits(years.last + 1) && ['عامي', 'سنتي', 'اعوام'].includes(v.norm(at) ?? '')) {
      yearsOnly = true;
      at = years.last + 1;
    }
  } else if (!v.isDigits(i)) return undefined;
  const a = end(g, at, false);
  if (!a) return undefined;
  const b = open ? secondEnd(g, a.last + 1, open.word.connector) : v.punct(a.last + 1, '-–/') ? end(g, a.last + 2, false) : undefined;
  if (!b) return undefined;
  // Without an opener only a dash or a slash joins the ends, and a slash only years (`2022/2023`).
  if (!open && v.punct(a.last + 1, '/') && a.kind !== 'year') return undefined;
  // A dash inside a longer number chain (a phone number) is not a span.
  if (v.punct(b.last + 1, '-/') && v.isDigits(b.last + 2)) return undefined;
  if (!open && v.punct(i - 1, '-/') && v.isDigits(i - 2)) return undefined;
  const both = combine(g, a, b, yearsOnly);
  if (!both) return undefined;
  const start = open ? open.start : a.start;
  const prefix = open ? open.prefix : a.prefix;
  return { first: i, last: b.last, start, prefix, meaning: { kind: 'span', ...both }, type: 'DATE', confidence: CONFIDENCE.written };
};

/** Years written once after a list of months carry to each month before it. */
export function carryYears(g: Grammar, parses: Parse[]): void {
  const { v } = g;
  for (let k = parses.length - 2; k >= 0; k--) {
    const e = parses[k].meaning;
    const next = parses[k + 1].meaning;
    if (e.kind !== 'gregorian' && e.kind !== 'hijri') continue;
    if (next.kind !== e.kind || !next.yearWritten || next.month === undefined || next.year === undefined) continue;
    if (e.yearWritten || e.month === undefined || e.relative !== undefined || e.year !== undefined) continue;
    const between = parses[k + 1].first - parses[k].last;
    const joined = between === 1 && parses[k + 1].prefix.startsWith('و');
    const listed = between === 2 && (v.punct(parses[k].last + 1, '،,') || v.norm(parses[k].last + 1) === 'و');
    if (joined || listed) {
      e.year = next.year;
      e.yearWritten = true;
    }
  }
}
