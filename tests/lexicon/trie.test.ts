import { describe, expect, it } from 'vitest';
import { TokenTrie } from '../../src/lexicon/trie.js';

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
});
