/**
 * `مطلع الشهر المقبل`, `أواخر العام الماضي`, `منتصف مارس`, `نهاية عام 2024`, `بداية الثمانينيات`: a part of a
 * period. The mention covers the modifier; the value is the period's own (ISO 8601 has no "early March"), so
 * `مطلع الشهر` alone is the reference month.
 */
import { monthRule } from './months.js';
import { yearRule } from './years.js';
import { centuryRule, decadeRule } from './eras.js';
import { holidayRule } from './holidays.js';
import { CONFIDENCE, longer, type Parse, type Rule } from './parse.js';
import { periodFromRef, periodRule } from './relative.js';

/** What a modifier can apply to; month names are licensed by the modifier itself (`مطلع مارس`). */
const TARGETS: readonly Rule[] = [monthRule, periodRule, yearRule, decadeRule, centuryRule, holidayRule];

export const modifierRule: Rule = (g, i) => {
  const { v } = g;
  const m = v.word(i, 'modifier', true);
  if (!m) return undefined;
  const at = m.last + 1;
  let target: Parse | undefined;
  for (const rule of TARGETS) target = longer(target, rule(g, at));
  if (target && target.prefix === '') return { ...target, first: i, start: m.start, prefix: m.prefix };
  // A bare period after a modifier is the current one: مطلع الشهر, نهاية العام.
  const p = v.word(at, 'period');
  if (!p) return undefined;
  return { first: i, last: p.last, start: m.start, prefix: m.prefix, meaning: periodFromRef(g.ctx, p.word.unit, 0), type: 'DATE', confidence: CONFIDENCE.relative };
};
