/**
 * Weekdays: `الخميس`, `يوم الأربعاء المقبل`, `الجمعة الماضية`, `الجمعة من الأسبوع المقبل`; a date after the weekday
 * joins it (`الاثنين 12 يناير 2016`), a bare day number picks the month (`الخميس 21`).
 */
import { addDays, weekdayOf, type Ymd } from './calendar.js';
import { dayMonth } from './days.js';
import { weekdayReadingBlocked } from './licenses.js';
import { dayValue as dayOf, gregorianMeaning } from './meaning.js';
import { numericRule } from './numeric.js';
import { CONFIDENCE, closesAfter, partOfLongerNumber, type Grammar, type Parse, type Rule } from './parse.js';
import { relativePeriod, weekdayInWeek } from './relative.js';
import type { Direction } from './words.js';

/**
 * The day a weekday names: the nearest such day in the direction written, else by preference. Looking back, a bare
 * weekday equal to the reference weekday is the reference day (news reports the day it is written on).
 */
function weekdayDate(g: Grammar, day: number, direction: Direction | undefined): Ymd {
  const ref = g.ctx.refDate;
  const diff = (day - weekdayOf(ref) + 7) % 7;
  let shift: number;
  if (direction !== undefined && direction > 0) shift = (diff === 0 ? 7 : diff) + 7 * (direction - 1);
  else if (direction !== undefined && direction < 0) shift = (diff === 0 ? -7 : diff - 7) + 7 * (direction + 1);
  else if (direction === 0 || g.ctx.prefer === 'future') shift = diff;
  else shift = diff === 0 ? 0 : diff - 7;
  return addDays(ref, shift);
}

/** What can follow a weekday without a relative word: its date, a bare day number, or the week it lies in. */
function weekdayWithContext(g: Grammar, first: number, last: number, day: number): Omit<Parse, 'start' | 'prefix'> | undefined {
  const { v } = g;
  // الاثنين، 12 يناير 2016 / الخميس الموافق 4 سبتمبر: the written date decides.
  let at = last + 1;
  if (v.punct(at, '،,')) at++;
  if (v.norm(at) === 'الموافق') at++;
  const date = dayMonth(g, at, false, true) ?? numericRule(g, at);
  if (date) return { ...date, first };
  // الخميس 21: a bare day number closing the phrase picks the month where that day is that weekday.
  const d = v.digits(last + 1, 1, 2);
  if (d !== undefined && d >= 1 && d <= 31 && closesAfter(g, last + 1) && !partOfLongerNumber(g, last + 1)) {
    const meaning = gregorianMeaning({ day: d, weekday: day, yearWritten: false });
    return { first, last: last + 1, meaning, type: 'DATE', confidence: CONFIDENCE.relative };
  }
  // الجمعة من الأسبوع المقبل: the weekday of a week named from the reference week.
  const weekAt = v.norm(last + 1) === 'من' || v.norm(last + 1) === 'في' ? last + 2 : last + 1;
  const week = relativePeriod(g, weekAt, false);
  if (week?.unit === 'week') return { first, last: week.last, meaning: weekdayInWeek(g.ctx, day, week.direction), type: 'DATE', confidence: CONFIDENCE.relative };
  return undefined;
}

/**
 * `الخميس`, `يوم الأربعاء المقبل`, `الجمعة الماضية`, and a weekday with its date or week (see above). الأحد and
 * الاثنين alone are weekdays unless a neighbour shows another reading (`الأحد عشر`, `بين الاثنين`).
 */
export const weekdayRule: Rule = (g, i) => {
  const { v } = g;
  const dayWord = v.word(i, 'dayWord', true);
  const w = v.word(dayWord ? dayWord.last + 1 : i, 'weekday', !dayWord);
  if (!w) return undefined;
  const start = dayWord ? dayWord.start : w.start;
  const prefix = dayWord ? dayWord.prefix : w.prefix;
  const rel = v.word(w.last + 1, 'relative');
  if (!rel) {
    const joined = weekdayWithContext(g, i, w.last, w.word.day);
    if (joined) return { ...joined, start, prefix };
    if (w.word.strength !== 'strong' && !dayWord && weekdayReadingBlocked(v, i, w.last)) return undefined;
  }
  const meaning = dayOf(weekdayDate(g, w.word.day, rel?.word.direction));
  const bare = w.word.strength !== 'strong' && !dayWord && !rel;
  return { first: i, last: rel ? rel.last : w.last, start, prefix, meaning, type: 'DATE', confidence: bare ? CONFIDENCE.licensed : CONFIDENCE.relative };
};
