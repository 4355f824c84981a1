/**
 * Quarters and halves of a year: `الربع الأول من العام الجاري`, `الربع الثالث 2016`, `النصف الثاني من عام 2024`,
 * `الربع الأخير من ألفين وعشرين`. The year is required: without one `الربع الأول` is as often a quarter of a basketball
 * game as of a year. The value is the months' interval (`2016-07/2016-09`).
 */
import { gregorianMeaning } from './meaning.js';
import { CONFIDENCE, type Rule } from './parse.js';
import { readYear, readYearInWords, relativeYear, yearAfterWord } from './years.js';

/** Words between the part and its year: الربع الأول من عام 2016, الربع الثالث في 2016. */
const BETWEEN = new Set(['من', 'في']);

export const yearPartRule: Rule = (g, i) => {
  const { v } = g;
  const part = v.word(i, 'yearPart', true);
  if (!part) return undefined;
  const at = BETWEEN.has(v.norm(part.last + 1) ?? '') ? part.last + 2 : part.last + 1;
  const written = yearAfterWord(g, at, false) ?? readYear(g, at) ?? (at > part.last + 1 ? readYearInWords(g, at) : undefined);
  const y = written ?? relativeYear(g, at);
  if (!y || (written && written.era === 'hijri')) return undefined;
  const { month, months } = part.word;
  const from = gregorianMeaning({ year: y.year, month, yearWritten: true });
  const to = gregorianMeaning({ year: y.year, month: month + months - 1, yearWritten: true });
  // A year relative to the reference date (العام الجاري) is as sure as other relative dates; a written one, more.
  const confidence = written ? CONFIDENCE.written : CONFIDENCE.relative;
  return { first: i, last: y.last, start: part.start, prefix: part.prefix, meaning: { kind: 'span', from, to }, type: 'DATE', confidence };
};
