/**
 * A Bloom filter of strings: "certainly not a key" or "perhaps a key". Most words a reader meets for the first time
 * are keys of nothing it looks them up in; a filter of 64 KB answers that for a word from memory it keeps in cache,
 * where each of the lookups it spares would hash the word and touch a large map (see analysis-gate.ts).
 */
import { hashRange } from '../text/fnv.js';

/** 2^19 bits (64 KB): with the built-in model's ~22,000 keys, three bits each, one probe in ~600 is a false "perhaps". */
const BITS_LOG2 = 19;
const MASK = (1 << BITS_LOG2) - 1;
const PROBES = 3;

export class KeyFilter {
  private readonly bits = new Int32Array(1 << (BITS_LOG2 - 5));
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(key: string): void {
    const h = hashRange(key, 0, key.length);
    const step = stepOf(h);
    for (let i = 0, p = h; i < PROBES; i++, p = (p + step) | 0) this.bits[(p & MASK) >>> 5] |= 1 << (p & 31);
    this.count++;
  }

  addAll(keys: Iterable<string>): void {
    for (const key of keys) this.add(key);
  }

  /** False: `text[start, end)` was never added. True: it may have been. */
  mayHaveRange(text: string, start: number, end: number): boolean {
    return this.mayHaveHash(hashRange(text, start, end));
  }

  /** False: no key whose hashRange is `h` was added. True: one may have been. */
  mayHaveHash(h: number): boolean {
    const step = stepOf(h);
    for (let i = 0, p = h; i < PROBES; i++, p = (p + step) | 0) if ((this.bits[(p & MASK) >>> 5] & (1 << (p & 31))) === 0) return false;
    return true;
  }
}

/** The second hash of double hashing, odd so that the probes differ. */
function stepOf(h: number): number {
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) | 1;
}
