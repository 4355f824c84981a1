/**
 * Quarters and halves of a year: `الربع الأول من العام الجاري`, `الربع الثالث 2016`, `النصف الثاني من عام 2024`,
 * `الربع الأخير من ألفين وعشرين`. The year is required: without one `الربع الأول` is as often a quarter of a basketball
 * game as of a year. The value is the months' interval (`2016-07/2016-09`).
 *
 * Seasons the same way (`صيف 2016`, `خريف العام الماضي`), and also relative to the reference date (`الصيف المقبل`,
 * `الربيع الماضي`, `هذا الصيف`); a bare season names none (`الربيع العربي`).
 */
import { gregorianMeaning } from './meaning.js';
import { CONFIDENCE, type Grammar, type Parse, type Rule } from './parse.js';
import { readYear, readYearInWords, relativeYear, yearAfterWord } from './years.js';

/** Words between the part and its year: الربع الأول من عام 2016, الربع الثالث في 2016. */
const BETWEEN = new Set(['من', 'في']);

/** The months `month` to `month + months - 1` of `year`, as a date span from token `first` to `last`. */
function monthsOf(year: number, part: { word: { month: number; months: number }; start: number; prefix: string }, first: number, last: number, confidence: number): Parse {
  const { month, months } = part.word;
  const from = gregorianMeaning({ year, month, yearWritten: true });
  const to = gregorianMeaning({ year, month: month + months - 1, yearWritten: true });
  return { first, last, start: part.start, prefix: part.prefix, meaning: { kind: 'span', from, to }, type: 'DATE', confidence };
}

/** The year after a part of a year (`الربع الثالث [من] 2016`, `… العام الماضي`), written or relative. */
function partYear(g: Grammar, last: number): { year: number; last: number; written: boolean } | undefined {
  const at = BETWEEN.has(g.v.norm(last + 1) ?? '') ? last + 2 : last + 1;
  const written = yearAfterWord(g, at, false) ?? readYear(g, at) ?? (at > last + 1 ? readYearInWords(g, at) : undefined);
  if (written) return written.era === 'hijri' ? undefined : { year: written.year, last: written.last, written: true };
  const y = relativeYear(g, at);
  return y && { year: y.year, last: y.last, written: false };
}

/** A year relative to the reference date (العام الجاري) is as sure as other relative dates; a written one, more. */
const confidenceOf = (written: boolean) => (written ? CONFIDENCE.written : CONFIDENCE.relative);

export const yearPartRule: Rule = (g, i) => {
  const part = g.v.word(i, 'yearPart', true);
  const y = part && partYear(g, part.last);
  return y && monthsOf(y.year, part, i, y.last, confidenceOf(y.written));
};

export const seasonRule: Rule = (g, i) => {
  const { v } = g;
  const self = v.word(i, 'this', true);
  const season = v.word(self ? self.last + 1 : i, 'season', !self);
  if (!season) return undefined;
  const ref = g.ctx.refDate;
  if (self) return monthsOf(ref.year, { ...season, start: self.start, prefix: self.prefix }, i, season.last, CONFIDENCE.relative);
  const y = partYear(g, season.last);
  if (y) return monthsOf(y.year, season, i, y.last, confidenceOf(y.written));
  const rel = v.word(season.last + 1, 'relative');
  if (!rel) return undefined;
  const { month, months } = season.word;
  // The season's next beginning after the reference date, or its last end before it.
  const year = rel.word.direction > 0 ? (ref.month < month ? ref.year : ref.year + 1) : ref.month > month + months - 1 ? ref.year : ref.year - 1;
  return monthsOf(year, season, i, rel.last, CONFIDENCE.relative);
};
