/**
 * A set of words saved in buckets (by the trie's `bucketOf`) and read back bucket by bucket on first lookup: the
 * rules ask about a one-line document's few words, not about the lexicon's thousands of name words. Once half the
 * buckets are open (a long run), all are merged into one Set, so lookups cost what a Set's do.
 */
import { bucketOf } from '../lexicon/trie.js';

/** About this many words per bucket. */
const WORDS_PER_BUCKET = 64;

/** The buckets of `words` as JSON arrays, `''` for an empty bucket. */
export function serializeWordSet(words: Iterable<string>): string[] {
  const all = [...words];
  let count = 1;
  while (count * WORDS_PER_BUCKET < all.length) count *= 2;
  const buckets: string[][] = Array.from({ length: count }, () => []);
  for (const w of all) buckets[bucketOf(w, count - 1)].push(w);
  return buckets.map((b) => (b.length ? JSON.stringify(b) : ''));
}

export class BucketedWordSet implements ReadonlySet<string> {
  private readonly sets: Array<Set<string> | undefined>;
  private readonly mask: number;
  private opened = 0;
  private whole: Set<string> | undefined;

  constructor(
    buckets: number,
    /** The JSON text of bucket `b` as `serializeWordSet` wrote it. */
    private readonly read: (b: number) => string,
  ) {
    this.sets = new Array(buckets).fill(undefined);
    this.mask = buckets - 1;
  }

  has(word: string): boolean {
    if (this.whole) return this.whole.has(word);
    const b = bucketOf(word, this.mask);
    return (this.sets[b] ?? this.open(b)).has(word);
  }

  private open(b: number): Set<string> {
    const text = this.read(b);
    const set = new Set<string>(text ? (JSON.parse(text) as string[]) : []);
    this.sets[b] = set;
    if (++this.opened * 2 >= this.sets.length && !this.whole) this.all();
    return set;
  }

  /** Every bucket in one Set: once a long run has opened half of them, or for anything but `has`. */
  private all(): Set<string> {
    if (!this.whole) {
      // Set first: opening the remaining buckets calls back here.
      const whole = (this.whole = new Set<string>());
      for (let b = 0; b < this.sets.length; b++) for (const w of this.sets[b] ?? this.open(b)) whole.add(w);
    }
    return this.whole;
  }

  get size(): number {
    return this.all().size;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const w of this.all()) callback.call(thisArg, w, w, this);
  }

  entries(): SetIterator<[string, string]> {
    return this.all().entries();
  }

  keys(): SetIterator<string> {
    return this.all().keys();
  }

  values(): SetIterator<string> {
    return this.all().values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.all()[Symbol.iterator]();
  }
}
