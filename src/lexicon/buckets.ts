/**
 * Lookup structures saved in buckets of their keys and read back a bucket at a time: a short document looks up a
 * few words and should parse only their buckets. A long run opens bucket after bucket; once half are open, all are,
 * and the structure can merge them into one (a Map or a Set), so that its lookups no longer pay for the bucketing.
 */

/**
 * The bucket of a key (a power-of-two count of buckets, `mask` = count - 1). Saved buckets are found by it, so it
 * must never change without bumping the snapshot format. First, last character and length: Arabic words share
 * their first letters (ال) far more than their last ones.
 */
export function bucketOf(key: string, mask: number): number {
  return (key.charCodeAt(0) + key.charCodeAt(key.length - 1) * 7 + key.length * 131) & mask;
}

/** The keys of `items` sorted into a power-of-two count of buckets of about `perBucket` items. */
export function intoBuckets<T>(items: Iterable<T>, keyOf: (item: T) => string, perBucket: number): T[][] {
  const all = [...items];
  let count = 1;
  while (count * perBucket < all.length) count *= 2;
  const buckets: T[][] = Array.from({ length: count }, () => []);
  for (const item of all) buckets[bucketOf(keyOf(item), count - 1)].push(item);
  return buckets;
}

/** Buckets read on first use. `onHalfOpen` runs once, when half of them are open (a long run). */
export class Buckets<T> {
  private readonly open: Array<T | undefined>;
  private readonly mask: number;
  private opened = 0;

  constructor(
    count: number,
    private readonly read: (b: number) => T,
    private readonly onHalfOpen: () => void,
  ) {
    this.open = new Array(count).fill(undefined);
    this.mask = count - 1;
  }

  /** The bucket `key` falls into. */
  of(key: string): T {
    const b = bucketOf(key, this.mask);
    return this.open[b] ?? this.read1(b);
  }

  /** Every bucket, read now if need be. */
  all(): T[] {
    // A loop and push, not `this.open.map(…)`: map made a packed array until TurboFan inlined it into this function,
    // then a holey one, and the callers that iterate the result (BucketedWordSet.fill) deoptimized on the new map.
    const all: T[] = [];
    for (let b = 0; b < this.open.length; b++) all.push(this.open[b] ?? this.read1(b));
    return all;
  }

  /**
   * Every bucket, read now if need be, then let go: for a caller that merges them into one structure and never asks
   * for a bucket again (kept, they would hold every entry twice).
   */
  takeAll(): T[] {
    const all = this.all();
    this.open.fill(undefined);
    return all;
  }

  private read1(b: number): T {
    const bucket = (this.open[b] = this.read(b));
    if (++this.opened * 2 >= this.open.length && this.opened * 2 - 2 < this.open.length) this.onHalfOpen();
    return bucket;
  }
}
