import { describe, expect, it } from 'vitest';
import { TokenSlots } from '../../src/recognize/token-slots.js';

describe('TokenSlots', () => {
  it("a document finds only its own entries, and a newer document's begin makes an older one no longer the latest", () => {
    const shared = new TokenSlots(2);
    const a = shared.begin(10);
    a.slots.keep(a.stamp, 7, 3);
    expect(a.slots.find(a.stamp, 7)).toBe(3);
    expect(a.slots.find(a.stamp, 6)).toBe(-1);
    const b = shared.begin(10);
    expect(b.slots).toBe(a.slots);
    expect(b.slots.find(b.stamp, 7)).toBe(-1);
    expect(shared.isLatest(a.stamp)).toBe(false);
    expect(shared.isLatest(b.stamp)).toBe(true);
  });

  it('grows for a longer document, and a very long one gets slots of its own', () => {
    const shared = new TokenSlots(2);
    const small = shared.begin(4);
    const grown = shared.begin(1000);
    expect(grown.slots).toBe(small.slots);
    grown.slots.keep(grown.stamp, 1999, 5);
    expect(grown.slots.find(grown.stamp, 1999)).toBe(5);
    const huge = shared.begin(100_000);
    expect(huge.slots).not.toBe(shared);
    huge.slots.keep(huge.stamp, 199_999, 1);
    expect(huge.slots.find(huge.stamp, 199_999)).toBe(1);
    expect(shared.isLatest(grown.stamp)).toBe(true);
  });

  it('after the last stamp, starts again with every entry forgotten', () => {
    const shared = new TokenSlots(1);
    const old = shared.begin(3);
    old.slots.keep(old.stamp, 0, 9);
    // The counter's end is two billion documents away: set it there (a private field, reached by a cast).
    (shared as unknown as { lastStamp: number }).lastStamp = 0x7fffffff;
    const next = shared.begin(3);
    expect(next.stamp).toBe(1);
    expect(next.slots.find(next.stamp, 0)).toBe(-1);
  });
});
