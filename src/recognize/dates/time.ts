/**
 * Times of day, as TIME: `14:30`, `الساعة 10 صباحاً`, `الساعة الثالثة عصراً`, `العاشرة والنصف مساءً`,
 * `05:16 م`. A part of day after the hour (`عصراً`, `مساءً`) makes it 24-hour. The value is ISO 8601 at the
 * expression's own grain: `T15` for an hour, `T14:30` for a minute.
 */
import { fixed } from './meaning.js';
import { readCardinal, readOrdinal } from './numbers.js';
import { CONFIDENCE, type Grammar, type Rule } from './parse.js';
import type { DayPart } from './words.js';

/** The 24-hour hour of a 12-hour one said with a part of day. */
function to24(hour: number, part: DayPart | undefined): number {
  switch (part) {
    case 'morning':
      return hour === 12 ? 0 : hour;
    case 'noon':
      return hour <= 5 ? hour + 12 : hour;
    case 'afternoon':
    case 'evening':
      return hour < 12 ? hour + 12 : hour;
    case 'night':
      return hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
    default:
      return hour;
  }
}

/** A part of day after a time: the table's words, or `م` / `ص` right after digits (05:16 م). */
function dayPartAt(g: Grammar, i: number, afterDigits: boolean): { part: DayPart; last: number } | undefined {
  const p = g.v.word(i, 'dayPart');
  if (p) return { part: p.word.part, last: p.last };
  if (afterDigits && g.v.norm(i) === 'م') return { part: 'evening', last: i };
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const timeRule: Rule = (g, i) => {
  const { v } = g;
  const hourWord = v.word(i, 'hourWord', true);
  const at = hourWord ? hourWord.last + 1 : i;
  let hour: number | undefined;
  let minute: number | undefined;
  let last: number;
  let digits = false;
  const h = v.digits(at, 1, 2);
  if (h !== undefined) {
    const colon = v.punct(at + 1, ':') && v.adjacent(at, at + 1) && v.adjacent(at + 1, at + 2);
    const m = colon ? v.digits(at + 2, 2, 2) : undefined;
    // A further `:digits` or a digit before makes it something else (a ratio, a verse, a longer number).
    if (m !== undefined && !(v.punct(at + 3, ':') && v.isDigits(at + 4)) && !(v.punct(at - 1, ':.') && v.isDigits(at - 2))) {
      [hour, minute, last] = [h, m, at + 2];
    } else if (hourWord && !colon) [hour, last] = [h, at];
    else return undefined;
    digits = true;
  } else {
    const n = readOrdinal(v, at) ?? (hourWord ? readCardinal(v, at) : undefined);
    if (!n || n.prefix) return undefined;
    [hour, last] = [n.value, n.last];
  }
  if (minute === undefined) {
    const f = v.word(last + 1, 'fraction');
    if (f) {
      minute = (60 + f.word.minutes) % 60;
      if (f.word.minutes < 0) hour -= 1;
      last = f.last;
    }
  }
  const part = dayPartAt(g, last + 1, digits);
  // A word ordinal without الساعة is a time only with a part of day: العاشرة صباحاً.
  if (!hourWord && !digits && !part) return undefined;
  if (part) last = part.last;
  if (hour < 0 || hour > 24 || (minute !== undefined && minute > 59)) return undefined;
  if (!digits && (hour < 1 || hour > 12)) return undefined;
  const hour24 = to24(hour === 0 && !digits ? 12 : hour, part?.part) % 24;
  const value = minute === undefined ? `T${pad(hour24)}` : `T${pad(hour24)}:${pad(minute)}`;
  const start = hourWord ? hourWord.start : v.tokens[i].start;
  const prefix = hourWord ? hourWord.prefix : '';
  return { first: i, last, start, prefix, meaning: fixed(value, minute === undefined ? 'hour' : 'minute'), type: 'TIME', confidence: CONFIDENCE.relative };
};
