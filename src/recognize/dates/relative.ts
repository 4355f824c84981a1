/**
 * Dates counted from the reference date: `أمس`, `اليوم`, `غداً`, `بعد غد`; periods (`الأسبوع الماضي` → a week,
 * `الشهر المقبل` → a month, `هذا العام` → a year); and offsets (`منذ ثلاثة أيام`, `قبل أسبوعين`, `بعد 3 أشهر`),
 * each at the grain of its unit.
 */
import { addDays, addMonths, weekdayOf } from './calendar.js';
import { adjectiveAfterDefiniteNoun, dayNotToday } from './licenses.js';
import { dayFromRef, dayValue, monthValue, weekValue, yearValue, type FixedMeaning, type ResolveContext } from './meaning.js';
import { readCount } from './numbers.js';
import { CONFIDENCE, type Grammar, type Rule } from './parse.js';
import type { Unit } from './words.js';

/** The period `n` units from the reference date, at the unit's grain. */
export function periodFromRef(ctx: ResolveContext, unit: Unit, n: number): FixedMeaning {
  const ref = ctx.refDate;
  switch (unit) {
    case 'day':
      return dayFromRef(ctx, n);
    case 'week':
      return weekValue(addDays(ref, 7 * n));
    case 'month': {
      const m = addMonths(ref.year, ref.month, n);
      return monthValue(m.year, m.month);
    }
    case 'year':
      return yearValue(ref.year + n);
  }
}

/**
 * A weekday in the ISO week `weeks` weeks from the reference one (`الجمعة من الأسبوع المقبل`). ISO weeks run
 * Monday to Sunday, as the week values arner writes do.
 */
export function weekdayInWeek(ctx: ResolveContext, weekday: number, weeks: number): FixedMeaning {
  const ref = ctx.refDate;
  const monday = addDays(ref, 7 * weeks - ((weekdayOf(ref) + 6) % 7));
  return dayValue(addDays(monday, (weekday + 6) % 7));
}

/** `أمس`, `أول أمس`, `اليوم`, `غداً`, `بعد غد`. */
export const deicticRule: Rule = (g, i) => {
  const w = g.v.word(i, 'deictic', true);
  if (!w) return undefined;
  if (w.word.days === 0 && w.last === i && dayNotToday(g.v, i)) return undefined;
  // أمس الاثنين, غداً الأحد: the weekday named after the day joins the mention; the count of days decides.
  const weekday = g.v.word(w.last + 1, 'weekday');
  const last = weekday ? weekday.last : w.last;
  return { first: i, last, start: w.start, prefix: w.prefix, meaning: dayFromRef(g.ctx, w.word.days), type: 'DATE', confidence: CONFIDENCE.relative };
};

/** A period named from the reference date: `الأسبوع الماضي`, `هذا الشهر`, `العام المقبل`, `السنة الحالية`. */
export function relativePeriod(g: Grammar, i: number, clitics: boolean) {
  const { v } = g;
  const self = v.word(i, 'this', clitics);
  const p = v.word(self ? self.last + 1 : i, 'period', clitics && !self);
  if (!p) return undefined;
  const rel = v.word(p.last + 1, 'relative');
  if (!self && !rel) return undefined;
  if (self && rel && rel.word.direction !== 0) return undefined;
  const head = self ?? p;
  // العام after a definite noun is the adjective "general" (الأمين العام المقبل).
  if (!self && p.word.unit === 'year' && adjectiveAfterDefiniteNoun(v, i, p.prefix)) return undefined;
  return { unit: p.word.unit, direction: rel ? rel.word.direction : 0, last: rel ? rel.last : p.last, start: head.start, prefix: head.prefix };
}

export const periodRule: Rule = (g, i) => {
  const { v } = g;
  const p = relativePeriod(g, i, true);
  if (!p) return undefined;
  if (p.unit === 'week') {
    // الأسبوع المقبل يوم الجمعة: a weekday of that week.
    const dayWord = v.word(p.last + 1, 'dayWord');
    const w = v.word(dayWord ? dayWord.last + 1 : p.last + 1, 'weekday');
    if (w) return { first: i, last: w.last, start: p.start, prefix: p.prefix, meaning: weekdayInWeek(g.ctx, w.word.day, p.direction), type: 'DATE', confidence: CONFIDENCE.relative };
  }
  return { first: i, last: p.last, start: p.start, prefix: p.prefix, meaning: periodFromRef(g.ctx, p.unit, p.direction), type: 'DATE', confidence: CONFIDENCE.relative };
};

/** Words of approximation between an offset word and its count: `منذ نحو ثلاثة أشهر`. */
const APPROXIMATELY = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء', 'اكثر', 'اقل']);

/**
 * `منذ ثلاثة أيام`, `قبل أسبوعين`, `منذ عام`, `بعد 3 أشهر`, `بعد أسبوعين من الآن`. An offset counted from
 * another event (`قبل 3 أيام من الانتخابات`) is not relative to the reference date and is left alone.
 */
export const offsetRule: Rule = (g, i) => {
  const { v } = g;
  const off = v.word(i, 'offset', true);
  if (!off) return undefined;
  let at = off.last + 1;
  if (APPROXIMATELY.has(v.norm(at) ?? '')) at += v.norm(at + 1) === 'من' ? 2 : 1;
  let n: number;
  let unitAt: number;
  const count = readCount(v, at);
  if (count) {
    n = count.value;
    unitAt = count.last + 1;
  } else {
    n = 1;
    unitAt = at;
  }
  const unit = v.word(unitAt, 'unit');
  if (!unit) return undefined;
  if (count && unit.word.count === 2) return undefined;
  if (!count) {
    if (unit.word.count === undefined) return undefined;
    // قبل عام 2014, منذ شهر رمضان: the unit word introduces a date, it is not a count of one.
    if (v.isDigits(unit.last + 1) || v.word(unit.last + 1, 'month') || v.word(unit.last + 1, 'hijriMonth')) return undefined;
    n = unit.word.count;
  }
  if (n < 1 || n > 1000) return undefined;
  let last = unit.last;
  const after = v.norm(last + 1);
  if (after === 'من' || after === 'علي') {
    if (v.norm(last + 2) !== 'الان') return undefined;
    last += 2;
  }
  const meaning = periodFromRef(g.ctx, unit.word.unit, off.word.direction * n);
  // بعد + a span in a past narrative often counts from the event told, not from the reference date.
  const confidence = off.word.direction > 0 ? CONFIDENCE.vague : CONFIDENCE.relative;
  return { first: i, last, start: off.start, prefix: off.prefix, meaning, type: 'DATE', confidence };
};
