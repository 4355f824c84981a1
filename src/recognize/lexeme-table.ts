/**
 * Lexemes by their text, looked up by a range of a larger text without slicing it. A Map keyed by the word needs the
 * word as a string of its own: a slice of the document made for every token, then hashed and compared by V8. Here
 * the tokenizer's range is hashed and compared where it lies, and a word already known costs no string at all (the
 * token takes the lexeme's own text).
 */
import type { Lexeme } from './lexeme.js';

/** Whether `word` is spelled as `text[start, end)`. */
function spells(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * An open-addressing hash table (linear probing) of at most `limit` lexemes, kept at most half full so that a probe
 * ends soon. A slot is the hash of its text in one array and its lexeme in another, both read at the slot's index:
 * the two loads do not wait for each other. (2026-11-30 08:30–11:20: one Int32Array of (hash, index into a dense
 * list of lexemes) pairs made the lexeme wait for the pair, then for the list: on news whose new words keep the
 * table full, the two arrays read side by side ran 0.954 of the time per pass, median of 30 alternated rounds on
 * 3 MB of the open-vocabulary corpus; 0.969 on the earlier corpus.) It is only ever added to or emptied as a whole,
 * so no slot needs a tombstone. It starts small and doubles as it fills: two full tables from the start cost a
 * one-line run ~200 page faults (3,988 → 3,779 measured), expensive on a virtual machine; a long run pays for
 * growing once: nine doublings (64 to 32,768 slots) while its first 16,384 words come.
 */
export class LexemeTable {
  /** Per slot: the hash of its word's text (meaningful where `slots` holds a lexeme). */
  private hashes: Int32Array;
  /** Per slot: its lexeme, or undefined where the slot is free. */
  private slots: Array<Lexeme | undefined>;
  private count = 0;
  private mask: number;

  constructor(readonly limit: number) {
    this.hashes = new Int32Array(INITIAL_CAPACITY);
    this.slots = new Array<Lexeme | undefined>(INITIAL_CAPACITY).fill(undefined);
    this.mask = INITIAL_CAPACITY - 1;
  }

  get size(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count >= this.limit;
  }

  /** The lexeme spelled `text[start, end)`, whose hash is `hash` (hashRange, text/fnv.ts), if the table holds it. */
  find(text: string, start: number, end: number, hash: number): Lexeme | undefined {
    const { hashes, slots, mask } = this;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const lexeme = slots[i];
      if (lexeme === undefined) return undefined;
      if (hashes[i] === hash && spells(lexeme.norm, text, start, end)) return lexeme;
    }
  }

  /** Adds a lexeme the table does not hold, `hash` being the hash of its text; the caller checks `full` first. */
  add(lexeme: Lexeme, hash: number): void {
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    this.put(hash, lexeme);
    this.count++;
  }

  clear(): void {
    this.slots.fill(undefined);
    this.count = 0;
  }

  /** Puts `lexeme` in the first free slot for `hash`. */
  private put(hash: number, lexeme: Lexeme): void {
    const { hashes, slots, mask } = this;
    let i = hash & mask;
    while (slots[i] !== undefined) i = (i + 1) & mask;
    hashes[i] = hash;
    slots[i] = lexeme;
  }

  private grow(): void {
    const { hashes, slots } = this;
    const capacity = 2 * (this.mask + 1);
    this.hashes = new Int32Array(capacity);
    this.slots = new Array<Lexeme | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    for (let i = 0; i < slots.length; i++) {
      const lexeme = slots[i];
      if (lexeme !== undefined) this.put(hashes[i], lexeme);
    }
  }
}

const INITIAL_CAPACITY = 64;
