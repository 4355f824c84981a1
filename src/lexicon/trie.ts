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
