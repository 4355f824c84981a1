/**
 * Years: `عام 2022`, `سنة 1990م`, `2022م`, `1446هـ`, `عام 1447 هجري`, a year in words after a year word, and a bare
 * year where a preposition of time licenses it (`منذ 2014`, `في 2019 و2020`).
 */
import { measureBefore, timePrepositionBefore } from './licenses.js';
import { calendarMeaning, type GregorianMeaning, type HijriMeaning } from './meaning.js';
import { readCardinal } from './numbers.js';
import { CONFIDENCE, partOfLongerNumber, type Grammar, type Rule } from './parse.js';
import type { Calendar } from './words.js';

/** Years written in digits: four digits, or three after a year word (`عام 247`). */
const YEAR_MIN = 1000;
const YEAR_MAX = 2999;
/** A Hijri year is below this; a year after a Hijri month or feast at or above it is Gregorian (`رمضان 2025`). */
export const HIJRI_YEAR_LIMIT = 1600;

/** `قبل الميلاد`, `ق.م`, `ق م` after a year: dates before the common era are left alone. */
function beforeCommonEra(g: Grammar, i: number): boolean {
  const { v } = g;
  return (v.norm(i) === 'قبل' && v.norm(i + 1) === 'الميلاد') || v.norm(i) === 'ق';
}

export interface YearRead {
  year: number;
  last: number;
  /** The era written after it: م (Gregorian) or هـ (Hijri). */
  era?: Calendar;
}

/**
 * A year in digits with an optional era: `2022`, `2022م`, `1446 هـ`. Without an era it takes `minDigits` digits
 * (four for a bare number, three after a year word); an era makes shorter numbers years (`635 هـ`, `سنة 36 هـ`)
 * down to `minWithEra` digits.
 */
export function readYear(g: Grammar, i: number, minDigits = 4, minWithEra = 3): YearRead | undefined {
  const { v } = g;
  const y = v.digits(i, 1, 4);
  if (y === undefined || y < 1 || y > YEAR_MAX || partOfLongerNumber(g, i)) return undefined;
  const era = v.word(i + 1, 'era');
  const digits = v.tokens[i].norm.length;
  if (digits < (era ? minWithEra : minDigits) || (!era && minDigits === 4 && y < YEAR_MIN)) return undefined;
  const after = era ? era.last + 1 : i + 1;
  if (beforeCommonEra(g, after)) return undefined;
  return era ? { year: y, last: era.last, era: era.word.calendar } : { year: y, last: i };
}

/**
 * A year in words after a month or a year word: `ألفين وثمانية عشر`, `ألف وتسعمائة وثمانية وسبعون`; after a year
 * word three-digit years too (`عام مائتين وسبعة وستين`).
 */
export function readYearInWords(g: Grammar, i: number, min = YEAR_MIN): YearRead | undefined {
  const n = readCardinal(g.v, i);
  return n && n.value >= min && n.value <= YEAR_MAX ? { year: n.value, last: n.last } : undefined;
}

/** `عام 2022`, `سنة 1990م`, `لعام 2022`: a year word (proclitics allowed) and a year. */
export function yearAfterWord(g: Grammar, i: number, clitics: boolean): (YearRead & { start: number; prefix: string }) | undefined {
  const w = g.v.word(i, 'yearWord', clitics);
  if (!w) return undefined;
  const y = readYear(g, w.last + 1, 3, 1) ?? readYearInWords(g, w.last + 1, 100);
  // Written out rather than spread: a spread of objects of varying shapes is slow in V8.
  return y && { year: y.year, last: y.last, era: y.era, start: w.start, prefix: w.prefix };
}

/** A year relative to the reference year: `العام المقبل`, `هذا العام`, `العام الجاري`. */
export function relativeYear(g: Grammar, i: number): { year: number; last: number } | undefined {
  const { v } = g;
  const self = v.word(i, 'this');
  const at = self ? self.last + 1 : i;
  const period = v.word(at, 'period');
  if (!period || period.word.unit !== 'year') return undefined;
  const rel = v.word(period.last + 1, 'relative');
  if (self && !rel) return { year: g.ctx.refDate.year, last: period.last };
  if (!self && rel) return { year: g.ctx.refDate.year + rel.word.direction, last: rel.last };
  return undefined;
}

/** A year is Gregorian unless هـ follows it. */
export function yearMeaning(y: { era?: Calendar; year: number }): GregorianMeaning | HijriMeaning {
  return calendarMeaning(y.era === 'hijri' ? 'hijri' : 'gregorian', { year: y.year, yearWritten: true });
}

/** After a preposition of time, but not as the second number of a range of counts (`من 1500 إلى 2000 شخص`). */
function licensedBareYear(g: Grammar, i: number): boolean {
  return timePrepositionBefore(g.v, i) && !g.v.isDigits(i - 2);
}

/** `في 2019 و2020 و2021`: a year joined by و or a comma to a licensed bare year before it. */
function listedAfterBareYear(g: Grammar, i: number, plausible: (year: number) => boolean): boolean {
  const { v } = g;
  for (let j = i, steps = 0; steps < 8; steps++) {
    if (!(v.norm(j - 1) === 'و' || v.punct(j - 1, '،,'))) return false;
    const y = v.digits(j - 2, 4, 4);
    if (y === undefined || !plausible(y)) return false;
    j -= 2;
    if (licensedBareYear(g, j)) return true;
  }
  return false;
}

/** `عام 2022`, `2022م`, `1446هـ`, and a bare year where a preposition of time licenses it (`منذ 2014`). */
export const yearRule: Rule = (g, i) => {
  const { v } = g;
  const worded = yearAfterWord(g, i, true);
  if (worded) {
    const meaning = yearMeaning(worded);
    return { first: i, last: worded.last, start: worded.start, prefix: worded.prefix, meaning, type: 'DATE', confidence: CONFIDENCE.written };
  }
  const y = readYear(g, i);
  if (!y) return undefined;
  const start = v.tokens[i].start;
  // م after a bare number is also "metres": a Gregorian era makes a bare year only of four digits (`1945م`, not `300 م`).
  const digits = v.tokens[i].norm.length;
  if (y.era === 'hijri' || (y.era === 'gregorian' && digits === 4 && !measureBefore(v, i))) {
    return { first: i, last: y.last, start, prefix: '', meaning: yearMeaning(y), type: 'DATE', confidence: CONFIDENCE.written };
  }
  // A bare number is a year only in a plausible range, after a preposition of time or in a list of such years.
  const plausible = (year: number) => year >= 1900 && year <= g.ctx.refDate.year + 30;
  if (y.era || !plausible(y.year) || !(licensedBareYear(g, i) || listedAfterBareYear(g, i, plausible))) return undefined;
  return { first: i, last: y.last, start, prefix: '', meaning: yearMeaning(y), type: 'DATE', confidence: CONFIDENCE.licensed };
};
