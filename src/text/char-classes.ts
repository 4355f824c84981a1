/**
 * The tokenizer's character classes. They are defined by Unicode properties (`\p{L}`, `\p{M}`, `\p{Script=Arabic}`),
 * whose regular expressions cost ~19 M instructions to compile, about a tenth of a one-line run's own work: so
 * `npm run build` classifies every UTF-16 code unit once and saves the classes as runs (dist/char-classes.json,
 * ~1,000 runs), which a process reads back when its Unicode data is the one that made them (icu-identity.ts).
 * Otherwise, and under the TypeScript sources, each code unit is classified by the expressions on first sight.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { icuIdentity } from '../icu-identity.js';
import { CODE_DIR } from '../locations.js';

export const enum Cls {
  Unknown = 0,
  Space = 1,
  Newline = 2,
  Arabic = 3,
  Letter = 4,
  Digit = 5,
  Mark = 6,
  Punct = 7,
  HighSurrogate = 8,
}

/** Beside the compiled code: dist/char-classes.json (absent when running from the TypeScript sources). */
export const CHAR_CLASSES_FILE = join(CODE_DIR, 'char-classes.json');

let ARABIC_LETTER: RegExp | undefined;
let LETTER: RegExp | undefined;
let MARK: RegExp | undefined;
let SPACE: RegExp | undefined;

/** The class of UTF-16 code unit `c`, by definition. */
export function classOfCodeUnit(c: number): Cls {
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return Cls.Newline;
  if (c >= 0x30 && c <= 0x39) return Cls.Digit;
  if (c >= 0xd800 && c <= 0xdbff) return Cls.HighSurrogate;
  // Compiled on first use only: a process that read the saved classes never needs them.
  SPACE ??= /^[\s\p{Zs}]$/u;
  ARABIC_LETTER ??= /^(?=\p{Script=Arabic})\p{L}$/u;
  LETTER ??= /^\p{L}$/u;
  MARK ??= /^\p{M}$/u;
  const ch = String.fromCharCode(c);
  if (SPACE.test(ch)) return Cls.Space;
  if (ARABIC_LETTER.test(ch)) return Cls.Arabic;
  if (LETTER.test(ch)) return Cls.Letter;
  if (MARK.test(ch)) return Cls.Mark;
  return Cls.Punct;
}

/** Every code unit's class as runs: [first code unit, class, first code unit of the next run, its class, …]. */
export function classRuns(): number[] {
  const runs: number[] = [];
  let previous = Cls.Unknown;
  for (let c = 0; c < 0x10000; c++) {
    const k = classOfCodeUnit(c);
    if (k !== previous) runs.push(c, k);
    previous = k;
  }
  return runs;
}

interface Saved {
  icu: string;
  runs: number[];
}

/** Saves the classes for `readSavedClasses` (run by the build). */
export function saveCharClasses(file: string = CHAR_CLASSES_FILE): void {
  const saved: Saved = { icu: icuIdentity(), runs: classRuns() };
  writeFileSync(file, JSON.stringify(saved));
}

/**
 * Fills `table` (one entry per code unit) with the classes saved in `file` and says whether it could: not when the
 * file is missing, unreadable, malformed, or made with other Unicode data.
 */
export function readSavedClasses(table: Uint8Array, file: string = CHAR_CLASSES_FILE): boolean {
  let saved: Saved;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as Saved;
  } catch {
    return false;
  }
  const { runs } = saved;
  if (saved.icu !== icuIdentity() || !Array.isArray(runs) || runs[0] !== 0 || runs.length % 2 !== 0) return false;
  for (let r = 0; r < runs.length; r += 2) {
    const k = runs[r + 1];
    if (!(k >= Cls.Space && k <= Cls.HighSurrogate)) return false;
    table.fill(k, runs[r], r + 2 < runs.length ? runs[r + 2] : table.length);
  }
  return true;
}
