/** Tokens + clitic analyses -> every lexicon match, as candidates. No policy here: `resolve` picks. */
import { analyzeClitics, isCliticLetter, type CliticAnalysis } from '../text/clitics.js';
import { TokenKind, type Token } from '../text/tokenize.js';
import type { CompiledLexicon, FormRef } from '../lexicon/compile.js';
import { FUZZY_MIN_LENGTH, skeleton } from '../lexicon/fuzzy.js';
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
 * goes; a match never crosses a line break. `onMiss` hears of each Arabic word none of whose analyses the trie knows,
 * with the analyses already made (the whole word first), so a second pass need not redo them.
 */
export function scanTrie<V>(
  tokens: readonly Token[],
  root: TrieNodeView<V>,
  emit: (m: TrieMatch<V>) => void,
  onMiss?: (token: Token, analyses: readonly CliticAnalysis[]) => void,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === TokenKind.Punct || token.kind === TokenKind.Digits) continue;
    const whole = root.children.get(token.norm);
    if (whole) walk(tokens, i, whole, token.start, false, emit);
    if (token.kind !== TokenKind.Arabic) continue;
    // Most tokens start with no proclitic letter: the whole token was the only analysis.
    if (!isCliticLetter(token.norm[0])) {
      if (!whole) onMiss?.(token, [{ prefixLength: 0, stem: token.norm }]);
      continue;
    }
    const analyses = analyzeClitics(token.norm);
    let found = whole !== undefined;
    for (let a = 1; a < analyses.length; a++) {
      const node = root.children.get(analyses[a].stem);
      if (!node) continue;
      found = true;
      walk(tokens, i, node, token.start + analyses[a].prefixLength, true, emit);
    }
    if (!found) onMiss?.(token, analyses);
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

/** A spelling variant the lexicon does not list, matched through its skeleton (fuzzy.ts): less certain. */
const CONFIDENCE_FUZZY = 0.55;

export interface GazetteerOptions {
  /** Words never taken for a misspelled name (ordinary words). */
  ordinary?: ReadonlySet<string>;
}

export function findGazetteerCandidates(tokens: readonly Token[], lexicon: CompiledLexicon, options: GazetteerOptions = {}): Candidate[] {
  const out: Candidate[] = [];
  const fuzzy = lexicon.fuzzy;
  scanTrie<FormRef>(
    tokens,
    lexicon.trie.root,
    (m) => {
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
    },
    fuzzy && fuzzy.size > 0 ? (token, analyses) => spellingVariant(token, analyses, lexicon, fuzzy, options, out) : undefined,
  );
  return out;
}

/** A one-word name spelled as the lexicon does not list it, found through its skeleton (fuzzy.ts). */
function spellingVariant(
  token: Token,
  analyses: readonly CliticAnalysis[],
  lexicon: CompiledLexicon,
  fuzzy: ReadonlyMap<string, FormRef>,
  options: GazetteerOptions,
  out: Candidate[],
): void {
  if (token.norm.length < FUZZY_MIN_LENGTH || options.ordinary?.has(token.norm)) return;
  for (const a of analyses) {
    if (a.stem.length < FUZZY_MIN_LENGTH || a.stem.startsWith('ال') || options.ordinary?.has(a.stem)) continue;
    const ref = fuzzy.get(skeleton(a.stem));
    if (!ref) continue;
    const entry = lexicon.entries[ref.entry];
    out.push({ start: token.start + a.prefixLength, end: token.end, type: ref.type, source: 'gazetteer', entry: ref.entry, subtype: entry.subtype || undefined, confidence: CONFIDENCE_FUZZY, rule: 'spelling-variant' });
    return;
  }
}
