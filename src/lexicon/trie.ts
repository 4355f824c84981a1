/**
 * A trie over token sequences (after flashtext, one level up: the alphabet is whole tokens). It knows nothing about
 * Arabic and applies no policy: `add` stores a value at the end of a key, `walk` follows tokens from a start node.
 */

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
  readonly children = new Map<string, TrieNode<V>>();
  readonly values: V[] = [];
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

/** A trie node as saved: its values and its children by key. */
export type SerialTrieNode<V> = [V[], Record<string, SerialTrieNode<V>>];

export function serializeTrie<V, S = V>(node: TrieNode<V>, pack: (v: V) => S = (v) => v as unknown as S): SerialTrieNode<S> {
  const children: Record<string, SerialTrieNode<S>> = {};
  for (const [k, child] of node.children) children[k] = serializeTrie(child, pack);
  return [node.values.map(pack), children];
}

/**
 * A trie read back from its saved form, materialized lazily: a node is built the first time a lookup reaches it, so
 * loading costs one JSON.parse and a document touches only the few branches its words lead to.
 */
export class FrozenTrieNode<V, S = V> implements TrieNodeView<V> {
  readonly values: readonly V[];
  private raw: Record<string, SerialTrieNode<S>> | undefined;
  private map: Map<string, FrozenTrieNode<V, S>> | undefined;

  /** The node is its own child lookup: no object or closure per node. */
  get children(): this {
    return this;
  }

  get(key: string): FrozenTrieNode<V, S> | undefined {
    return (this.map ?? this.open()).get(key);
  }

  constructor(
    serial: SerialTrieNode<S>,
    private readonly unpack: (s: S) => V = (s) => s as unknown as V,
  ) {
    this.values = serial[0].length ? serial[0].map(unpack) : (serial[0] as unknown as V[]);
    this.raw = serial[1];
  }

  /** The first lookup at a node builds its children (themselves still closed) into a Map. */
  private open(): Map<string, FrozenTrieNode<V, S>> {
    const map = new Map<string, FrozenTrieNode<V, S>>();
    const raw = this.raw ?? {};
    for (const key of Object.keys(raw)) map.set(key, new FrozenTrieNode(raw[key], this.unpack));
    this.raw = undefined;
    this.map = map;
    return map;
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
