/** The shape every grammar rule returns, and the context rules share. */
import type { Meaning, ResolveContext } from './meaning.js';
import type { TokenView } from './view.js';

export interface Grammar {
  v: TokenView;
  ctx: ResolveContext;
}

/** An expression read from tokens [first, last]. */
export interface Parse {
  first: number;
  last: number;
  /** Normalized offset where the mention starts: after the proclitics of its first token. */
  start: number;
  /** The proclitic letters left outside the mention ('' for none). */
  prefix: string;
  meaning: Meaning;
  /** TIME for a time of day; DATE otherwise. */
  type: 'DATE' | 'TIME';
  confidence: number;
}

export type Rule = (g: Grammar, i: number) => Parse | undefined;

/** How sure each kind of reading is: a full written date, a relative one, one that rests on a guess. */
export const CONFIDENCE = {
  written: 0.95,
  relative: 0.9,
  licensed: 0.85,
  vague: 0.8,
} as const;

/** The longer of two parses (the earlier one on a tie). */
export function longer(a: Parse | undefined, b: Parse | undefined): Parse | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.last > a.last ? b : a;
}

/** A parse that starts at token `first` with the given start offset and proclitic. */
export function spanFrom(first: number, start: number, prefix: string, p: Omit<Parse, 'first' | 'start' | 'prefix'>): Parse {
  return { first, start, prefix, ...p };
}

/** The digits at i continue into a longer number: `2022.5`, `2,022`, `14:30`. */
export function partOfLongerNumber(g: Grammar, i: number): boolean {
  const { v } = g;
  const joinedAfter = v.punct(i + 1, '.,،:٫') && v.adjacent(i, i + 1) && v.isDigits(i + 2) && v.adjacent(i + 1, i + 2);
  const joinedBefore = v.punct(i - 1, '.,،:٫') && v.adjacent(i - 1, i) && v.isDigits(i - 2) && v.adjacent(i - 2, i - 1);
  return joinedAfter || joinedBefore;
}

/** The phrase ends after token i: end of text or line, or punctuation. */
export function closesAfter(g: Grammar, i: number): boolean {
  const next = g.v.tokens[i + 1];
  return next === undefined || next.lineBreakBefore || g.v.punct(i + 1, '.,،;؛!?؟:)"»');
}
