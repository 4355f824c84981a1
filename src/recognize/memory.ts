/**
 * Document memory: a name a rule found once is found everywhere in the document. Every other occurrence of a
 * person's name of two words or more that a rule found becomes a candidate too. (A lone surname standing for a
 * person the lexicon knows, زيلينسكي after فولوديمير زيلينسكي, is a lexicon variant of that person already.)
 *
 * Measured on ANERcorp and kept narrow on purpose: remembering one-word rule names, or surnames cut from any
 * person name, spread the rules' mistakes through the document and cost more precision than they gained recall.
 */
import { formKeys } from '../lexicon/compile.js';
import { TokenTrie } from '../lexicon/trie.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { scanTrie } from './gazetteer.js';

const CONFIDENCE_MEMORY = 0.7;

export function findMemoryCandidates(text: string, tokens: readonly Token[], mentions: readonly Candidate[]): Candidate[] {
  const trie = new TokenTrie<Candidate>();
  for (const m of mentions) {
    if (m.source !== 'rule' || m.type !== 'PER') continue;
    const keys = formKeys(text.slice(m.start, m.end));
    if (keys.length >= 2) trie.add(keys, m);
  }
  if (trie.size === 0) return [];
  const out: Candidate[] = [];
  scanTrie(tokens, trie.root, (match) => {
    out.push({ start: match.start, end: match.end, type: 'PER', source: 'memory', confidence: CONFIDENCE_MEMORY, rule: 'memory-repeat' });
  });
  return out;
}
