/**
 * A trie over token sequences (after flashtext, one level up: the alphabet is whole tokens). It knows nothing about
 * Arabic and applies no policy: `add` stores a value at the end of a key, `walk` follows tokens from a start node.
 */
import { Buckets, intoBuckets } from './buckets.js';

/** Never added to: only `TokenTrie.add` adds, and it replaces these first. */
const NO_CHILDREN = new Map<string, never>();
const NO_VALUES: never[] = Object.freeze([]) as unknown as never[];

/**
 * Whether a node has children (a leaf's are the shared NO_CHILDREN): matchers ask before looking the next word up,
 * since most names and date words are one word long and a look-up in an empty map still hashes its key (about 2 % of
 * a steady pass's instructions).
 */
export function hasChildren(node: TrieNodeView<unknown>): boolean {
  return node.children !== NO_CHILDREN;
}

export class TokenTrie<V> {
  readonly root: TrieNode<V> = new TrieNode<V>();
  size = 0;

  add(keys: readonly string[], value: V): void {
    let node = this.root;
    for (let i = 0; i < keys.length; i++) {
      let next = node.children.get(keys[i]);
      if (!next) {
        next = new TrieNode<V>();
        if (node.children === NO_CHILDREN) node.children = new Map();
        node.children.set(keys[i], next);
      }
      node = next;
    }
    if (node.values === NO_VALUES) node.values = [];
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

/**
 * A node. One without children or values shares NO_CHILDREN or NO_VALUES until `TokenTrie.add` gives it its own:
 * most nodes are leaves, and tries built at every start (the date words, the rules' lists) allocated a Map for each.
 */
export class TrieNode<V> {
  constructor(
    public children: Map<string, TrieNode<V>> = NO_CHILDREN,
    public values: V[] = NO_VALUES,
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


/**
 * A bucket of a saved trie: its subtrees as parsed, each built into TrieNodes when first looked up (a short document
 * looks up a few words of each bucket it opens). A look-up scans the keys: a bucket is small, and a word's look-ups
 * are cached in its lexeme. A subtree's parsed form is let go once built.
 */
class TrieBucket<V, S> {
  private readonly keys: string[];
  private readonly nodes: Array<TrieNode<V> | undefined>;

  constructor(
    private readonly serials: Array<SerialNode<S> | undefined>,
    private readonly build: (serial: SerialNode<S>) => TrieNode<V>,
  ) {
    this.keys = serials.map((serial) => serial![0]);
    this.nodes = new Array<TrieNode<V> | undefined>(serials.length).fill(undefined);
  }

  get(key: string): TrieNode<V> | undefined {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === key) return this.node(i);
    return undefined;
  }

  /** Every subtree, built. */
  entries(): Array<[string, TrieNode<V>]> {
    const out: Array<[string, TrieNode<V>]> = [];
    for (let i = 0; i < this.keys.length; i++) out.push([this.keys[i], this.node(i)]);
    return out;
  }

  private node(i: number): TrieNode<V> {
    let node = this.nodes[i];
    if (!node) {
      node = this.nodes[i] = this.build(this.serials[i]!);
      this.serials[i] = undefined;
    }
    return node;
  }
}

/**
 * The root of a trie read back from `serializeTrie`'s buckets. A bucket is read the first time a lookup falls into
 * it, so a short document parses a few kilobytes, and its subtrees are built into ordinary TrieNodes (Map children,
 * as a TokenTrie has) as they are looked up. Once half the buckets are open (a long run), all are read, built and
 * merged into one Map, which `children` then is: from there on lookups are those of a compiled trie, without the
 * bucket's arithmetic.
 */
export class BucketedTrieRoot<V, S = V> implements TrieNodeView<V> {
  readonly values: readonly V[] = NO_VALUES;
  /** Let go once merged into `whole`. */
  private buckets: Buckets<TrieBucket<V, S>> | undefined;
  private whole: Map<string, TrieNode<V>> | undefined;

  constructor(
    count: number,
    /** The JSON text of bucket `b` as `serializeTrie` wrote it. */
    read: (b: number) => string,
    private readonly unpack: (s: S) => V = (s) => s as unknown as V,
  ) {
    const build = (serial: SerialNode<S>) => this.node(serial);
    this.buckets = new Buckets(
      count,
      (b) => {
        const text = read(b);
        return new TrieBucket<V, S>(text ? (JSON.parse(text) as Array<SerialNode<S>>) : [], build);
      },
      () => {
        this.whole = new Map(this.buckets!.all().flatMap((bucket) => bucket.entries()));
        this.buckets = undefined;
      },
    );
  }

  /** The node is its own child lookup until its buckets are merged. */
  get children(): { get(key: string): TrieNode<V> | undefined } {
    return this.whole ?? this;
  }

  /** Every first key: reads every bucket, which passes the half-open mark and so merges them. */
  keys(): Iterable<string> {
    if (!this.whole) this.buckets?.all();
    return this.whole?.keys() ?? [];
  }

  get(key: string): TrieNode<V> | undefined {
    return this.whole ? this.whole.get(key) : this.buckets!.of(key).get(key);
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

/** The first keys of a trie: its root's children, a compiled trie's or a saved one's. */
export function rootKeys(root: TrieNodeView<unknown>): Iterable<string> {
  if (root instanceof BucketedTrieRoot) return root.keys();
  if (root instanceof TrieNode) return root.children.keys();
  throw new TypeError('rootKeys: a trie root is a TrieNode or a BucketedTrieRoot');
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
