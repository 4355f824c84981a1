/**
 * Strings kept beyond the document they came from (a cache, a table, a run's tally): V8 keeps a substring of 13
 * characters or more as a view into its parent string, so such a substring kept would keep the whole document alive.
 */

/** The length from which V8 makes a substring a view into its parent rather than a copy. */
const SLICE_MIN = 13;

/**
 * `s` as a string of its own, for a string that may be a view into a larger one. Copied through UTF-8, which keeps
 * well-formed text as it is (a lone surrogate would become U+FFFD: callers keep words and names, which have none).
 */
export function ownString(s: string): string {
  return s.length >= SLICE_MIN ? Buffer.from(s, 'utf8').toString('utf8') : s;
}

/** `text[start, end)` as a string of its own (see ownString). */
export function ownSlice(text: string, start: number, end: number): string {
  return ownString(start === 0 && end === text.length ? text : text.slice(start, end));
}
