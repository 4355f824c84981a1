/** Tokens + clitic analyses -> every lexicon match, as candidates. No policy here: `resolve` picks. */
import { analyzeClitics, isCliticLetter } from '../text/clitics.js';
import { TokenKind, type Token } from '../text/tokenize.js';
import type { CompiledLexicon, FormRef } from '../lexicon/compile.js';
import type { TrieNodeView } from '../lexicon/trie.js';
import type { Candidate } from './candidate.js';

/** A match through a proclitic is a little less certain than a whole-token match. */
const CONFIDENCE_WHOLE = 0.9;
const CONFIDENCE_CLITIC = 0.85;
const CONFIDENCE_AMBIGUOUS = 0.6;

export interface TrieMatch<V> {
  /** Normalized offset of the match (after any proclitic) and its end. */
  start: number;
  end: number;
  /** The start of each token of the match (the first one after any proclitic). */
  tokenStarts: readonly number[];
  values: readonly V[];
  /** Whether the first token carried a proclitic. */
  viaClitic: boolean;
}

/**
 * Every match of a token trie in the tokens: from each word, through each clitic analysis of it, as far as the trie
 * goes; a match never crosses a line break.
 */
export function scanTrie<V>(tokens: readonly Token[], root: TrieNodeView<V>, emit: (m: TrieMatch<V>) => void): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === TokenKind.Punct || token.kind === TokenKind.Digits) continue;
    const whole = root.children.get(token.norm);
    if (whole) walk(tokens, i, whole, token.start, false, emit);
    // Most tokens start with no proclitic letter: the whole token was the only analysis.
    if (token.kind !== TokenKind.Arabic || !isCliticLetter(token.norm[0])) continue;
    const analyses = analyzeClitics(token.norm);
    for (let a = 1; a < analyses.length; a++) {
      const node = root.children.get(analyses[a].stem);
      if (node) walk(tokens, i, node, token.start + analyses[a].prefixLength, true, emit);
    }
  }
}

function walk<V>(tokens: readonly Token[], first: number, start: TrieNodeView<V>, startOffset: number, viaClitic: boolean, emit: (m: TrieMatch<V>) => void): void {
  let node: TrieNodeView<V> | undefined = start;
  let j = first;
  const tokenStarts = [startOffset];
  for (;;) {
    if (node.values.length) emit({ start: startOffset, end: tokens[j].end, values: node.values, viaClitic, tokenStarts });
    j++;
    if (j >= tokens.length || tokens[j].lineBreakBefore) return;
    node = node.children.get(tokens[j].norm);
    if (!node) return;
    tokenStarts.push(tokens[j].start);
  }
}

export function findGazetteerCandidates(tokens: readonly Token[], lexicon: CompiledLexicon): Candidate[] {
  const out: Candidate[] = [];
  scanTrie<FormRef>(tokens, lexicon.trie.root, (m) => {
    for (const ref of m.values) {
      const entry = lexicon.entries[ref.entry];
      out.push({
        start: ref.skip > 0 ? m.tokenStarts[ref.skip] : m.start,
        end: m.end,
        type: ref.type,
        source: 'gazetteer',
        entry: ref.entry,
        ambiguous: ref.ambiguous,
        subtype: entry.subtype || undefined,
        confidence: ref.ambiguous ? CONFIDENCE_AMBIGUOUS : m.viaClitic ? CONFIDENCE_CLITIC : CONFIDENCE_WHOLE,
      });
    }
  });
  return out;
}
