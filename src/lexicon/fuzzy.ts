/**
 * Spelling tolerance for transliterated names, as systematic variant rules rather than edit distance: the press
 * writes زيلينسكي and زيلنسكي, بوتين and بوتن, غوتيريش and جوتيريش. A word's skeleton drops the yeh written inside it
 * for a long or short i, writes ج for the g that is also written غ, and collapses doubled letters; two spellings of
 * one name share a skeleton. One-word person and place forms of six letters or more take part, never a word with
 * the article or an ordinary word; and names of several words (persons, places, organizations), word by word. A
 * skeleton that several entries share decides nothing.
 *
 * Measured before it was kept (docs/accuracy.md): a broader skeleton (all long vowels, ث/س, ص/س, ط/ت, ق/ك) matched
 * ordinary words everywhere (السلام ~ إسلام ~ سلم): 5 % precision. This narrow one is right about two times in three.
 */

import { FNV_OFFSET, fnvStep } from '../text/fnv.js';

const MERGE: Record<string, string> = { غ: 'ج' };
const LONG_VOWELS = new Set(['ي']);
/**
 * MERGE and LONG_VOWELS by code unit, for the letters they name (all below TABLE_SIZE): read per letter of every
 * new word's readings (the analysis gate): with a Map's and a Set's look-ups per letter instead, the gate took 257
 * ns a word, with these 179 (60,000 words of the benchmark corpus, 16 alternated rounds).
 */
const TABLE_SIZE = 0x800;
const MERGED = Uint16Array.from({ length: TABLE_SIZE }, (_, c) => c);
const IS_LONG_VOWEL = new Uint8Array(TABLE_SIZE);
for (const [from, to] of Object.entries(MERGE)) MERGED[tableCode(from)] = tableCode(to);
for (const v of LONG_VOWELS) IS_LONG_VOWEL[tableCode(v)] = 1;

function tableCode(letter: string): number {
  const c = letter.charCodeAt(0);
  if (letter.length !== 1 || c >= TABLE_SIZE) throw new Error(`fuzzy.ts: ${letter} is not one letter below U+${TABLE_SIZE.toString(16)}`);
  return c;
}

/** The letter `c` stands for in a skeleton. */
function merged(c: number): number {
  return c < TABLE_SIZE ? MERGED[c] : c;
}

/** Whether `c` is a long vowel the skeleton drops inside a word. */
function isLongVowel(c: number): boolean {
  return c < TABLE_SIZE && IS_LONG_VOWEL[c] === 1;
}

export const FUZZY_MIN_LENGTH = 6;

/**
 * Names of two to this many words take part word by word (أتلتكو مدريد for أتلتيكو مدريد): a trie of their words'
 * skeletons (compile.ts), walked with the skeletons of the text's words (gazetteer.ts). Longer names keep to their
 * listed spellings.
 */
export const FUZZY_PHRASE_MAX_WORDS = 5;

/** The skeleton of a normalized Arabic word (its first letter kept as written, vowel or not). */
export function skeleton(word: string): string {
  const n = word.length;
  // Most words keep every letter: the copy starts at the first letter dropped or changed, if any.
  let out: string | undefined;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const original = word.charCodeAt(i);
    if (i > 0 && i < n - 1 && isLongVowel(original)) {
      out ??= word.slice(0, i);
      continue;
    }
    const c = merged(original);
    if (c === last) {
      out ??= word.slice(0, i);
      continue;
    }
    last = c;
    if (out !== undefined) out += String.fromCharCode(c);
    else if (c !== original) out = word.slice(0, i) + String.fromCharCode(c);
  }
  return out ?? word;
}

/**
 * `hashRange(skeleton(stem))` without making the skeleton or the stem (the analysis gate asks it of every reading of
 * every new word, and most words have a yeh inside, so the skeleton is a new string built letter by letter). The
 * stem is `word` from `start` on, with the article's alef in front when `restored` (a لل reading, clitics.ts). The
 * same steps as `skeleton`, which a property test holds them to.
 */
export function skeletonHash(word: string, start = 0, restored = false): number {
  // Index i of the stem is word[i + shift], except the restored alef at i = 0.
  const shift = restored ? start - 1 : start;
  const n = word.length - shift;
  let h = FNV_OFFSET;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const original = restored && i === 0 ? ALEF : word.charCodeAt(i + shift);
    if (i > 0 && i < n - 1 && isLongVowel(original)) continue;
    const c = merged(original);
    if (c === last) continue;
    last = c;
    h = fnvStep(h, c);
  }
  return h;
}

const ALEF = 0x0627;
