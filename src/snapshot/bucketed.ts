/**
 * Sets of words saved in buckets (lexicon/buckets.ts) and read back a bucket at a time on first lookup: the rules
 * ask about a one-line document's few words, not about the lexicon's thousands of name words. A real Set (a
 * subclass), filled whole once half its buckets are open or when anything but a lookup asks (enumeration, size,
 * changes), so it stands wherever a Set is expected.
 */
import { Buckets, intoBuckets } from '../lexicon/buckets.js';

/** About this many words per bucket. */
const PER_BUCKET = 64;

/** The buckets of a set's words as JSON arrays (`''` for an empty bucket). */
export function serializeWords(words: Iterable<string>): string[] {
  return intoBuckets(words, (w) => w, PER_BUCKET).map((b) => (b.length ? JSON.stringify(b) : ''));
}

export class BucketedWordSet extends Set<string> {
  private readonly buckets: Buckets<Set<string>>;
  private filled = false;

  constructor(count: number, read: (b: number) => string) {
    super();
    const parse = (text: string) => new Set<string>(text ? (JSON.parse(text) as string[]) : []);
    this.buckets = new Buckets(count, (b) => parse(read(b)), () => this.fill());
  }

  override has(word: string): boolean {
    return this.filled ? super.has(word) : this.buckets.of(word).has(word);
  }

  private fill(): void {
    if (this.filled) return;
    this.filled = true;
    for (const bucket of this.buckets.all()) for (const w of bucket) super.add(w);
  }

  override get size(): number {
    this.fill();
    return super.size;
  }

  override add(word: string): this {
    this.fill();
    return super.add(word);
  }

  override delete(word: string): boolean {
    this.fill();
    return super.delete(word);
  }

  override clear(): void {
    this.fill();
    super.clear();
  }

  override forEach(callback: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }

  override entries(): SetIterator<[string, string]> {
    this.fill();
    return super.entries();
  }

  override keys(): SetIterator<string> {
    this.fill();
    return super.keys();
  }

  override values(): SetIterator<string> {
    this.fill();
    return super.values();
  }

  override [Symbol.iterator](): SetIterator<string> {
    this.fill();
    return super[Symbol.iterator]();
  }
}
