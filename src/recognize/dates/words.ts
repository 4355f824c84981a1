/**
 * The words of dates, as data. Month and weekday names are generated from Node's ICU for the Arabic locales that
 * name them differently (Egypt and the Gulf, the Levant and Iraq, Morocco, Algeria and Tunisia); the forms ICU does
 * not have but the press writes are listed by hand below.
 */

export type DateWord =
  | { kind: 'month'; month: number; weak: boolean }
  | { kind: 'weekday'; day: number }
  | { kind: 'relative'; direction: -1 | 0 | 1 }
  | { kind: 'yearWord' }
  | { kind: 'dayWord' }
  | { kind: 'eraSuffix' };

/** Locales whose ICU month names differ: Egyptian/Gulf, Levantine/Iraqi, Moroccan, Algerian/Tunisian. */
const MONTH_LOCALES = ['ar-EG', 'ar-SY', 'ar-IQ', 'ar-MA', 'ar-DZ', 'ar-TN'];

/** Press forms ICU does not produce. */
const EXTRA_MONTHS: ReadonlyArray<[string, number]> = [
  ['إبريل', 4],
  ['ابريل', 4],
  ['يونيه', 6],
  ['يوليه', 7],
  ['أغسطوس', 8],
  ['كانون ثاني', 1],
  ['كانون 2', 1],
  ['تشرين أول', 10],
  ['تشرين 1', 10],
  ['تشرين ثاني', 11],
  ['تشرين 2', 11],
  ['كانون أول', 12],
  ['كانون 1', 12],
];

/**
 * Month names that are also ordinary words or names (آب "father", جوان a given name, ماي, أوت): taken as months
 * only next to a day, a year, or another month name.
 */
const WEAK_MONTH_NAMES = new Set(['آب', 'ماي', 'جوان', 'أوت', 'مارس', 'نيسان']);

export function monthNames(): Array<[string, number, boolean]> {
  const seen = new Map<string, number>();
  for (const locale of MONTH_LOCALES) {
    const fmt = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) seen.set(fmt.format(new Date(Date.UTC(2020, m - 1, 15))), m);
  }
  for (const [name, m] of EXTRA_MONTHS) seen.set(name, m);
  return [...seen].map(([name, m]) => [name, m, WEAK_MONTH_NAMES.has(name)]);
}

/** Weekday names from ICU, 0 = Sunday, with the spellings ICU does not give. */
export function weekdayNames(): Array<[string, number]> {
  const fmt = new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' });
  const out: Array<[string, number]> = [];
  // 2023-01-01 was a Sunday.
  for (let d = 0; d < 7; d++) out.push([fmt.format(new Date(Date.UTC(2023, 0, 1 + d))), d]);
  out.push(['الإثنين', 1], ['الاتنين', 1]);
  return out;
}

export const RELATIVE_WORDS: ReadonlyArray<[string, -1 | 0 | 1]> = [
  ['الماضي', -1],
  ['الماضية', -1],
  ['المنصرم', -1],
  ['المنصرمة', -1],
  ['الفائت', -1],
  ['الفائتة', -1],
  ['السابق', -1],
  ['المقبل', 1],
  ['المقبلة', 1],
  ['القادم', 1],
  ['القادمة', 1],
  ['الجاري', 0],
  ['الجارية', 0],
  ['الحالي', 0],
  ['الحالية', 0],
];

export const YEAR_WORDS = ['عام', 'العام', 'سنة', 'السنة', 'عامي', 'سنتي'];
export const DAY_WORDS = ['يوم', 'اليوم'];
export const ERA_SUFFIXES = ['م', 'ميلادي', 'ميلادية', 'للميلاد'];

export function allDateWords(): Array<[string, DateWord]> {
  const out: Array<[string, DateWord]> = [];
  for (const [name, month, weak] of monthNames()) out.push([name, { kind: 'month', month, weak }]);
  for (const [name, day] of weekdayNames()) out.push([name, { kind: 'weekday', day }]);
  for (const [name, direction] of RELATIVE_WORDS) out.push([name, { kind: 'relative', direction }]);
  for (const w of YEAR_WORDS) out.push([w, { kind: 'yearWord' }]);
  for (const w of DAY_WORDS) out.push([w, { kind: 'dayWord' }]);
  for (const w of ERA_SUFFIXES) out.push([w, { kind: 'eraSuffix' }]);
  return out;
}
