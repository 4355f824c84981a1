/**
 * FNV-1a over UTF-16 code units: the one hash of a word's text that the tokenizer makes as it reads a token, the
 * vocabulary's table and the analysis gate's filter look words up by, and the skeleton hash (lexicon/fuzzy.ts) makes
 * without the skeleton's string. They must agree code unit for code unit, so they share these.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash after code unit `c`, from the hash `h` of the code units before it. */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

/** The hash of `text[start, end)`. */
export function hashRange(text: string, start: number, end: number): number {
  return hashOnward(FNV_OFFSET, text, start, end);
}

/** The hash of a string whose first code units hash to `h` and whose rest is `text[start, end)`. */
export function hashOnward(h: number, text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}
