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
 * ends soon. It is only ever added to or emptied as a whole, so no slot needs a tombstone. It starts small and doubles
 * as it fills: two full tables from the start (~770 KB) cost a one-line run ~200 page faults (3,988 → 3,779 measured),
 * expensive on a virtual machine; a long run pays for growing once: nine doublings (64 to 32,768 slots) while its
 * first 16,384 words come.
 */
export class LexemeTable {
  /** The lexeme in each slot, undefined where the slot is free. */
  private slots: Array<Lexeme | undefined>;
  /** The hash of each slot's text, compared before the text itself. */
  private hashes: Int32Array;
  private mask: number;
  size = 0;

  constructor(readonly limit: number) {
    this.slots = new Array<Lexeme | undefined>(INITIAL_CAPACITY).fill(undefined);
    this.hashes = new Int32Array(INITIAL_CAPACITY);
    this.mask = INITIAL_CAPACITY - 1;
  }

  get full(): boolean {
    return this.size >= this.limit;
  }

  /** The lexeme spelled `text[start, end)`, whose hash is `hash` (hashRange), if the table holds it. */
  find(text: string, start: number, end: number, hash: number): Lexeme | undefined {
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const lexeme = this.slots[i];
      if (lexeme === undefined) return undefined;
      if (this.hashes[i] === hash && spells(lexeme.norm, text, start, end)) return lexeme;
    }
  }

  /** Adds a lexeme the table does not hold, `hash` being the hash of its text; the caller checks `full` first. */
  add(lexeme: Lexeme, hash: number): void {
    if (2 * (this.size + 1) > this.slots.length) this.grow();
    this.put(lexeme, hash);
    this.size++;
  }

  clear(): void {
    this.slots.fill(undefined);
    this.size = 0;
  }

  private put(lexeme: Lexeme, hash: number): void {
    let i = hash & this.mask;
    while (this.slots[i] !== undefined) i = (i + 1) & this.mask;
    this.slots[i] = lexeme;
    this.hashes[i] = hash;
  }

  private grow(): void {
    const { slots, hashes } = this;
    const capacity = 2 * slots.length;
    this.slots = new Array<Lexeme | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < slots.length; i++) {
      const lexeme = slots[i];
      if (lexeme !== undefined) this.put(lexeme, hashes[i]);
    }
  }
}

const INITIAL_CAPACITY = 64;
