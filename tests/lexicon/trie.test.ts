import { describe, expect, it } from 'vitest';
import { BucketedTrieRoot, findNode, serializeTrie, TokenTrie } from '../../src/lexicon/trie.js';

describe('TokenTrie', () => {
  it('stores values at the end of token sequences and finds prefixes as nodes', () => {
    const trie = new TokenTrie<string>();
    trie.add(['الامم', 'المتحده'], 'un');
    trie.add(['الامم'], 'nations');
    trie.add(['الامم', 'المتحده'], 'un-again');
    expect(trie.find(['الامم', 'المتحده'])?.values).toEqual(['un', 'un-again']);
    expect(trie.find(['الامم'])?.values).toEqual(['nations']);
    expect(trie.find(['المتحده'])).toBeUndefined();
    expect(trie.size).toBe(2);
  });

  it('gives a leaf its own children and values when it gets some (leaves share empty ones until then)', () => {
    const trie = new TokenTrie<string>();
    trie.add(['مصر'], 'egypt');
    trie.add(['ليبيا'], 'libya');
    trie.add(['مصر', 'الجديدة'], 'heliopolis');
    trie.add(['ليبيا', 'الجديدة', 'x'], 'x');
    expect(trie.find(['مصر', 'الجديدة'])?.values).toEqual(['heliopolis']);
    expect(trie.find(['ليبيا', 'الجديدة'])?.values).toEqual([]);
    expect(trie.find(['ليبيا', 'الجديدة', 'x'])?.values).toEqual(['x']);
    expect(trie.find(['مصر', 'الجديدة', 'x'])).toBeUndefined();
    expect(trie.find(['الجديدة'])).toBeUndefined();
    expect(trie.size).toBe(4);
  });
});

describe('a trie saved in buckets and read back', () => {
  it('finds the same nodes and values, and misses the same keys', () => {
    const trie = new TokenTrie<string>();
    const words = Array.from({ length: 300 }, (_, i) => `كلمة${i}`);
    words.forEach((w, i) => trie.add(i % 3 === 0 ? [w, 'ثانية'] : [w], `v${i}`));
    trie.add(['الامم', 'المتحده'], 'un');
    trie.add(['الامم'], 'nations');
    const buckets = serializeTrie(trie.root, (v) => v.toUpperCase());
    expect(buckets.length).toBeGreaterThan(1);
    const read: number[] = [];
    const root = new BucketedTrieRoot<string>(buckets.length, (b) => (read.push(b), buckets[b]), (s) => s.toLowerCase());
    const childrenBefore = root.children;
    expect(findNode(root, ['الامم', 'المتحده'])?.values).toEqual(['un']);
    expect(findNode(root, ['الامم'])?.values).toEqual(['nations']);
    expect(read.length).toBe(1);
    expect(root.children).toBe(root);
    for (const [i, w] of words.entries()) {
      expect(findNode(root, [w])?.values).toEqual(i % 3 === 0 ? [] : [`v${i}`]);
      expect(findNode(root, [w, 'ثانية'])?.values).toEqual(i % 3 === 0 ? [`v${i}`] : undefined);
    }
    expect(root.children.get('المتحده')).toBeUndefined();
    expect(root.children.get('x')).toBeUndefined();
    expect(new Set(read).size).toBe(read.length); // each bucket read once
    // Half the buckets open: all were read and merged into one Map, which is what lookups now go through.
    expect(read.length).toBe(buckets.length);
    expect(root.children).toBeInstanceOf(Map);
    // A lookup through the root as it was before the merge finds the merged nodes.
    expect(childrenBefore.get(words[1])).toBe(root.children.get(words[1]));
    expect(childrenBefore.get(words[1])?.values).toEqual(['v1']);
  });
});
