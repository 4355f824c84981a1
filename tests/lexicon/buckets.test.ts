import { describe, expect, it } from 'vitest';
import { Buckets, bucketOf, intoBuckets } from '../../src/lexicon/buckets.js';

/** Buckets of strings, counting the reads and the half-open calls. */
function counted(count: number) {
  const reads: number[] = [];
  let halfOpen = 0;
  const buckets = new Buckets(
    count,
    (b) => {
      reads.push(b);
      return `bucket ${b}`;
    },
    () => halfOpen++,
  );
  return { buckets, reads, halfOpens: () => halfOpen };
}

/** A key falling into each bucket of `count`. */
function keysFor(count: number): string[] {
  const keys: string[] = [];
  for (let i = 0; keys.filter(Boolean).length < count; i++) {
    const key = `ك${String.fromCharCode(0x628 + (i % 20))}${'ا'.repeat(i % 7)}`;
    keys[bucketOf(key, count - 1)] ??= key;
  }
  return keys;
}

describe('Buckets', () => {
  it('reads a bucket on its first use only', () => {
    const { buckets, reads } = counted(8);
    const [k0] = keysFor(8);
    expect(buckets.of(k0)).toBe(`bucket ${bucketOf(k0, 7)}`);
    buckets.of(k0);
    expect(reads).toEqual([bucketOf(k0, 7)]);
  });

  it('calls onHalfOpen once, when half the buckets are open', () => {
    const { buckets, halfOpens } = counted(8);
    const keys = keysFor(8);
    for (let b = 0; b < 3; b++) buckets.of(keys[b]);
    expect(halfOpens()).toBe(0);
    buckets.of(keys[3]);
    expect(halfOpens()).toBe(1);
    buckets.all();
    expect(halfOpens()).toBe(1);
  });

  it('takeAll gives every bucket and lets them go: a later lookup reads its bucket again', () => {
    const { buckets, reads } = counted(4);
    const keys = keysFor(4);
    expect(buckets.takeAll()).toEqual(['bucket 0', 'bucket 1', 'bucket 2', 'bucket 3']);
    expect(reads.length).toBe(4);
    buckets.of(keys[2]);
    expect(reads.length).toBe(5);
  });

  it('intoBuckets sorts every item into the bucket of its key, in a power-of-two count', () => {
    const words = Array.from({ length: 300 }, (_, i) => `كلمة${i}`);
    const buckets = intoBuckets(words, (w) => w, 64);
    expect(buckets.length).toBe(8);
    expect(buckets.flat().sort()).toEqual([...words].sort());
    buckets.forEach((bucket, b) => bucket.forEach((w) => expect(bucketOf(w, 7)).toBe(b)));
  });
});
