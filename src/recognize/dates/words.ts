/**
 * The words of dates, as data. Gregorian month names and weekdays are generated from Node's ICU for the Arabic
 * locales that name them differently (Egypt and the Gulf, the Levant and Iraq, Morocco, Algeria and Tunisia,
 * Mauritania); Hijri month names from ICU's Islamic calendar (both through icu.ts, which reads ICU's answers saved at
 * build time). Forms ICU lacks but the press writes are listed here.
 * Every form is compiled through the same normalizer and tokenizer as the text (see `view.ts`).
 */
import { numberWords, type NumberWord } from './numbers.js';
import { formatDates } from './icu.js';

/** -2 the one before last, -1 last, 0 this, 1 next, 2 the one after next. */
export type Direction = -2 | -1 | 0 | 1 | 2;
export type Unit = 'day' | 'week' | 'month' | 'year';
export type Calendar = 'gregorian' | 'hijri';
/**
 * How much context a month or weekday name that is also an ordinary word needs. `weak`: a neighbouring date word
 * or a licensing preposition (`في آب`). `strict`: a neighbouring date word only (`صفر` is also "zero", and
 * `من صفر` is "from zero").
 */
export type Strength = 'strong' | 'weak' | 'strict';
export type DayPart = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

export type DateWord =
  | { kind: 'month'; month: number; strength: Strength }
  | { kind: 'hijriMonth'; month: number; strength: Strength }
  | { kind: 'weekday'; day: number; strength: Strength }
  /** الماضي, المقبل, الجاري … after a month, weekday or period. */
  | { kind: 'relative'; direction: Direction }
  /** عام, سنة: before a year number. */
  | { kind: 'yearWord' }
  /** يوم, اليوم: before a weekday or a day number. */
  | { kind: 'dayWord' }
  /** شهر: before a month name. */
  | { kind: 'monthWord' }
  /** م, ميلادي / هـ, هجري after a year. */
  | { kind: 'era'; calendar: Calendar }
  /** أمس, اليوم, غداً …: a day counted from the reference date. */
  | { kind: 'deictic'; days: number }
  /** الأسبوع, الشهر, العام: a period named relative to the reference date by a following relative word. */
  | { kind: 'period'; unit: Unit }
  /** يوم, أيام, يومين …: a counted unit; `count` is 1 for a singular, 2 for a dual, absent for a plural. */
  | { kind: 'unit'; unit: Unit; count?: 1 | 2 }
  /** هذا, هذه before a period. */
  | { kind: 'this' }
  /** منذ, قبل (-1), بعد (+1) before a count of units. */
  | { kind: 'offset'; direction: -1 | 1 }
  /** مطلع, منتصف, أواخر … before a date. */
  | { kind: 'modifier'; part: 'start' | 'mid' | 'end' }
  /** من … إلى, بين … و */
  | { kind: 'spanOpen'; connector: 'to' | 'and' }
  | { kind: 'holiday'; calendar: Calendar; month: number; day: number }
  | { kind: 'decade'; decade: number }
  | { kind: 'century' }
  /** الساعة before a time of day. */
  | { kind: 'hourWord' }
  | { kind: 'dayPart'; part: DayPart }
  /** والنصف, والربع, إلا ربعاً: minutes added to the hour. */
  | { kind: 'fraction'; minutes: number }
  /** الربع الأول, النصف الثاني …: `months` months of a year from `month`, before the year. */
  | { kind: 'yearPart'; month: number; months: number }
  /** الربيع, الصيف, الخريف: the season's `months` months from `month`, in the northern hemisphere. */
  | { kind: 'season'; month: number; months: number }
  | NumberWord;

/** Every field a date word of some kind has (view.ts gives every word all of them, in one hidden class). */
export const DATE_WORD_FIELDS: ReadonlySet<string> = new Set([
  'kind', 'month', 'strength', 'day', 'direction', 'calendar', 'days', 'unit', 'count', 'part', 'connector', 'decade',
  'minutes', 'months', 'role', 'value',
]);

/** Locales whose ICU month names differ: Egyptian/Gulf, Levantine/Iraqi, Moroccan, Algerian/Tunisian, Mauritanian. */
const MONTH_LOCALES = ['ar-EG', 'ar-SY', 'ar-IQ', 'ar-MA', 'ar-DZ', 'ar-TN', 'ar-MR'];

/** Press forms ICU does not produce. */
const EXTRA_MONTHS: ReadonlyArray<[string, number]> = [
  ['إبريل', 4],
  ['ابريل', 4],
  ['ابريل', 4],
  ['يونيه', 6],
  ['يوليه', 7],
  ['أغسطوس', 8],
  ['اغسطس', 8],
  ['أوكتوبر', 10],
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
 * Month names that are also ordinary words or names: مارس "exerted", آب "father", نيسان a car maker, جوان a given
 * name, غشت "she cheated" (غشّت), ماي, أوت.
 */
const WEAK_MONTHS = new Set(['مارس', 'آب', 'نيسان', 'ماي', 'جوان', 'أوت', 'غشت']);

/** Hijri month forms ICU does not produce (the genitive ذي, ربيع الثاني, undotted and short forms). */
const EXTRA_HIJRI_MONTHS: ReadonlyArray<[string, number]> = [
  ['محرم الحرام', 1],
  ['ربيع أول', 3],
  ['ربيع الثاني', 4],
  ['ربيع ثاني', 4],
  ['ربيع الاخر', 4],
  ['جمادى الأول', 5],
  ['جماد الأول', 5],
  ['جماد الأولى', 5],
  ['جماد الآخر', 6],
  ['جماد الآخرة', 6],
  ['جماد الثاني', 6],
  ['جمادى أولى', 5],
  ['جمادى الثانية', 6],
  ['جمادى الآخر', 6],
  ['جمادى الثاني', 6],
  ['ذي القعدة', 11],
  ['ذا القعدة', 11],
  ['ذي الحجة', 12],
  ['ذا الحجة', 12],
];

/** Hijri month names that are also given names (رمضان, شعبان, رجب) or words (محرم "forbidden", صفر "zero"). */
const HIJRI_STRENGTH: ReadonlyMap<string, Strength> = new Map([
  ['رمضان', 'weak'],
  ['شعبان', 'weak'],
  ['رجب', 'weak'],
  ['محرم', 'weak'],
  ['صفر', 'strict'],
]);

/**
 * Weekdays that are also ordinary words: الأحد "the One" (and الأحد عشر "the eleven"), الاثنين "the two".
 */
const WEAK_WEEKDAYS = new Set(['الأحد', 'الاثنين', 'الإثنين']);

export function monthNames(): Array<[string, number, Strength]> {
  const seen = new Map<string, number>();
  const mid = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2020, m, 15)));
  for (const locale of MONTH_LOCALES) formatDates(locale, { month: 'long' }, mid).forEach((name, m) => seen.set(name, m + 1));
  for (const [name, m] of EXTRA_MONTHS) seen.set(name, m);
  return [...seen].map(([name, m]) => [name, m, WEAK_MONTHS.has(name) ? 'weak' : 'strong']);
}

/** Hijri month names from ICU's Islamic calendar: one day of each month of 1446 AH, numbered by ICU as well. */
export function hijriMonthNames(): Array<[string, number, Strength]> {
  const seen = new Map<string, number>();
  // 2024-07-20 is early in 1446 AH; stepping 29.5 days visits every month once.
  const days = Array.from({ length: 12 }, (_, k) => new Date(Date.UTC(2024, 6, 20) + Math.round(k * 29.53) * 86_400_000));
  const names = formatDates('ar-u-ca-islamic-umalqura', { month: 'long' }, days);
  const numbers = formatDates('en-u-ca-islamic-umalqura-nu-latn', { month: 'numeric' }, days);
  names.forEach((name, k) => seen.set(name, Number(numbers[k])));
  for (const [name, m] of EXTRA_HIJRI_MONTHS) seen.set(name, m);
  return [...seen].map(([name, m]) => [name, m, HIJRI_STRENGTH.get(name) ?? 'strong']);
}

/** Weekday names from ICU, 0 = Sunday, with the spellings ICU does not give. */
export function weekdayNames(): Array<[string, number, Strength]> {
  // 2023-01-01 was a Sunday.
  const week = Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2023, 0, 1 + d)));
  const out: Array<[string, number]> = formatDates('ar', { weekday: 'long' }, week).map((name, d) => [name, d]);
  out.push(['الإثنين', 1], ['الاتنين', 1]);
  return out.map(([name, d]) => [name, d, WEAK_WEEKDAYS.has(name) ? 'weak' : 'strong']);
}

export const RELATIVE_WORDS: ReadonlyArray<[string, Direction]> = [
  ['الماضي', -1],
  ['الماضية', -1],
  ['المنصرم', -1],
  ['المنصرمة', -1],
  ['الفائت', -1],
  ['الفائتة', -1],
  ['السابق', -1],
  ['السابقة', -1],
  ['المقبل', 1],
  ['المقبلة', 1],
  ['القادم', 1],
  ['القادمة', 1],
  ['الجاري', 0],
  ['الجارية', 0],
  ['الحالي', 0],
  ['الحالية', 0],
  ['قبل الماضي', -2],
  ['قبل الماضية', -2],
  ['بعد المقبل', 2],
  ['بعد المقبلة', 2],
  ['بعد القادم', 2],
  ['بعد القادمة', 2],
];

export const DEICTIC_WORDS: ReadonlyArray<[string, number]> = [
  ['أمس', -1],
  ['الأمس', -1],
  ['يوم أمس', -1],
  ['البارحة', -1],
  ['أول أمس', -2],
  ['أول من أمس', -2],
  ['أمس الأول', -2],
  ['قبل أمس', -2],
  ['قبل يوم أمس', -2],
  ['اليوم', 0],
  ['غداً', 1],
  ['غدا', 1],
  ['الغد', 1],
  ['يوم غد', 1],
  ['بعد غد', 2],
  ['بعد الغد', 2],
];

export const PERIOD_WORDS: ReadonlyArray<[string, Unit]> = [
  ['الأسبوع', 'week'],
  ['الإسبوع', 'week'],
  ['الشهر', 'month'],
  ['العام', 'year'],
  ['السنة', 'year'],
];

export const UNIT_WORDS: ReadonlyArray<[string, Unit, 1 | 2 | undefined]> = [
  ['يوم', 'day', 1],
  ['يوماً', 'day', 1],
  ['أيام', 'day', undefined],
  ['يومين', 'day', 2],
  ['يومان', 'day', 2],
  ['أسبوع', 'week', 1],
  ['أسبوعاً', 'week', 1],
  ['أسابيع', 'week', undefined],
  ['أسبوعين', 'week', 2],
  ['أسبوعان', 'week', 2],
  ['شهر', 'month', 1],
  ['شهراً', 'month', 1],
  ['أشهر', 'month', undefined],
  ['شهور', 'month', undefined],
  ['شهرين', 'month', 2],
  ['شهران', 'month', 2],
  ['عام', 'year', 1],
  ['عاماً', 'year', 1],
  ['سنة', 'year', 1],
  ['أعوام', 'year', undefined],
  ['سنوات', 'year', undefined],
  ['سنين', 'year', undefined],
  ['عامين', 'year', 2],
  ['عامان', 'year', 2],
  ['سنتين', 'year', 2],
  ['سنتان', 'year', 2],
];

export const MODIFIER_WORDS: ReadonlyArray<[string, 'start' | 'mid' | 'end']> = [
  ['مطلع', 'start'],
  ['أوائل', 'start'],
  ['بداية', 'start'],
  ['بدايات', 'start'],
  ['مستهل', 'start'],
  ['منتصف', 'mid'],
  ['أواسط', 'mid'],
  ['أواخر', 'end'],
  ['نهاية', 'end'],
  ['نهايات', 'end'],
  ['ختام', 'end'],
];

/** Feasts on a fixed day of a calendar's month. Movable ones (Easter) and ones named alike (عيد الميلاد) are left out. */
export const HOLIDAYS: ReadonlyArray<[string, Calendar, number, number]> = [
  ['عيد الفطر', 'hijri', 10, 1],
  ['عيد الفطر المبارك', 'hijri', 10, 1],
  ['عيد الأضحى', 'hijri', 12, 10],
  ['عيد الأضحى المبارك', 'hijri', 12, 10],
  ['يوم عرفة', 'hijri', 12, 9],
  ['يوم عرفات', 'hijri', 12, 9],
  ['رأس السنة الهجرية', 'hijri', 1, 1],
  ['السنة الهجرية الجديدة', 'hijri', 1, 1],
  ['عاشوراء', 'hijri', 1, 10],
  ['المولد النبوي', 'hijri', 3, 12],
  ['المولد النبوي الشريف', 'hijri', 3, 12],
  ['ليلة القدر', 'hijri', 9, 27],
  ['الإسراء والمعراج', 'hijri', 7, 27],
  ['رأس السنة الميلادية', 'gregorian', 1, 1],
  ['عيد العمال', 'gregorian', 5, 1],
  ['عيد الحب', 'gregorian', 2, 14],
  ['يوم المرأة العالمي', 'gregorian', 3, 8],
];

/** Stems of the decade words: الثمانينيات, ثمانينات … */
const DECADE_STEMS: ReadonlyArray<[number, string]> = [
  [20, 'عشرين'],
  [30, 'ثلاثين'],
  [40, 'أربعين'],
  [50, 'خمسين'],
  [60, 'ستين'],
  [70, 'سبعين'],
  [80, 'ثمانين'],
  [90, 'تسعين'],
];

export const DAY_PARTS: ReadonlyArray<[string, DayPart]> = [
  ['صباحاً', 'morning'],
  ['صباح', 'morning'],
  ['فجراً', 'morning'],
  ['ص', 'morning'],
  ['ظهراً', 'noon'],
  ['عصراً', 'afternoon'],
  ['بعد الظهر', 'afternoon'],
  ['بعد الظهيرة', 'afternoon'],
  ['مساءً', 'evening'],
  ['مساء', 'evening'],
  ['ليلاً', 'night'],
];

export const FRACTIONS: ReadonlyArray<[string, number]> = [
  ['والنصف', 30],
  ['والربع', 15],
  ['والثلث', 20],
  ['إلا ربعاً', -15],
  ['إلا ربع', -15],
  ['إلا الربع', -15],
  ['إلا ثلثاً', -20],
];

/** Quarters and halves of a year: first month, number of months. */
const YEAR_PARTS: ReadonlyArray<[string, number, number]> = [
  ['الربع الأول', 1, 3],
  ['الربع الثاني', 4, 3],
  ['الربع الثالث', 7, 3],
  ['الربع الرابع', 10, 3],
  ['الربع الأخير', 10, 3],
  ['النصف الأول', 1, 6],
  ['النصف الثاني', 7, 6],
];

/**
 * Seasons as meteorological ones (three whole months). Winter is left out: it spans two years, and which one
 * `شتاء 2024` means is not agreed.
 */
const SEASONS: ReadonlyArray<[string, number]> = [
  ['ربيع', 3],
  ['صيف', 6],
  ['خريف', 9],
];
const SEASON_MONTHS = 3;

export function allDateWords(): Array<[string, DateWord]> {
  const out: Array<[string, DateWord]> = [];
  for (const [name, month, strength] of monthNames()) out.push([name, { kind: 'month', month, strength }]);
  for (const [name, month, strength] of hijriMonthNames()) out.push([name, { kind: 'hijriMonth', month, strength }]);
  for (const [name, day, strength] of weekdayNames()) out.push([name, { kind: 'weekday', day, strength }]);
  for (const [name, direction] of RELATIVE_WORDS) out.push([name, { kind: 'relative', direction }]);
  for (const w of ['عام', 'العام', 'سنة', 'عامي', 'سنتي', 'أعوام']) out.push([w, { kind: 'yearWord' }]);
  for (const w of ['يوم', 'اليوم', 'يومي']) out.push([w, { kind: 'dayWord' }]);
  for (const w of ['شهر']) out.push([w, { kind: 'monthWord' }]);
  for (const w of ['م', 'ميلادي', 'ميلادية', 'للميلاد']) out.push([w, { kind: 'era', calendar: 'gregorian' }]);
  for (const w of ['هـ', 'هجري', 'هجرية', 'للهجرة']) out.push([w, { kind: 'era', calendar: 'hijri' }]);
  for (const [name, days] of DEICTIC_WORDS) out.push([name, { kind: 'deictic', days }]);
  for (const [name, unit] of PERIOD_WORDS) out.push([name, { kind: 'period', unit }]);
  for (const [name, unit, count] of UNIT_WORDS) out.push([name, count ? { kind: 'unit', unit, count } : { kind: 'unit', unit }]);
  for (const w of ['هذا', 'هذه']) out.push([w, { kind: 'this' }]);
  for (const w of ['منذ', 'قبل']) out.push([w, { kind: 'offset', direction: -1 }]);
  out.push(['بعد', { kind: 'offset', direction: 1 }]);
  for (const [name, part] of MODIFIER_WORDS) out.push([name, { kind: 'modifier', part }]);
  out.push(['من', { kind: 'spanOpen', connector: 'to' }], ['بين', { kind: 'spanOpen', connector: 'and' }]);
  for (const [name, calendar, month, day] of HOLIDAYS) out.push([name, { kind: 'holiday', calendar, month, day }]);
  for (const [decade, stem] of DECADE_STEMS) {
    for (const suffix of ['يات', 'ات']) {
      out.push([stem + suffix, { kind: 'decade', decade }], ['ال' + stem + suffix, { kind: 'decade', decade }]);
    }
  }
  out.push(['القرن', { kind: 'century' }]);
  out.push(['الساعة', { kind: 'hourWord' }]);
  for (const [name, part] of DAY_PARTS) out.push([name, { kind: 'dayPart', part }]);
  for (const [name, minutes] of FRACTIONS) out.push([name, { kind: 'fraction', minutes }]);
  for (const [name, month, months] of YEAR_PARTS) out.push([name, { kind: 'yearPart', month, months }]);
  // With the article (الصيف المقبل) and without (صيف 2024).
  for (const [name, month] of SEASONS) for (const form of [name, 'ال' + name]) out.push([form, { kind: 'season', month, months: SEASON_MONTHS }]);
  out.push(...numberWords());
  return out;
}
