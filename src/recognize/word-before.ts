/**
 * The word before a mention, which several document-level decisions read: an event head before a place (كأس
 * إسبانيا), a trigger before an ambiguous form (مراسل الجزيرة), a head that names a thing after a person (جائزة نوبل).
 */
import { isCliticAt } from '../text/clitics.js';
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

/** The word before the token where `offset` falls, on the same line; undefined at the start of a line. */
function wordBefore(tokens: readonly Token[], offset: number): string | undefined {
  const i = tokenIndexAt(tokens, offset);
  return i === 0 || tokens[i].lineBreakBefore ? undefined : tokens[i - 1].norm;
}

/** `word` without one proclitic letter (لمراسل -> مراسل, بكأس -> كأس), if it can have one. */
function stemAfterProclitic(word: string): string | undefined {
  return word.length > 3 && isCliticAt(word, 0) ? word.slice(1) : undefined;
}

/** The word before the token where `offset` falls, then that word after a proclitic; empty at the start of a line. */
export function wordsBefore(tokens: readonly Token[], offset: number): string[] {
  const word = wordBefore(tokens, offset);
  if (word === undefined) return [];
  const stem = stemAfterProclitic(word);
  return stem === undefined ? [word] : [word, stem];
}

/** Does `word`, or its stem after a proclitic, belong to `set`? */
export function isInOrAfterProclitic(word: string, set: ReadonlySet<string>): boolean {
  if (set.has(word)) return true;
  const stem = stemAfterProclitic(word);
  return stem !== undefined && set.has(stem);
}

/**
 * Does the word before offset `offset` (or its stem after a proclitic) belong to `a` or `b`? The same words as
 * `wordsBefore`, without its array: licensing, memory and the rules ask this for most candidates of a document.
 */
export function follows(tokens: readonly Token[], offset: number, a: ReadonlySet<string>, b?: ReadonlySet<string>): boolean {
  const word = wordBefore(tokens, offset);
  if (word === undefined) return false;
  if (a.has(word) || (b !== undefined && b.has(word))) return true;
  const stem = stemAfterProclitic(word);
  return stem !== undefined && (a.has(stem) || (b !== undefined && b.has(stem)));
}
