/**
 * A trie over token sequences (after flashtext, one level up: the alphabet is whole tokens). It knows nothing about
 * Arabic and applies no policy: `add` stores a value at the end of a key, `walk` follows tokens from a start node.
 */
import { Buckets, intoBuckets } from './buckets.js';

export class TokenTrie<V> {
  readonly root: TrieNode<V> = new TrieNode<V>();
  size = 0;

  add(keys: readonly string[], value: V): void {
    let node = this.root;
    for (const key of keys) {
      let next = node.children.get(key);
      if (!next) {
        next = new TrieNode<V>();
        node.children.set(key, next);
      }
      node = next;
    }
    if (node.values.length === 0) this.size++;
    node.values.push(value);
  }

  /** The node reached by following `keys` from the root, if any. */
  find(keys: readonly string[]): TrieNode<V> | undefined {
    let node: TrieNode<V> | undefined = this.root;
    for (const key of keys) {
      node = node.children.get(key);
      if (!node) return undefined;
    }
    return node;
  }
}

export class TrieNode<V> {
  constructor(
    readonly children = new Map<string, TrieNode<V>>(),
    readonly values: V[] = [],
  ) {}
}

/** What matching needs of a trie node: its values, and a child by key. */
export interface TrieNodeView<V> {
  readonly values: readonly V[];
  readonly children: { get(key: string): TrieNodeView<V> | undefined };
}

/** What matching needs of a trie: its root. A TokenTrie is one; so is a trie read back from a snapshot. */
export interface TrieView<V> {
  readonly root: TrieNodeView<V>;
}

/** A saved subtree: its key, its values, then its children. */
type SerialNode<S> = [string, S[], ...SerialNode<S>[]];

/** About this many first keys per bucket: a bucket is one small JSON.parse. */
const KEYS_PER_BUCKET = 32;

/**
 * A trie saved as buckets of its root's children (JSON texts, `''` for an empty bucket), so that reading it back
 * parses only the buckets a document's words fall into.
 */
export function serializeTrie<V, S = V>(root: TrieNode<V>, pack: (v: V) => S = (v) => v as unknown as S): string[] {
  if (root.values.length) throw new Error('a trie with a value at its root (an empty key) cannot be saved');
  const save = (key: string, node: TrieNode<V>): SerialNode<S> => [key, node.values.map(pack), ...[...node.children].map(([k, c]) => save(k, c))];
  const buckets = intoBuckets(root.children, ([key]) => key, KEYS_PER_BUCKET);
  return buckets.map((b) => (b.length ? JSON.stringify(b.map(([key, child]) => save(key, child))) : ''));
}

/** Snapshot nodes are never added to: the leaves share one empty child map and nodes without values one array. */
const NO_CHILDREN = new Map<string, never>();
const NO_VALUES: never[] = Object.freeze([]) as unknown as never[];

/**
 * The root of a trie read back from `serializeTrie`'s buckets. A bucket is read and built into ordinary TrieNodes
 * (Map children, as a TokenTrie has) the first time a lookup falls into it, so a short document parses a few
 * kilobytes. Once half the buckets are open (a long run), all are read and merged into one Map, which `children`
 * then is: from there on lookups are those of a compiled trie, without the bucket's arithmetic.
 */
export class BucketedTrieRoot<V, S = V> implements TrieNodeView<V> {
  readonly values: readonly V[] = NO_VALUES;
  private readonly buckets: Buckets<Map<string, TrieNode<V>>>;
  private whole: Map<string, TrieNode<V>> | undefined;

  constructor(
    count: number,
    /** The JSON text of bucket `b` as `serializeTrie` wrote it. */
    read: (b: number) => string,
    private readonly unpack: (s: S) => V = (s) => s as unknown as V,
  ) {
    this.buckets = new Buckets(count, (b) => this.build(read(b)), () => (this.whole = new Map(this.buckets.all().flatMap((m) => [...m]))));
  }

  /** The node is its own child lookup until its buckets are merged. */
  get children(): { get(key: string): TrieNode<V> | undefined } {
    return this.whole ?? this;
  }

  get(key: string): TrieNode<V> | undefined {
    return this.buckets.of(key).get(key);
  }

  private build(text: string): Map<string, TrieNode<V>> {
    const map = new Map<string, TrieNode<V>>();
    if (text) for (const serial of JSON.parse(text) as Array<SerialNode<S>>) map.set(serial[0], this.node(serial));
    return map;
  }

  private node(serial: SerialNode<S>): TrieNode<V> {
    const values = serial[1].length ? serial[1].map(this.unpack) : NO_VALUES;
    if (serial.length === 2) return new TrieNode<V>(NO_CHILDREN, values);
    const children = new Map<string, TrieNode<V>>();
    for (let i = 2; i < serial.length; i++) {
      const child = serial[i] as SerialNode<S>;
      children.set(child[0], this.node(child));
    }
    return new TrieNode<V>(children, values);
  }
}

/** The node reached by following `keys` from `root`, if any. */
export function findNode<V>(root: TrieNodeView<V>, keys: readonly string[]): TrieNodeView<V> | undefined {
  let node: TrieNodeView<V> | undefined = root;
  for (const key of keys) {
    node = node.children.get(key);
    if (!node) return undefined;
  }
  return node;
}
