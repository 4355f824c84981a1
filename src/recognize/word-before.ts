/**
 * The word before a mention, which several document-level decisions read: an event head before a place (كأس
 * إسبانيا), a trigger before an ambiguous form (مراسل الجزيرة), a head that names a thing after a person (جائزة نوبل).
 */
import { isCliticLetter } from '../text/clitics.js';
import type { Token } from '../text/tokenize.js';

/** The index of the token in which normalized offset `offset` falls. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The word before the token where `offset` falls, on the same line, then that word without one proclitic letter
 * (لمراسل -> مراسل, بكأس -> كأس); empty at the start of a line.
 */
export function wordsBefore(tokens: readonly Token[], offset: number): string[] {
  const i = tokenIndexAt(tokens, offset);
  if (i === 0 || tokens[i].lineBreakBefore) return [];
  const word = tokens[i - 1].norm;
  return word.length > 3 && isCliticLetter(word[0]) ? [word, word.slice(1)] : [word];
}

/** Does the word before offset `offset` (or its stem after a proclitic) belong to one of `sets`? */
export function follows(tokens: readonly Token[], offset: number, ...sets: ReadonlySet<string>[]): boolean {
  return wordsBefore(tokens, offset).some((w) => sets.some((s) => s.has(w)));
}
