/**
 * Sets of words, and maps from words, saved in buckets (lexicon/buckets.ts) and read back a bucket at a time on
 * first lookup: the rules and the spelling-variant index ask about a one-line document's few words, not about
 * their thousands. A real Set or Map (a subclass), filled whole once half its buckets are open or when anything
 * but a lookup asks (enumeration, changes; a set's size), so it stands wherever a Set or Map is expected.
 */
import { Buckets, intoBuckets } from '../lexicon/buckets.js';

/** About this many words per bucket. */
const PER_BUCKET = 64;

/** The buckets of a set's words as JSON arrays (`''` for an empty bucket). */
export function serializeWords(words: Iterable<string>): string[] {
  return intoBuckets(words, (w) => w, PER_BUCKET).map((b) => (b.length ? JSON.stringify(b) : ''));
}

/** The buckets of a map's entries (values packed) as JSON arrays (`''` for an empty bucket). */
export function serializeMap<V, S>(map: ReadonlyMap<string, V>, pack: (v: V) => S): string[] {
  return intoBuckets(map, ([k]) => k, PER_BUCKET).map((b) => (b.length ? JSON.stringify(b.map(([k, v]) => [k, pack(v)])) : ''));
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
    for (const bucket of this.buckets.takeAll()) for (const w of bucket) super.add(w);
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

export class BucketedMap<V, S> extends Map<string, V> {
  private readonly buckets: Buckets<Map<string, V>>;
  private filled = false;

  constructor(
    count: number,
    /** The number of entries, saved: the gazetteer asks for it at every document. */
    private readonly entryCount: number,
    read: (b: number) => string,
    unpack: (s: S) => V,
  ) {
    super();
    const parse = (text: string) => new Map<string, V>(text ? (JSON.parse(text) as Array<[string, S]>).map(([k, s]) => [k, unpack(s)]) : []);
    this.buckets = new Buckets(count, (b) => parse(read(b)), () => this.fill());
  }

  override get(key: string): V | undefined {
    return this.filled ? super.get(key) : this.buckets.of(key).get(key);
  }

  override has(key: string): boolean {
    return this.filled ? super.has(key) : this.buckets.of(key).has(key);
  }

  override get size(): number {
    return this.filled ? super.size : this.entryCount;
  }

  private fill(): void {
    if (this.filled) return;
    this.filled = true;
    for (const bucket of this.buckets.takeAll()) for (const [k, v] of bucket) super.set(k, v);
  }

  override set(key: string, value: V): this {
    this.fill();
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.fill();
    return super.delete(key);
  }

  override clear(): void {
    this.fill();
    super.clear();
  }

  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[string, V]> {
    this.fill();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.fill();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    this.fill();
    return super[Symbol.iterator]();
  }
}
