/**
 * The tokenizer's character classes. They are defined by Unicode properties (`\p{L}`, `\p{M}`, `\p{Script=Arabic}`),
 * whose regular expressions take ~4 M instructions to compile and run on a first document's characters: so the
 * build classifies every UTF-16 code unit once and saves the classes as runs (~1,000; saved-tables.ts says when a
 * process uses them). Otherwise each code unit is classified by the expressions on first sight.
 */
import { readSavedTable, savedTable, writeSavedTable, type SavedTable } from '../saved-tables.js';

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

/** dist/char-classes.json, made from this module (dist/text/char-classes.js). */
export const CHAR_CLASSES: SavedTable = savedTable('char-classes', ['text/char-classes.js']);

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

/** Saves the classes for `readSavedClasses` (run by the build). */
export function saveCharClasses(table: SavedTable = CHAR_CLASSES): void {
  writeSavedTable(table, classRuns());
}

/** Fills `classes` (one entry per code unit) with the saved classes and says whether it could. */
export function readSavedClasses(classes: Uint8Array, table: SavedTable = CHAR_CLASSES): boolean {
  const runs = readSavedTable(table, (data) => (validRuns(data) ? data : undefined));
  if (!runs) return false;
  for (let r = 0; r < runs.length; r += 2) classes.fill(runs[r + 1], runs[r], r + 2 < runs.length ? runs[r + 2] : classes.length);
  return true;
}

/** Runs as `classRuns` makes them: starting at 0, rising, each with a known class. */
function validRuns(data: unknown): data is number[] {
  if (!Array.isArray(data) || data.length % 2 !== 0 || data[0] !== 0) return false;
  for (let r = 0; r < data.length; r += 2) {
    // Indexed reads, not a destructured pair: at startup this runs once per run (~1,000), and each pair would be an
    // array and its iterator in V8's young generation, whose first collection costs ~3 ms of a one-line run.
    const start = data[r];
    const k = data[r + 1];
    if (!Number.isInteger(start) || start > 0xffff || (r > 0 && start <= data[r - 2])) return false;
    if (!(Number.isInteger(k) && k >= Cls.Space && k <= Cls.HighSurrogate)) return false;
  }
  return true;
}
