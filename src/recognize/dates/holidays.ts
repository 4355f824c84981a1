/**
 * Feasts on a fixed day of the Hijri or Gregorian calendar (`عيد الفطر`, `عيد الأضحى 1446`, `رأس السنة الهجرية`),
 * with an optional year or relative word; a bare feast resolves like a bare month, by preference.
 */
import { HIJRI_YEAR_LIMIT, readYear } from './years.js';
import { gregorianMeaning, hijriMeaning, type GregorianMeaning, type HijriMeaning } from './meaning.js';
import { CONFIDENCE, type Rule } from './parse.js';

export const holidayRule: Rule = (g, i) => {
  const { v } = g;
  const h = v.word(i, 'holiday', true);
  if (!h) return undefined;
  const { calendar, month, day } = h.word;
  let last = h.last;
  let at = last + 1;
  const yearWord = v.word(at, 'yearWord', true);
  if (yearWord && yearWord.prefix !== 'و') at = yearWord.last + 1;
  const y = yearWord ? readYear(g, at, 3, 1) : readYear(g, at);
  const rel = y ? undefined : v.word(last + 1, 'relative');
  let meaning: GregorianMeaning | HijriMeaning;
  if (calendar === 'gregorian') {
    if (y?.era === 'hijri') return undefined;
    meaning = gregorianMeaning({ month, day, yearWritten: y !== undefined, year: y?.year, relative: rel?.word.direction });
  } else {
    const hijriYear = y && (y.era === 'hijri' || (y.era === undefined && y.year < HIJRI_YEAR_LIMIT));
    meaning = hijriMeaning({ month, day, yearWritten: y !== undefined, relative: rel?.word.direction, year: y && hijriYear ? y.year : undefined, gregorianYear: y && !hijriYear ? y.year : undefined });
  }
  if (y) last = y.last;
  else if (rel) last = rel.last;
  const confidence = y ? CONFIDENCE.written : CONFIDENCE.relative;
  return { first: i, last, start: h.start, prefix: h.prefix, meaning, type: 'DATE', confidence };
};
