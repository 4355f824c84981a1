/**
 * Days of months: `17 يوليو/تموز 2023`, `الحادي عشر من سبتمبر`, `15 رمضان 1446 هـ`, `العاشر من الشهر الجاري`, and
 * `يوم 27` (the nearest month where the day fits).
 */
import { addMonths, isValidYmd } from './calendar.js';
import { completeMeaning, gregorianMeaning } from './meaning.js';
import { monthPhrase } from './months.js';
import { readCardinal, readOrdinal, type NumberRead } from './numbers.js';
import { CONFIDENCE, closesAfter, partOfLongerNumber, type Grammar, type Parse, type Rule } from './parse.js';

/** A day of the month: digits 1–31, an ordinal (`الحادي عشر`, `الأول`) or a cardinal in words. */
export function readDay(g: Grammar, i: number, clitics = false): (NumberRead & { worded: boolean }) | undefined {
  const { v } = g;
  const d = v.digits(i, 1, 2);
  if (d !== undefined) {
    if (d < 1 || d > 31 || partOfLongerNumber(g, i)) return undefined;
    return { value: d, last: i, start: v.tokens[i].start, prefix: '', worded: false };
  }
  const n = readOrdinal(v, i, clitics) ?? readCardinal(v, i, clitics);
  // Written out rather than spread: a spread of objects of varying shapes is slow in V8, and this runs per number word.
  return n && n.value >= 1 && n.value <= 31 ? { value: n.value, last: n.last, start: n.start, prefix: n.prefix, worded: true } : undefined;
}

/** `من الشهر الجاري`, `الشهر المقبل`, `من هذا الشهر` after a day number: the month counted from the reference. */
function relativeMonth(g: Grammar, i: number): { year: number; month: number; last: number } | undefined {
  const { v } = g;
  const at = v.norm(i) === 'من' ? i + 1 : i;
  const self = v.word(at, 'this');
  const p = v.word(self ? self.last + 1 : at, 'period');
  if (!p || p.word.unit !== 'month') return undefined;
  const rel = self ? undefined : v.word(p.last + 1, 'relative');
  if (!self && !rel) return undefined;
  const ref = g.ctx.refDate;
  return { ...addMonths(ref.year, ref.month, rel ? rel.word.direction : 0), last: rel ? rel.last : p.last };
}

/** `17 يوليو/تموز 2023`, `الحادي عشر من سبتمبر`, `15 رمضان 1446 هـ`, `العاشر من الشهر الجاري`. */
export function dayMonth(g: Grammar, i: number, clitics: boolean, licensed = false): Parse | undefined {
  const { v } = g;
  const day = readDay(g, i, clitics);
  if (!day) return undefined;
  const afterDay = v.norm(day.last + 1) === 'من' ? day.last + 2 : day.last + 1;
  // A word ordinal needs من or the month right after it; digits take the month directly or after من.
  const phrase = monthPhrase(g, afterDay, false);
  if (phrase) {
    // A day number licenses a weak month name (15 آب), but not a strict one alone (12 صفر).
    if (phrase.strength === 'strict' && !licensed) return undefined;
    // monthPhrase made this meaning for this call alone: the day goes on it rather than on a (slow) spread copy.
    const meaning = phrase.meaning;
    meaning.day = day.value;
    return { first: i, last: phrase.last, start: day.start, prefix: day.prefix, meaning, type: 'DATE', confidence: CONFIDENCE.written };
  }
  const rel = relativeMonth(g, day.last + 1);
  if (rel) {
    if (!isValidYmd(rel.year, rel.month, day.value)) return undefined;
    const meaning = gregorianMeaning({ year: rel.year, month: rel.month, day: day.value, yearWritten: false });
    return { first: i, last: rel.last, start: day.start, prefix: day.prefix, meaning, type: 'DATE', confidence: CONFIDENCE.relative };
  }
  return undefined;
}

/** `يوم 27`: a day of the month with no month, the nearest one that fits, by preference. */
function dayOfNearestMonth(g: Grammar, i: number): Parse | undefined {
  const { v } = g;
  const w = v.word(i, 'dayWord', true);
  if (!w || v.norm(w.last) !== 'يوم') return undefined;
  const d = v.digits(w.last + 1, 1, 2);
  if (d === undefined || d < 1 || d > 31 || !closesAfter(g, w.last + 1) || partOfLongerNumber(g, w.last + 1)) return undefined;
  const meaning = gregorianMeaning({ day: d, yearWritten: false });
  return { first: i, last: w.last + 1, start: w.start, prefix: w.prefix, meaning, type: 'DATE', confidence: CONFIDENCE.licensed };
}

/** Lists are short; the bound keeps a run of `1 و 2 و 3 …` linear. */
const MAX_LISTED = 8;

/**
 * `يومي 5 و6 سبتمبر`, `5 و6 و7 سبتمبر`: a day listed before a day of a month is a date of that month. It takes the
 * year the last one resolves to, so the days of one list never straddle two years.
 */
function listedDay(g: Grammar, i: number): Parse | undefined {
  const { v } = g;
  const day = v.digits(i, 1, 2);
  if (day === undefined || day < 1 || day > 31 || partOfLongerNumber(g, i)) return undefined;
  for (let j = i + 1, k = 0; k < MAX_LISTED; j += 2, k++) {
    if (v.norm(j) !== 'و' && !v.punct(j, '،,')) return undefined;
    const last = dayMonth(g, j + 1, false);
    if (last && (last.meaning.kind === 'gregorian' || last.meaning.kind === 'hijri')) {
      const meaning = { ...completeMeaning(last.meaning, g.ctx), day };
      return { first: i, last: i, start: v.tokens[i].start, prefix: '', meaning, type: 'DATE', confidence: CONFIDENCE.written };
    }
    if (v.digits(j + 1, 1, 2) === undefined) return undefined;
  }
  return undefined;
}

export const dayMonthRule: Rule = (g, i) => dayMonth(g, i, true) ?? dayOfNearestMonth(g, i) ?? listedDay(g, i);
