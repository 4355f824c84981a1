/**
 * DATE and TIME candidates: a small grammar over tokens. Every token gets a quick check (could a date begin
 * here? a set look-up); only tokens that pass are given to the rules, each of which reads a bounded number of
 * tokens ahead. At each start the longest reading wins and scanning resumes after it, so the work stays linear.
 */
import type { Token } from '../../text/tokenize.js';
import { candidate, type Candidate } from '../candidate.js';
import type { Lexeme } from '../lexeme.js';
import type { Ymd } from './calendar.js';
import { dayMonthRule } from './days.js';
import { centuryRule, decadeRule } from './eras.js';
import { holidayRule } from './holidays.js';
import { resolveMeaning, type PreferDates } from './meaning.js';
import { modifierRule } from './modifiers.js';
import { monthRule } from './months.js';
import { numericRule } from './numeric.js';
import { longer, type Grammar, type Parse, type Rule } from './parse.js';
import { deicticRule, offsetRule, periodRule } from './relative.js';
import { carryYears, spanRule } from './spans.js';
import { timeRule } from './time.js';
import { TokenView } from './view.js';
import { weekdayRule } from './weekdays.js';
import type { DateWord } from './words.js';
import { yearRule } from './years.js';
import { seasonRule, yearPartRule } from './year-parts.js';

export type { PreferDates } from './meaning.js';

export interface DateOptions {
  refDate: Ymd;
  prefer: PreferDates;
}

/**
 * The rules worth trying at a token, by the kinds of date words found there (a month name needs only the month
 * rule); on a tie in length the earlier rule wins. A digit token tries the rules that can begin with a number.
 */
export const RULES_BY_KIND: Readonly<Record<DateWord['kind'], readonly Rule[]>> = {
  month: [monthRule],
  hijriMonth: [monthRule],
  monthWord: [monthRule],
  weekday: [weekdayRule],
  dayWord: [weekdayRule, deicticRule, dayMonthRule],
  yearWord: [yearRule],
  deictic: [deicticRule, weekdayRule],
  period: [periodRule],
  this: [periodRule, seasonRule],
  offset: [offsetRule, deicticRule],
  modifier: [modifierRule],
  spanOpen: [spanRule],
  holiday: [holidayRule],
  decade: [decadeRule],
  century: [centuryRule],
  hourWord: [timeRule],
  number: [dayMonthRule, timeRule],
  relative: [],
  era: [],
  unit: [],
  dayPart: [],
  fraction: [],
  yearPart: [yearPartRule],
  season: [seasonRule],
};
const DIGIT_RULES: readonly Rule[] = [numericRule, dayMonthRule, yearRule, spanRule, timeRule];

/** The rules parseAt has tried at the current token (reused: parseAt runs on every token that could start a date). */
const tried: Rule[] = [];

function parseAt(g: Grammar, i: number): Parse | undefined {
  let best: Parse | undefined;
  if (g.v.isDigits(i)) {
    for (const rule of DIGIT_RULES) best = longer(best, rule(g, i));
    return best;
  }
  // The kinds of the date words found here (with proclitics), in order; a rule two kinds share is tried once.
  tried.length = 0;
  for (const m of g.v.matches(i, true)) {
    for (const w of m.words) {
      for (const rule of RULES_BY_KIND[w.kind]) {
        if (tried.includes(rule)) continue;
        tried.push(rule);
        best = longer(best, rule(g, i));
      }
    }
  }
  return best;
}

/** `lexemes`: the tokens' lexemes (vocabulary.ts), when the caller has them. */
export function findDateCandidates(tokens: readonly Token[], options: DateOptions, lexemes?: readonly Lexeme[]): Candidate[] {
  const v = new TokenView(tokens, lexemes);
  const g: Grammar = { v, ctx: { refDate: options.refDate, prefer: options.prefer } };
  const parses: Parse[] = [];
  for (let i = 0; i < tokens.length; ) {
    const p = v.couldStart(i) ? parseAt(g, i) : undefined;
    if (p) {
      parses.push(p);
      i = p.last + 1;
    } else i++;
  }
  carryYears(g, parses);
  // A loop rather than `map`: one elements kind for every document's list, empty or not (see keepIf).
  const out: Candidate[] = [];
  for (const p of parses) {
    const value = resolveMeaning(p.meaning, g.ctx);
    out.push(candidate({ start: p.start, end: tokens[p.last].end, type: p.type, source: 'date', value: value.value, grain: value.grain, hijri: value.hijri || undefined, confidence: p.confidence }));
  }
  return out;
}
