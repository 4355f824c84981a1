/**
 * Lexemes by their text, looked up by a range of a larger text without slicing it. A Map keyed by the word needs the
 * word as a string of its own: a slice of the document made for every token, then hashed and compared by V8. Here
 * the tokenizer's range is hashed and compared where it lies, and a word already known costs no string at all (the
 * token takes the lexeme's own text).
 */
import type { Lexeme } from './lexeme.js';

/** FNV-1a over the UTF-16 code units of `text[start, end)`. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Whether `word` is spelled as `text[start, end)`. */
function spells(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * An open-addressing hash table (linear probing) of at most `limit` lexemes, kept at most half full so that a probe
 * ends soon. Each slot is two integers side by side, the hash of its text and where its lexeme is in a dense list,
 * so that a probe reads one cache line before it reads a lexeme (with the lexemes and the hashes in two arrays of
 * slots, a look-up missed the cache twice before the lexeme: those two loads took ~6 % of a steady pass's samples). It is
 * only ever added to or emptied as a whole, so no slot needs a tombstone. It starts small and doubles as it fills:
 * two full tables from the start cost a one-line run ~200 page faults (3,988 → 3,779 measured), expensive on a
 * virtual machine; a long run pays for growing once: nine doublings (64 to 32,768 slots) while its first 16,384 words
 * come.
 */
export class LexemeTable {
  /** Per slot: the hash of its text, then 1 + the index of its lexeme in `lexemes` (0 where the slot is free). */
  private keys: Int32Array;
  private lexemes: Lexeme[] = [];
  private mask: number;

  constructor(readonly limit: number) {
    this.keys = new Int32Array(2 * INITIAL_CAPACITY);
    this.mask = INITIAL_CAPACITY - 1;
  }

  get size(): number {
    return this.lexemes.length;
  }

  get full(): boolean {
    return this.lexemes.length >= this.limit;
  }

  /** The lexeme spelled `text[start, end)`, whose hash is `hash` (hashRange), if the table holds it. */
  find(text: string, start: number, end: number, hash: number): Lexeme | undefined {
    const keys = this.keys;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const at = keys[2 * i + 1];
      if (at === 0) return undefined;
      if (keys[2 * i] === hash) {
        const lexeme = this.lexemes[at - 1];
        if (spells(lexeme.norm, text, start, end)) return lexeme;
      }
    }
  }

  /** Adds a lexeme the table does not hold, `hash` being the hash of its text; the caller checks `full` first. */
  add(lexeme: Lexeme, hash: number): void {
    if (2 * (this.lexemes.length + 1) > this.mask + 1) this.grow();
    this.put(hash, this.lexemes.push(lexeme));
  }

  clear(): void {
    this.keys.fill(0);
    this.lexemes = [];
  }

  /** Puts `at` (1 + a lexeme's index) in the first free slot for `hash`. */
  private put(hash: number, at: number): void {
    const keys = this.keys;
    let i = hash & this.mask;
    while (keys[2 * i + 1] !== 0) i = (i + 1) & this.mask;
    keys[2 * i] = hash;
    keys[2 * i + 1] = at;
  }

  private grow(): void {
    const old = this.keys;
    const capacity = 2 * (this.mask + 1);
    this.keys = new Int32Array(2 * capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.put(old[i], old[i + 1]);
  }
}

const INITIAL_CAPACITY = 64;
