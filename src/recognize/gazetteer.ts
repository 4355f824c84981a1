/** Tokens + clitic analyses -> every lexicon match, as candidates. No policy here: `resolve` picks. */
import { analyzeClitics } from '../text/clitics.js';
import { TokenKind, type Token } from '../text/tokenize.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { TrieNode } from '../lexicon/trie.js';
import type { FormRef } from '../lexicon/compile.js';
import type { Candidate } from './candidate.js';

/** A match through a proclitic is a little less certain than a whole-token match. */
const CONFIDENCE_WHOLE = 0.9;
const CONFIDENCE_CLITIC = 0.85;
const CONFIDENCE_AMBIGUOUS = 0.6;

export function findGazetteerCandidates(tokens: readonly Token[], lexicon: CompiledLexicon): Candidate[] {
  const out: Candidate[] = [];
  const root = lexicon.trie.root;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === TokenKind.Punct || token.kind === TokenKind.Digits) continue;
    if (token.kind !== TokenKind.Arabic) {
      const node = root.children.get(token.norm);
      if (node) walk(tokens, i, node, token.start, CONFIDENCE_WHOLE, lexicon, out);
      continue;
    }
    for (const analysis of analyzeClitics(token.norm)) {
      const node = root.children.get(analysis.stem);
      if (!node) continue;
      const confidence = analysis.prefixLength === 0 ? CONFIDENCE_WHOLE : CONFIDENCE_CLITIC;
      walk(tokens, i, node, token.start + analysis.prefixLength, confidence, lexicon, out);
    }
  }
  return out;
}

function walk(
  tokens: readonly Token[],
  first: number,
  start: TrieNode<FormRef>,
  startOffset: number,
  confidence: number,
  lexicon: CompiledLexicon,
  out: Candidate[],
): void {
  let node: TrieNode<FormRef> | undefined = start;
  let j = first;
  for (;;) {
    for (const ref of node.values) {
      const entry = lexicon.entries[ref.entry];
      out.push({
        start: startOffset,
        end: tokens[j].end,
        type: ref.type,
        source: 'gazetteer',
        entry: ref.entry,
        ambiguous: ref.ambiguous,
        subtype: entry.subtype || undefined,
        confidence: ref.ambiguous ? CONFIDENCE_AMBIGUOUS : confidence,
      });
    }
    j++;
    if (j >= tokens.length || tokens[j].lineBreakBefore) return;
    node = node.children.get(tokens[j].norm);
    if (!node) return;
  }
}
