/**
 * What makes an ambiguous word a date. A month name that is also a word (مارس "exerted", آب "father") is a month
 * when a date word stands next to it (the grammar checks that) or a preposition of time stands before it: these
 * lists. A weekday that is also a word (الأحد "the One", الاثنين "the two") is a weekday unless a neighbour shows
 * the other reading. The lists hold normalized forms.
 */
import { formKeys } from '../../lexicon/compile.js';
import type { TokenView } from './view.js';

/**
 * Normalized on first lookup, not at import: normalizing compiles the charmap and the tokenizer's character
 * classes, which a process that never extracts (`arner --help`, `arner lexicon …`) should not pay for.
 */
export function normalized(words: readonly string[]): { has(word: string): boolean } {
  let set: Set<string> | undefined;
  return { has: (word) => (set ??= new Set(words.map((w) => formKeys(w).join(' ')))).has(word) };
}

/** Prepositions and nouns of time before a month name or a bare year. */
const TIME_PREPOSITIONS = normalized([
  'في', 'خلال', 'منذ', 'حتى', 'قبل', 'بعد', 'إلى', 'مطلع', 'أوائل', 'بداية', 'مستهل', 'منتصف', 'أواسط', 'أواخر', 'نهاية',
  'ختام', 'طيلة', 'طوال', 'بحلول', 'حلول', 'غضون', 'شهر', 'عام', 'سنة', 'بتاريخ', 'تاريخ', 'لغاية', 'عامي', 'سنتي',
  'أعوام', 'سنوات',
]);

/** Proclitics that may stand on the licensing word (`وفي`, `فمنذ`). */
function withoutConjunction(s: string): string {
  return s.length > 2 && (s[0] === 'و' || s[0] === 'ف') ? s.slice(1) : s;
}

/** The word before token i (without a conjunction) is a preposition of time, on the same line. */
export function timePrepositionBefore(v: TokenView, i: number): boolean {
  const t = v.tokens[i];
  const before = v.tokens[i - 1];
  if (!t || !before || t.lineBreakBefore) return false;
  return TIME_PREPOSITIONS.has(before.norm) || TIME_PREPOSITIONS.has(withoutConjunction(before.norm));
}

/** Words before a number whose م is "metres", not the era: `سباق 1500م`, `على ارتفاع 2000م`. */
const MEASURES = normalized(['سباق', 'مسافة', 'لمسافة', 'ارتفاع', 'بارتفاع', 'عمق', 'بعمق', 'طول', 'بطول', 'عرض', 'بعرض', 'قطر']);

export function measureBefore(v: TokenView, i: number): boolean {
  const before = v.norm(i - 1);
  return before !== undefined && MEASURES.has(withoutConjunction(before));
}

/** Neighbours that make الأحد / الاثنين a pronoun or a number rather than a weekday. */
const NOT_WEEKDAY_BEFORE = normalized(['الواحد', 'بين', 'كلا', 'هذين', 'هذان', 'أحد', 'لكلا']);
const NOT_WEEKDAY_AFTER = normalized(['عشر', 'عشرة', 'معا', 'منهما', 'منهم']);

export function weekdayReadingBlocked(v: TokenView, first: number, last: number): boolean {
  const before = v.norm(first - 1);
  const after = v.norm(last + 1);
  return (before !== undefined && NOT_WEEKDAY_BEFORE.has(withoutConjunction(before))) || (after !== undefined && NOT_WEEKDAY_AFTER.has(after));
}

/**
 * العام is also the adjective "general" (الأمين العام المقبل, "the next secretary-general"): after a definite
 * masculine noun it describes that noun, so العام المقبل there is not "next year".
 */
export function adjectiveAfterDefiniteNoun(v: TokenView, i: number, clitics: string): boolean {
  if (clitics) return false;
  const before = v.tokens[i - 1];
  if (!before || before.lineBreakBefore || v.matches(i - 1, true).length) return false;
  const s = before.norm.startsWith('لل') ? 'ا' + before.norm.slice(1) : withoutConjunction(before.norm).replace(/^[بلك](?=ال)/, '');
  return s.startsWith('ال') && s.length > 3 && !s.endsWith('ه') && !s.endsWith('ات');
}

/**
 * اليوم is "the day" before an adjective or a relative clause (اليوم الأول, اليوم الوطني, اليوم الذي): a definite
 * word after it other than a weekday (handled by the weekday rule) means it is not "today"; nor is it after a
 * count (`مرتين في اليوم`, "twice a day").
 */
export function dayNotToday(v: TokenView, i: number): boolean {
  const after = v.tokens[i + 1];
  if (after && !after.lineBreakBefore && after.norm.startsWith('ال')) return true;
  return perDay(v, i);
}

/** Words of frequency before في اليوم. */
const TIMES = normalized(['مرة', 'مرتين', 'مرتان', 'مرات']);

/** `10 سجائر في اليوم`, `مرتين في اليوم`: في اليوم after a count is "per day". */
function perDay(v: TokenView, i: number): boolean {
  if (v.norm(i - 1) !== 'في') return false;
  for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
    if (v.isDigits(j) || TIMES.has(withoutConjunction(v.norm(j)!)) || v.matches(j).some((m) => m.words.some((w) => w.kind === 'number' && w.role === 'unit'))) return true;
  }
  return false;
}
