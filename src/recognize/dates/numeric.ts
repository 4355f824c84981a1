/**
 * Numeric dates: `2025-09-05`, `5/9/2025`, `05.09.2025`, `14-09-1432 هـ`. Day first unless the year leads; see
 * docs/dates.md for the rule and for when a numeric date is Hijri.
 */
import { isValidYmd } from './calendar.js';
import { dayValue, hijriMeaning } from './meaning.js';
import { CONFIDENCE, type Rule } from './parse.js';

/** A Hijri year in digits read as a numeric date's year without هـ: modern texts do not write 14th-century dates so. */
const NUMERIC_HIJRI_MIN = 1300;
const NUMERIC_HIJRI_MAX = 1499;

/**
 * `2025-09-05`, `5/9/2025`, `05.09.2025`: numeric dates, read day first unless the year leads (Arabic news
 * writes day/month/year). A year of 1300–1499, or هـ after it, makes it a Hijri date.
 */
export const numericRule: Rule = (g, i) => {
  const { v } = g;
  const a = v.digits(i);
  if (a === undefined || !v.punct(i + 1, '-/.') || !v.adjacent(i, i + 1)) return undefined;
  const sep = v.tokens[i + 1].norm;
  const b = v.digits(i + 2, 1, 2);
  if (b === undefined || !v.adjacent(i + 1, i + 2) || !v.punct(i + 3, sep) || !v.adjacent(i + 2, i + 3)) return undefined;
  const c = v.digits(i + 4);
  if (c === undefined || !v.adjacent(i + 3, i + 4)) return undefined;
  // More separators and digits around it make it a longer number (an IP address, a version, a phone number).
  if (v.punct(i + 5, sep) && v.adjacent(i + 4, i + 5) && v.isDigits(i + 6)) return undefined;
  if (v.punct(i - 1, '-/.:') && v.adjacent(i - 1, i) && v.isDigits(i - 2)) return undefined;
  const aLen = v.tokens[i].norm.length;
  const cLen = v.tokens[i + 4].norm.length;
  let ymd: { year: number; month: number; day: number };
  if (aLen === 4) ymd = { year: a, month: b, day: c };
  else if (cLen === 4 && aLen <= 2) ymd = { year: c, month: b, day: a };
  else return undefined;
  const era = v.word(i + 5, 'era');
  const last = era ? era.last : i + 4;
  const start = v.tokens[i].start;
  const hijri = era ? era.word.calendar === 'hijri' : ymd.year >= NUMERIC_HIJRI_MIN && ymd.year <= NUMERIC_HIJRI_MAX;
  if (hijri) {
    if (ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > 30) return undefined;
    return { first: i, last, start, prefix: '', meaning: hijriMeaning({ year: ymd.year, month: ymd.month, day: ymd.day, yearWritten: true }), type: 'DATE', confidence: CONFIDENCE.written };
  }
  if (!isValidYmd(ymd.year, ymd.month, ymd.day)) return undefined;
  return { first: i, last, start, prefix: '', meaning: dayValue(ymd), type: 'DATE', confidence: CONFIDENCE.written };
};
