/**
 * Proclitic analysis. A token may carry a conjunction (و ف), then a preposition (ب ل ك), then the article; the
 * preposition ل before the article is written لل, the article's alef dropped. Every analysis is only a candidate:
 * the lexicon confirms it (`بلندن` is ب + لندن because لندن is a name; `بيسكوف` stays whole because يسكوف is not).
 * Works on normalized text (so أ/إ/آ are already ا).
 */

import { hashOnward, hashRange } from './fnv.js';

export interface CliticAnalysis {
  /** How many normalized characters at the start of the token are proclitics (outside the mention). */
  prefixLength: number;
  /** The stem the lexicon is asked about; for لل it is the article restored: للامم -> الامم. */
  stem: string;
}

/** A stem shorter than this is never a name on its own (`وب` is not و + ب). */
const MIN_STEM = 2;

const WAW = 0x0648; // و
const FEH = 0x0641; // ف
const BEH = 0x0628; // ب
const LAM = 0x0644; // ل
/** ك, exported for the word lists that take every proclitic letter but it. */
export const KAF = 0x0643;

function isCliticCode(c: number): boolean {
  return c === WAW || c === FEH || c === BEH || c === LAM || c === KAF;
}

/**
 * Whether `s[i]` is a proclitic letter. By code unit: `s[i]` of an Arabic letter is a new one-character string each
 * time (V8 keeps ready-made strings only for Latin-1 characters), and this is asked of most new words.
 */
export function isCliticAt(s: string, i: number): boolean {
  return isCliticCode(s.charCodeAt(i));
}

/**
 * Whether `s[k - 1]` and `s[k]` are لل: the preposition ل before the article whose alef is not written, so that the
 * word after the ل is the article restored, 'ا' + s.slice(k) (للامم -> الامم).
 */
export function isArticleAfterLamAt(s: string, k: number): boolean {
  return s.charCodeAt(k - 1) === LAM && s.charCodeAt(k) === LAM;
}

/**
 * The readings a token has besides the whole token, one bit each, in the order `analyzeClitics` lists them. A
 * preposition and a conjunction never share a first letter, so no two readings are alike.
 */
export const enum Reading {
  /** After one proclitic letter, a conjunction (و ف) or a preposition (ب ل ك): وبريطانيا -> بريطانيا. */
  One = 1 << 0,
  /** After ل written before the article, the article restored: للامم -> الامم. */
  OneRestored = 1 << 1,
  /** After a conjunction and a preposition: وبلندن -> لندن. */
  Two = 1 << 2,
  /** After a conjunction and ل before the article, the article restored: وللامم -> الامم. */
  TwoRestored = 1 << 3,
}

function isPrepositionCode(c: number): boolean {
  return c === BEH || c === LAM || c === KAF;
}

/** Which readings (Reading bits) the token has; 0 for most words, which have only the whole token. */
export function readingsOf(token: string): number {
  const n = token.length;
  if (n <= MIN_STEM) return 0;
  const first = token.charCodeAt(0);
  if (isPrepositionCode(first)) return Reading.One | (isArticleAfterLamAt(token, 1) ? Reading.OneRestored : 0);
  if (first !== WAW && first !== FEH) return 0;
  let bits: number = Reading.One;
  if (isPrepositionCode(token.charCodeAt(1))) {
    if (n - 2 >= MIN_STEM) bits |= Reading.Two;
    if (isArticleAfterLamAt(token, 2)) bits |= Reading.TwoRestored;
  }
  return bits;
}

/** How many characters of proclitics the reading (one Reading bit) takes off the token. */
export function readingPrefix(reading: number): number {
  return reading === Reading.One || reading === Reading.OneRestored ? 1 : 2;
}

/** Whether the reading's stem is the article restored in front of the rest of the token ('ا' + rest). */
export function isRestoredReading(reading: number): boolean {
  return reading === Reading.OneRestored || reading === Reading.TwoRestored;
}

/** The stem the reading (one Reading bit) gives the token. */
export function readingStem(token: string, reading: number): string {
  const rest = token.slice(readingPrefix(reading));
  return isRestoredReading(reading) ? 'ا' + rest : rest;
}

/** hashRange (text/fnv.ts) of `readingStem(token, reading)`, without making the stem. */
export function readingHash(token: string, reading: number): number {
  const prefix = readingPrefix(reading);
  return isRestoredReading(reading) ? restoredStemHash(token, prefix) : hashRange(token, prefix, token.length);
}

/** hashRange of 'ا' + token.slice(start): the article restored after لل, without making the string. */
export function restoredStemHash(token: string, start: number): number {
  return hashOnward(ALEF_HASH, token, start, token.length);
}

const ALEF_HASH = hashRange('ا', 0, 1);

/**
 * The readings being collected, the whole token's first. Collected here and copied out at their exact count because
 * a lexeme keeps its readings as long as the vocabulary keeps the word: an array grown by `push` past one element
 * gets room for 17, 199 bytes where a two-reading array needs 64 (lexemes of a 10 MB stretch of the benchmark corpus:
 * 353 bytes each on average with grown arrays, 293 exact).
 */
const readings: CliticAnalysis[] = [];

/** All analyses of a token, the whole token first, then by growing prefix (a conjunction's after the others). */
export function analyzeClitics(token: string): CliticAnalysis[] {
  const whole = { prefixLength: 0, stem: token };
  const bits = readingsOf(token);
  if (bits === 0) return [whole];
  readings.length = 0;
  readings.push(whole);
  for (let r = 1; r <= bits; r <<= 1) if (bits & r) readings.push({ prefixLength: readingPrefix(r), stem: readingStem(token, r) });
  const out = exactCopy(readings);
  readings.length = 0;
  return out;
}

/** The readings in an array of their count (an array literal: no room to spare). */
function exactCopy(r: CliticAnalysis[]): CliticAnalysis[] {
  switch (r.length) {
    case 1:
      return [r[0]];
    case 2:
      return [r[0], r[1]];
    case 3:
      return [r[0], r[1], r[2]];
    default:
      return r.slice();
  }
}
