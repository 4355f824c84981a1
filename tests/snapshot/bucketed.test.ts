import { describe, expect, it } from 'vitest';
import { BucketedMap, BucketedWordSet, serializeMap, serializeWords } from '../../src/snapshot/bucketed.js';

const WORDS = Array.from({ length: 1000 }, (_, i) => `كلمة${i}`);

describe('BucketedWordSet', () => {
  it('answers as the Set it was saved from, before and after half its buckets open and it fills', () => {
    const parts = serializeWords(WORDS);
    expect(parts.length).toBeGreaterThan(4);
    const set = new BucketedWordSet(parts.length, (b) => parts[b]);
    expect(set.has('كلمة7')).toBe(true);
    expect(set.has('كلمة')).toBe(false);
    // Every word asked about: the buckets all open, the set fills (and lets its buckets go).
    for (const w of WORDS) expect(set.has(w)).toBe(true);
    expect(set.has('غير موجودة')).toBe(false);
    expect(set.size).toBe(WORDS.length);
    expect([...set].sort()).toEqual([...WORDS].sort());
  });

  it('fills on enumeration or change', () => {
    const parts = serializeWords(WORDS);
    const set = new BucketedWordSet(parts.length, (b) => parts[b]);
    set.add('جديدة');
    expect(set.has('جديدة')).toBe(true);
    expect(set.size).toBe(WORDS.length + 1);
  });
});

describe('BucketedMap', () => {
  it('answers as the Map it was saved from, its values unpacked, before and after it fills', () => {
    const map = new Map(WORDS.map((w, i) => [w, i] as const));
    const parts = serializeMap(map, (v) => [v]);
    const read = new BucketedMap<number, number[]>(parts.length, map.size, (b) => parts[b], ([v]) => v);
    expect(read.size).toBe(map.size);
    expect(read.get('كلمة42')).toBe(42);
    for (const [k, v] of map) expect(read.get(k)).toBe(v);
    expect(read.get('غير موجودة')).toBeUndefined();
    expect(read.has('كلمة999')).toBe(true);
    expect(new Map(read)).toEqual(map);
  });
});
