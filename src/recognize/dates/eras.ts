/**
 * Decades and centuries. `الثمانينيات` is 1980/1989; with a century (`ثمانينيات القرن الماضي`,
 * `ستينيات القرن العشرين`) the century decides, otherwise the nearest such decade that began on or before the
 * reference year (past) or ends on or after it (future). A century is its hundred years as the common reading
 * has them: `القرن العشرين` is 1900/1999 (the way TIMEX3 and ISO 8601's two-digit century `19` read it). A Hijri
 * century (`القرن السادس الهجري`) is the Gregorian days of its Hijri years, 500–599 AH.
 */
import { formatYmd } from './calendar.js';
import { hijriYearSpan } from './hijri.js';
import { readOrdinal } from './numbers.js';
import { fixed } from './meaning.js';
import { CONFIDENCE, type Grammar, type Rule } from './parse.js';

interface CenturyRead {
  century: number;
  calendar: 'gregorian' | 'hijri';
  last: number;
}

/** The century after `القرن`: an ordinal, `الـ20`, `20`, or a relative word, then `الهجري` or `الميلادي`. */
function centuryAfter(g: Grammar, i: number): CenturyRead | undefined {
  const { v } = g;
  const c = v.word(i, 'century');
  if (!c) return undefined;
  let at = c.last + 1;
  let century: number | undefined;
  let last = at;
  const ord = readOrdinal(v, at);
  if (ord) [century, last] = [ord.value, ord.last];
  else {
    if (v.norm(at) === 'ال' && v.adjacent(at, at + 1)) at++;
    const d = v.digits(at, 1, 2);
    if (d !== undefined) [century, last] = [d, at];
    else {
      const rel = v.word(c.last + 1, 'relative');
      if (!rel) return undefined;
      [century, last] = [Math.floor(g.ctx.refDate.year / 100) + 1 + rel.word.direction, rel.last];
    }
  }
  if (century < 1 || century > 30) return undefined;
  let calendar: CenturyRead['calendar'] = 'gregorian';
  const era = v.word(last + 1, 'era');
  if (era) [calendar, last] = [era.word.calendar, era.last];
  else if (v.norm(last + 1) === 'الهجري') [calendar, last] = ['hijri', last + 1];
  else if (v.norm(last + 1) === 'الميلادي') last++;
  if ((v.norm(last + 1) === 'قبل' && v.norm(last + 2) === 'الميلاد') || v.norm(last + 1) === 'ق') return undefined;
  return { century, calendar, last };
}

const pad4 = (n: number) => String(n).padStart(4, '0');

/** A century's years as an interval; a Hijri century is the Gregorian days of its hundred Hijri years. */
function centuryValue(c: CenturyRead) {
  const from = (c.century - 1) * 100;
  if (c.calendar === 'gregorian') return fixed(`${pad4(from)}/${pad4(from + 99)}`, 'interval');
  const first = hijriYearSpan(Math.max(1, from));
  const last = hijriYearSpan(from + 99);
  if (!first || !last) return undefined;
  return fixed(`${formatYmd(first[0])}/${formatYmd(last[1])}`, 'interval', `${pad4(Math.max(1, from))}/${pad4(from + 99)}`);
}

/** `القرن العشرين` → 1900/1999, `القرن الحادي والعشرين` → 2000/2099, `القرن الماضي`, `القرن السادس الهجري`. */
export const centuryRule: Rule = (g, i) => {
  const c = g.v.word(i, 'century', true);
  if (!c) return undefined;
  const read = centuryAfter(g, i);
  const meaning = read && centuryValue(read);
  if (!read || !meaning) return undefined;
  return { first: i, last: read.last, start: c.start, prefix: c.prefix, meaning, type: 'DATE', confidence: CONFIDENCE.written };
};

/** `الثمانينيات`, `ثمانينيات القرن الماضي`, `عقد التسعينات`. */
export const decadeRule: Rule = (g, i) => {
  const { v } = g;
  const d = v.word(i, 'decade', true);
  if (!d) return undefined;
  const decade = d.word.decade;
  // ثمانينيات القرن الماضي, الأربعينيات من القرن الماضي; a Hijri century's decades are left to the century rule.
  const ofCentury = v.norm(d.last + 1) === 'من' ? d.last + 2 : d.last + 1;
  const century = centuryAfter(g, ofCentury);
  if (century?.calendar === 'hijri') return undefined;
  let from: number;
  if (century) from = (century.century - 1) * 100 + decade;
  else {
    const ref = g.ctx.refDate.year;
    // The latest such decade begun by the reference year, or (future) the earliest not yet over.
    const past = Math.floor((ref - decade) / 100) * 100 + decade;
    from = g.ctx.prefer === 'past' ? past : past + 9 >= ref ? past : past + 100;
  }
  const meaning = fixed(`${pad4(from)}/${pad4(from + 9)}`, 'interval');
  return { first: i, last: century ? century.last : d.last, start: d.start, prefix: d.prefix, meaning, type: 'DATE', confidence: CONFIDENCE.written };
};
