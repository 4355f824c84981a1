/**
 * Month names, Gregorian and Hijri, with what follows them: the paired name of another region (`مارس/آذار`,
 * `آذار (مارس)`), a year (`مارس 2022`, `رمضان 1446`, `رمضان 2025`, `يونيو من العام المقبل`) or a relative word
 * (`مارس الماضي`). A name that is also an ordinary word needs a licence (see `licenses.ts`).
 */
import { timePrepositionBefore } from './licenses.js';
import { calendarMeaning, type GregorianMeaning, type HijriMeaning } from './meaning.js';
import { CONFIDENCE, type Grammar, type Rule } from './parse.js';
import type { Calendar, Direction, Strength } from './words.js';
import { HIJRI_YEAR_LIMIT, readYear, readYearInWords, relativeYear, yearAfterWord } from './years.js';

interface MonthName {
  calendar: Calendar;
  month: number;
  strength: Strength;
  last: number;
  start: number;
  prefix: string;
}

/** A Gregorian or Hijri month name at i, with `شهر` before it, and its paired name (`مارس/آذار`, `آذار (مارس)`). */
function monthName(g: Grammar, i: number, clitics: boolean): MonthName | undefined {
  const { v } = g;
  const monthWord = v.word(i, 'monthWord', clitics);
  const at = monthWord ? monthWord.last + 1 : i;
  const withClitics = clitics && !monthWord;
  const greg = v.word(at, 'month', withClitics);
  const hijri = v.word(at, 'hijriMonth', withClitics);
  const m = greg && (!hijri || greg.last >= hijri.last) ? { calendar: 'gregorian' as const, match: greg, month: greg.word.month, strength: greg.word.strength } : hijri ? { calendar: 'hijri' as const, match: hijri, month: hijri.word.month, strength: hijri.word.strength } : undefined;
  if (!m) return undefined;
  const name: MonthName = {
    calendar: m.calendar,
    month: m.month,
    strength: monthWord ? 'strong' : m.strength,
    last: m.match.last,
    start: monthWord ? monthWord.start : m.match.start,
    prefix: monthWord ? monthWord.prefix : m.match.prefix,
  };
  if (m.calendar === 'gregorian') {
    // The same month in another region's naming, after a slash or in parentheses.
    const slashed = v.punct(name.last + 1, '/') ? v.word(name.last + 2, 'month') : undefined;
    if (slashed && slashed.word.month === name.month) return nameUntil(name, slashed.last, 'strong');
    const bracketed = v.punct(name.last + 1, '(') ? v.word(name.last + 2, 'month') : undefined;
    if (bracketed && bracketed.word.month === name.month && v.punct(bracketed.last + 1, ')')) return nameUntil(name, bracketed.last + 1, 'strong');
  }
  return name;
}

/**
 * `name` ending at `last`. Built as a literal in monthName's order, not by spreading `name`: a spread object gets a
 * map of its own, and monthPhrase, optimized on the literal's, deoptimized ("wrong map") on the first one it saw.
 */
function nameUntil(name: MonthName, last: number, strength: Strength): MonthName {
  return { calendar: name.calendar, month: name.month, strength, last, start: name.start, prefix: name.prefix };
}

/**
 * What follows a month name. Every tail has all four fields, in this order, and each holds a small integer, NONE
 * for what the tail lacks: tails of four shapes (a year, a Gregorian year, a relative word, none) made monthPhrase's
 * reads of them polymorphic, and it deoptimized ("wrong map") on each new one; one shape with `undefined` for what is
 * missing made V8 generalize a field from small integers the first time it held `undefined`, which deoptimized
 * every function built on the old field (and `tail`, "Smi").
 */
interface MonthTail {
  last: number;
  year: number;
  /** A Gregorian year after a Hijri month (`رمضان 2025`). */
  gregorianYear: number;
  relative: Direction | typeof NONE;
}

/** A field of MonthTail that the tail lacks; not a year, nor a Direction. */
const NONE = -1000;

function tailOf(last: number, year: number, gregorianYear: number, relative: Direction | typeof NONE): MonthTail {
  return { last, year, gregorianYear, relative };
}

/** A MonthTail field as `calendarMeaning` takes it: undefined for NONE. */
function given<T extends number>(field: T | typeof NONE | undefined): T | undefined {
  return field === NONE ? undefined : (field as T | undefined);
}

/** What follows a month name: its year (`2022`, `1446 هـ`, `من عام 2022`, `العام المقبل`) or a relative word. */
function monthTail(g: Grammar, name: MonthName): MonthTail | undefined {
  const { v } = g;
  let at = name.last + 1;
  // `العاشر من سبتمبر، 2000`: a comma may stand before the year.
  if (v.punct(at, '،,') && (readYear(g, at + 1) ?? readYearInWords(g, at + 1))) at++;
  const ofYear = v.norm(at) === 'من' ? at + 1 : at;
  const y = readYear(g, at, 4, 1) ?? (ofYear !== at ? undefined : readYearInWords(g, at)) ?? yearAfterWord(g, ofYear, false);
  if (y) {
    if (name.calendar === 'gregorian') return y.era === 'hijri' ? undefined : tailOf(y.last, y.year, NONE, NONE);
    if (y.era === 'hijri' || (y.era === undefined && y.year < HIJRI_YEAR_LIMIT)) return tailOf(y.last, y.year, NONE, NONE);
    return tailOf(y.last, NONE, y.year, NONE);
  }
  const relYear = relativeYear(g, ofYear);
  if (relYear) return name.calendar === 'gregorian' ? tailOf(relYear.last, relYear.year, NONE, NONE) : tailOf(relYear.last, NONE, relYear.year, NONE);
  const rel = v.word(name.last + 1, 'relative');
  if (rel) return tailOf(rel.last, NONE, NONE, rel.word.direction);
  // رمضان المبارك, شهر رمضان الكريم: an epithet makes the name a month, and a year may follow it.
  if (name.calendar === 'hijri' && HIJRI_EPITHETS.has(v.norm(name.last + 1) ?? '')) {
    return monthTail(g, nameUntil(name, name.last + 1, name.strength)) ?? tailOf(name.last + 1, NONE, NONE, NONE);
  }
  return undefined;
}

/** Epithets written after Hijri months (normalized). */
const HIJRI_EPITHETS = new Set(['المبارك', 'الكريم', 'الفضيل', 'المعظم', 'الحرام', 'الخير']);

interface MonthPhrase {
  meaning: GregorianMeaning | HijriMeaning;
  last: number;
  start: number;
  prefix: string;
  /** Only a bare name that is also an ordinary word: it needs a licence. */
  strength: Strength;
}

/** A month name with whatever follows it: `مارس/آذار 2022`, `رمضان المقبل`, `شهر يوليو`, `يوليو`. */
export function monthPhrase(g: Grammar, i: number, clitics: boolean): MonthPhrase | undefined {
  const name = monthName(g, i, clitics);
  if (!name) return undefined;
  const tail = monthTail(g, name);
  const meaning = calendarMeaning(name.calendar, { month: name.month, yearWritten: given(tail?.year) !== undefined, year: given(tail?.year), relative: given(tail?.relative), gregorianYear: given(tail?.gregorianYear) });
  return { meaning, last: tail ? tail.last : name.last, start: name.start, prefix: name.prefix, strength: tail ? 'strong' : name.strength };
}

/** Is a month phrase a month here? A weak name needs a preposition of time before it (or a caller's licence). */
export function monthLicensed(g: Grammar, first: number, phrase: MonthPhrase, licensed: boolean): boolean {
  if (phrase.strength === 'strong') return true;
  // A weak name found only by stripping a proclitic is too often another word: باب is not ب + آب.
  if (phrase.strength === 'strict' || phrase.prefix) return false;
  return licensed || timePrepositionBefore(g.v, first);
}

export const monthRule: Rule = (g, i) => {
  const p = monthPhrase(g, i, true);
  if (!p || !monthLicensed(g, i, p, false)) return undefined;
  const confidence = p.strength === 'strong' ? CONFIDENCE.written : CONFIDENCE.licensed;
  return { first: i, last: p.last, start: p.start, prefix: p.prefix, meaning: p.meaning, type: 'DATE', confidence };
};
