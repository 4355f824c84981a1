/**
 * Encoding detection from the bytes alone: byte-order marks, UTF-16 without a BOM, and the two single-byte Arabic
 * code pages (windows-1256, ISO-8859-6) by Arabic byte statistics. No decoding policy here: `decode.ts` decides.
 */

import { utf8SequenceAt } from './utf8.js';
export type Utf16Encoding = 'utf-16le' | 'utf-16be';
export type ArabicSingleByte = 'windows-1256' | 'iso-8859-6';

/** The encoding a byte-order mark at the start declares, and the mark's length in bytes. */
export function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | Utf16Encoding; length: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// UTF-16 without a BOM

/**
 * High bytes of code units that plain text written in UTF-16 is made of: ASCII and Latin-1 (0x00), Arabic (0x06,
 * 0x07 supplement, 0x08 extended-A), general punctuation (0x20: dashes, quotes, ZWNJ, LRM/RLM), Arabic presentation
 * forms (0xFB, 0xFD, 0xFE) and surrogates (0xD8–0xDF: emoji; pairing is checked by the strict decoder afterwards).
 */
function usualHighByte(hi: number): boolean {
  return hi === 0x00 || hi === 0x06 || hi === 0x07 || hi === 0x08 || hi === 0x20 || hi === 0xfb || hi === 0xfd || hi === 0xfe || (hi >= 0xd8 && hi <= 0xdf);
}

/** A code unit below U+0100 that never appears in text: NUL, C0 controls other than \t \n \v \f \r and ESC, DEL, C1 controls. */
function controlUnit(lo: number): boolean {
  return (lo < 0x20 && !(lo >= 0x09 && lo <= 0x0d) && lo !== 0x1b) || (lo >= 0x7f && lo <= 0x9f);
}

function utf16Plausible(bytes: Uint8Array, limit: number, highFirst: boolean): boolean {
  const units = Math.floor(Math.min(limit, bytes.length) / 2);
  if (units < 2) return false;
  const hiAt = highFirst ? 0 : 1;
  const loAt = highFirst ? 1 : 0;
  let nulHigh = 0;
  let arabic = 0;
  let unusual = 0;
  let control = 0;
  for (let u = 0; u < units; u++) {
    const hi = bytes[2 * u + hiAt];
    if (hi === 0x00) {
      nulHigh++;
      if (controlUnit(bytes[2 * u + loAt])) control++;
    } else if (hi === 0x06 && bytes[2 * u + loAt] >= 0x0c) arabic++; // U+0600–U+060B: rare signs, not text
    else if (hi === 0x06 || !usualHighByte(hi)) unusual++;
    // Bail out early on ordinary 8-bit text: it fails within the first few hundred units.
    if ((u & 0xff) === 0xff && (unusual > (u + 1) * 0.05 + 8 || control > (u + 1) * 0.01 + 2)) return false;
  }
  if (unusual > units * 0.05 || control > units * 0.01) return false;
  // NULs on every other byte (ASCII spaces and line ends at least), or text that is mostly Arabic letters.
  return nulHigh > 0 || arabic * 2 >= units;
}

/**
 * UTF-16 without a BOM: NUL bytes fall on every other byte (ASCII, spaces and line ends), the other bytes of each
 * pair look like Arabic (high byte 0x06) or ASCII, and no code unit is a control character. Looks at the first
 * `limit` bytes. Little-endian is tried first (Windows writes it); the caller confirms with a strict decoder.
 */
export function detectUtf16(bytes: Uint8Array, limit: number = bytes.length): Utf16Encoding | undefined {
  if (bytes.length % 2 !== 0 && limit >= bytes.length) return undefined;
  if (utf16Plausible(bytes, limit, false)) return 'utf-16le';
  if (utf16Plausible(bytes, limit, true)) return 'utf-16be';
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// UTF-8 coverage

/**
 * How many bytes at or above 0x80 there are, and how many of them belong to well-formed UTF-8 sequences. Text that
 * is UTF-8 with a few broken bytes has nearly all its high bytes in valid sequences; a single-byte code page has
 * few (a letter followed by `،` or `؟` pairs up by chance), so this tells damaged UTF-8 from windows-1256.
 */
export function utf8Coverage(bytes: Uint8Array): { high: number; inSequences: number } {
  let high = 0;
  let inSequences = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceAt(bytes, i);
    high += Math.max(length, 1);
    inSequences += length;
    i += Math.max(length, 1);
  }
  return { high, inSequences };
}

// ---------------------------------------------------------------------------------------------------------------
// windows-1256 and ISO-8859-6

/** Byte classes, from what the byte decodes to in a code page. */
const Cls = {
  Other: 0, // spaces, digits, punctuation, symbols: ends a word
  ArabicLetter: 1, // an Arabic-script letter (tatweel included)
  ArabicMark: 2, // a harakah, shadda, sukun: stays inside the word
  ArabicOther: 3, // Arabic punctuation (، ؛ ؟): counts as Arabic, ends a word
  ForeignLetter: 4, // a letter of another script (ASCII, Latin-1, Œ, ƒ…)
  Invalid: 5, // unassigned in the code page, or a C1 control
} as const;

interface CodePage {
  encoding: ArabicSingleByte;
  cls: Uint8Array;
  /** Byte -> UTF-16 code unit (both code pages are one byte -> one BMP character). */
  units: Uint16Array;
}

const ALEF = 0x0627;
const LAM = 0x0644;

function buildCodePage(encoding: ArabicSingleByte): CodePage {
  const decoder = new TextDecoder(encoding);
  const cls = new Uint8Array(256);
  const units = new Uint16Array(256);
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    const cp = ch.codePointAt(0) ?? 0xfffd;
    units[b] = cp;
    const arabicBlock = cp >= 0x0600 && cp <= 0x06ff;
    if (cp === 0xfffd || (cp >= 0x80 && cp <= 0x9f)) cls[b] = Cls.Invalid;
    else if (arabicBlock && /\p{L}/u.test(ch)) cls[b] = Cls.ArabicLetter;
    else if (arabicBlock && /\p{M}/u.test(ch)) cls[b] = Cls.ArabicMark;
    else if (arabicBlock) cls[b] = Cls.ArabicOther;
    else if (/\p{L}/u.test(ch)) cls[b] = Cls.ForeignLetter;
    else cls[b] = Cls.Other;
  }
  return { encoding, cls, units };
}

let codePages: CodePage[] | undefined;
function getCodePages(): CodePage[] {
  return (codePages ??= [buildCodePage('windows-1256'), buildCodePage('iso-8859-6')]);
}

/** What the bytes look like when read in one code page. */
export interface ArabicStats {
  encoding: ArabicSingleByte;
  /** Bytes that are unassigned in the code page (they would decode to U+FFFD) or decode to C1 controls. */
  invalid: number;
  /** Bytes >= 0x80. */
  high: number;
  /** High bytes that decode to a character of the Arabic block (letters, marks, ، ؛ ؟). */
  arabic: number;
  /** High bytes that decode to Arabic letters only. */
  arabicLetters: number;
  /** Words (runs of letters and marks) with at least one Arabic letter. */
  arabicWords: number;
  /** Arabic words that also hold a letter of another script, or begin with a mark: signs of a wrong code page. */
  mixedWords: number;
  /** Arabic letters in words of two or more Arabic letters, and in all words. */
  lettersInLongWords: number;
  lettersInWords: number;
  /** Words that begin with the article ال. */
  articles: number;
}

function arabicStats(bytes: Uint8Array, page: CodePage): ArabicStats {
  const { cls, units } = page;
  let invalid = 0;
  let high = 0;
  let arabic = 0;
  let arabicLetters = 0;
  let arabicWords = 0;
  let mixedWords = 0;
  let lettersInLongWords = 0;
  let lettersInWords = 0;
  let articles = 0;
  // The word being read: its Arabic letters, whether it is mixed, its length in letters, its first two letters.
  let inWord = false;
  let wordArabic = 0;
  let wordForeign = false;
  let wordLength = 0;
  let first = 0;
  let second = 0;
  const n = bytes.length;
  for (let i = 0; i <= n; i++) {
    const b = i < n ? bytes[i] : 0x20; // a space after the end closes the last word
    const c = cls[b];
    if (b >= 0x80) {
      high++;
      if (c === Cls.ArabicLetter || c === Cls.ArabicMark || c === Cls.ArabicOther) arabic++;
      if (c === Cls.ArabicLetter) arabicLetters++;
    }
    if (c === Cls.ArabicLetter || c === Cls.ArabicMark || c === Cls.ForeignLetter) {
      if (!inWord) {
        inWord = true;
        wordArabic = 0;
        wordLength = 0;
        first = 0;
        second = 0;
        // A word that begins with a harakah is not Arabic as written.
        wordForeign = c === Cls.ArabicMark;
      }
      if (c === Cls.ArabicLetter) {
        wordArabic++;
        if (wordLength === 0) first = units[b];
        else if (wordLength === 1) second = units[b];
      } else if (c === Cls.ForeignLetter) wordForeign = true;
      if (c !== Cls.ArabicMark) wordLength++;
      continue;
    }
    if (c === Cls.Invalid) invalid++;
    if (inWord) {
      inWord = false;
      if (wordArabic > 0) {
        arabicWords++;
        if (wordForeign) mixedWords++;
        lettersInWords += wordArabic;
        if (wordArabic >= 2) lettersInLongWords += wordArabic;
        if (first === ALEF && second === LAM && wordLength > 2) articles++;
      }
    }
  }
  return { encoding: page.encoding, invalid, high, arabic, arabicLetters, arabicWords, mixedWords, lettersInLongWords, lettersInWords, articles };
}

/** Thresholds for "clearly Arabic". */
export const ARABIC_THRESHOLDS = {
  /** At least this share of the bytes >= 0x80 decode to Arabic (letters, marks, Arabic punctuation). */
  minArabicShare: 0.6,
  /** At most this share of the Arabic words mix in letters of another script (é in "café" read as ى). */
  maxMixedShare: 0.1,
  /** At least this share of the Arabic letters sit in words of two or more Arabic letters. */
  minLongWordShare: 0.8,
  /** Above this share of high bytes in well-formed UTF-8 sequences, the input is damaged UTF-8, not a code page. */
  maxUtf8Coverage: 0.25,
} as const;

function clearlyArabic(s: ArabicStats): boolean {
  const t = ARABIC_THRESHOLDS;
  return (
    s.invalid === 0 &&
    s.high > 0 &&
    s.arabic >= t.minArabicShare * s.high &&
    s.lettersInLongWords > 0 &&
    s.lettersInLongWords >= t.minLongWordShare * s.lettersInWords &&
    s.mixedWords <= t.maxMixedShare * s.arabicWords
  );
}

/** The statistics read this much of the input; the rest is only checked for bytes the code page lacks. */
export const ARABIC_SAMPLE_BYTES = 1 << 20;

function allAssigned(bytes: Uint8Array, page: CodePage): boolean {
  const { cls } = page;
  for (let i = 0; i < bytes.length; i++) if (cls[bytes[i]] === Cls.Invalid) return false;
  return true;
}

/**
 * windows-1256 or ISO-8859-6 when the bytes are clearly Arabic in one of them, else undefined. Meant for input
 * that is not valid UTF-8. Clearly Arabic: no unassigned byte (nothing would decode to U+FFFD) and no C1 control,
 * at least 60% of the high bytes decode to Arabic, the Arabic letters form words (not stray letters between
 * symbols, as damaged UTF-8 read in a code page gives), and almost no word mixes Arabic with Latin letters
 * (Latin-1 text read as ISO-8859-6 gives "cafى"). When both code pages qualify, the one whose high bytes are more
 * often Arabic letters wins, then the one with more words starting with ال, then windows-1256 (the more common).
 * The statistics read the first MiB; the rest is checked for unassigned bytes only.
 */
export function detectArabicSingleByte(bytes: Uint8Array): ArabicSingleByte | undefined {
  const sample = bytes.subarray(0, ARABIC_SAMPLE_BYTES);
  const rest = bytes.subarray(sample.length);
  const coverage = utf8Coverage(sample);
  if (coverage.high === 0 || coverage.inSequences > ARABIC_THRESHOLDS.maxUtf8Coverage * coverage.high) return undefined;
  const candidates = getCodePages()
    .map((page) => ({ page, stats: arabicStats(sample, page) }))
    .filter(({ page, stats }) => clearlyArabic(stats) && allAssigned(rest, page))
    .map(({ stats }) => stats);
  // A stable sort: windows-1256 comes first on a tie.
  candidates.sort((a, b) => b.arabicLetters - a.arabicLetters || b.articles - a.articles);
  return candidates[0]?.encoding;
}

/** The per-code-page statistics, for diagnostics and tests. */
export function arabicStatsFor(bytes: Uint8Array): ArabicStats[] {
  return getCodePages().map((page) => arabicStats(bytes, page));
}
