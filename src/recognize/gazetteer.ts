/** Tokens + clitic analyses -> every lexicon match, as candidates. No policy here: `resolve` picks. */
import { isCliticAt, isRestoredReading, readingHash, readingPrefix, readingsOf, readingStem, type CliticAnalysis } from '../text/clitics.js';
import { hashRange } from '../text/fnv.js';
import { TokenKind, type Token } from '../text/tokenize.js';
import type { CompiledLexicon, FormRef } from '../lexicon/compile.js';
import { FUZZY_MIN_LENGTH, skeleton } from '../lexicon/fuzzy.js';
import { hasChildren, type TrieNode, type TrieNodeView } from '../lexicon/trie.js';
import { candidate, type Candidate } from './candidate.js';
import type { Lexeme, PhraseStart, TrieStart, VariantMatch } from './lexeme.js';

/** A form matched with its descriptor head (ولاية جورجيا, حركة حماس): the head confirms what kind of name it is. */
const CONFIDENCE_HEAD = 0.95;
/** A match through a proclitic is a little less certain than a whole-token match. */
const CONFIDENCE_WHOLE = 0.9;
const CONFIDENCE_CLITIC = 0.85;
const CONFIDENCE_AMBIGUOUS = 0.6;
/** A spelling variant the lexicon does not list, matched through its skeleton (fuzzy.ts): less certain. */
const CONFIDENCE_FUZZY = 0.55;

export interface TrieMatch<V> {
  /** Normalized offset of the match (after any proclitic) and its end. */
  start: number;
  end: number;
  values: readonly V[];
}

const NO_STARTS: readonly TrieStart[] = [];

/**
 * The nodes under `root` a word opens: the whole word (Arabic or Latin), then each proclitic reading of an Arabic
 * word. Computed once per word (vocabulary.ts).
 */
export function lexiconStarts(norm: string, kind: TokenKind, analyses: readonly CliticAnalysis[], root: TrieNodeView<FormRef>): readonly TrieStart[] {
  if (kind === TokenKind.Punct || kind === TokenKind.Digits) return NO_STARTS;
  let out: TrieStart[] | undefined;
  const whole = root.children.get(norm);
  if (whole) out = [{ node: whole, prefixLength: 0, viaClitic: false }];
  if (kind === TokenKind.Arabic && isCliticAt(norm, 0)) {
    for (let a = 1; a < analyses.length; a++) {
      const node = root.children.get(analyses[a].stem);
      if (node) (out ??= []).push({ node, prefixLength: analyses[a].prefixLength, viaClitic: true });
    }
  }
  return out ?? NO_STARTS;
}

/**
 * A one-word name spelled as the lexicon does not list it (fuzzy.ts), for an Arabic word that opens nothing in the
 * lexicon: the first reading whose skeleton belongs to a name. `ordinary`: words never taken for a misspelled name.
 */
export function spellingVariant(norm: string, analyses: readonly CliticAnalysis[], lexicon: CompiledLexicon, ordinary: ReadonlySet<string> | undefined): VariantMatch | undefined {
  const fuzzy = lexicon.fuzzy;
  if (!fuzzy || fuzzy.size === 0 || norm.length < FUZZY_MIN_LENGTH || ordinary?.has(norm)) return undefined;
  for (const a of analyses) {
    if (a.stem.length < FUZZY_MIN_LENGTH || a.stem.startsWith('ال') || ordinary?.has(a.stem)) continue;
    const ref = fuzzy.get(skeleton(a.stem));
    if (ref) return { ref, prefixLength: a.prefixLength };
  }
  return undefined;
}

/**
 * The first reading of an Arabic word whose skeleton begins a name of several words in the skeleton trie (fuzzy.ts),
 * whether or not the word is spelled as the lexicon spells it; `ordinary`: words never taken for a name's first.
 */
export function phraseStart(analyses: readonly CliticAnalysis[], lexicon: CompiledLexicon, ordinary: ReadonlySet<string> | undefined): PhraseStart | undefined {
  const root = lexicon.fuzzyPhrases?.root;
  if (!root) return undefined;
  for (const a of analyses) {
    if (a.stem.length < 2) continue;
    const node = root.children.get(skeleton(a.stem));
    // An ordinary word (في, من, إن), whole or after a proclitic, begins too few names to walk the skeletons from at
    // every occurrence. Asked only of a reading that begins one: most words begin none, and a set's look-up hashes
    // a new word's reading afresh (~30 % of this function's time on 300 MB).
    if (!node || (a.prefixLength > 0 && ordinary?.has(a.stem))) continue;
    return ordinary?.has(analyses[0].stem) ? undefined : { node, prefixLength: a.prefixLength };
  }
  return undefined;
}

/** A name matched through its skeleton (fuzzy.ts), one word or several: less certain than its listed spellings. */
function variantCandidate(start: number, end: number, ref: FormRef, lexicon: CompiledLexicon): Candidate {
  return candidate({
    start,
    end,
    type: ref.type,
    source: 'gazetteer',
    entry: ref.entry,
    subtype: ref.subtype,
    confidence: CONFIDENCE_FUZZY,
    rule: 'spelling-variant',
  });
}

/** Whether `out` holds, from index `from`, a candidate of `entry` ending at `end`: the exact spelling was matched. */
function matchedExactly(out: readonly Candidate[], from: number, end: number, entry: number): boolean {
  for (let k = from; k < out.length; k++) if (out[k].end === end && out[k].entry === entry) return true;
  return false;
}

/** The one entry the references name, or undefined where a skeleton names several. */
function oneEntry(refs: readonly FormRef[]): FormRef | undefined {
  for (let k = 1; k < refs.length; k++) if (refs[k].entry !== refs[0].entry) return undefined;
  return refs[0];
}

/**
 * Names of several words spelled as the lexicon does not list them, word by word through their skeletons, from the
 * word at i; exact spellings (the candidates from `from` on) are not repeated.
 */
function phraseVariants(tokens: readonly Token[], lexemes: readonly Lexeme[], i: number, phrase: PhraseStart, lexicon: CompiledLexicon, out: Candidate[], from: number): void {
  let node: TrieNodeView<FormRef> | undefined = phrase.node;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (!hasChildren(node) || t.lineBreakBefore || t.kind !== TokenKind.Arabic) return;
    node = node.children.get(lexemes[j].skeleton);
    if (!node) return;
    const ref = node.values.length ? oneEntry(node.values) : undefined;
    if (ref && !matchedExactly(out, from, t.end, ref.entry)) {
      // A descriptor head (skip) confirms the name but stays outside the mention, as for exact spellings.
      out.push(variantCandidate(ref.skip > 0 ? tokens[i + ref.skip].start : tokens[i].start + phrase.prefixLength, t.end, ref, lexicon));
    }
  }
}

/** The node after `node` through token j, or undefined at the end of the text, at a line break or where the trie stops. */
export function follow<V>(tokens: readonly Token[], j: number, node: TrieNodeView<V>): TrieNodeView<V> | undefined {
  return hasChildren(node) && j < tokens.length && !tokens[j].lineBreakBefore ? node.children.get(tokens[j].norm) : undefined;
}

/**
 * Every match of a token trie in the tokens: from each word, through each clitic reading of it, as far as the trie
 * goes; a match never crosses a line break. For a trie built per document (memory.ts), which holds a few names: a
 * word or reading whose length no first word has is not looked up (most of them), nor a reading whose hash none has.
 * The readings are worked out from the word (clitics.ts `readingsOf`), not asked of its lexeme: a new word with no
 * facts keeps none (vocabulary.ts), and most readings need no string at all here.
 */
export function scanTrie<V>(tokens: readonly Token[], root: TrieNode<V>, emit: (m: TrieMatch<V>) => void): void {
  let lengths = 0;
  const hashes = new Set<number>();
  for (const key of root.children.keys()) {
    lengths |= lengthBit(key.length);
    hashes.add(hashRange(key, 0, key.length));
  }
  const walk = (node: TrieNodeView<V>, i: number, start: number) => {
    for (let at: TrieNodeView<V> | undefined = node, j = i; at; at = follow(tokens, ++j, at)) {
      if (at.values.length) emit({ start, end: tokens[j].end, values: at.values });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === TokenKind.Punct || token.kind === TokenKind.Digits) continue;
    const norm = token.norm;
    if (lengths & lengthBit(norm.length)) {
      const node = root.children.get(norm);
      if (node) walk(node, i, token.start);
    }
    const readings = token.kind === TokenKind.Arabic ? readingsOf(norm) : 0;
    for (let r = 1; r <= readings; r <<= 1) {
      if ((readings & r) === 0) continue;
      const prefix = readingPrefix(r);
      const restored = isRestoredReading(r);
      if ((lengths & lengthBit(norm.length - prefix + (restored ? 1 : 0))) === 0) continue;
      if (!hashes.has(readingHash(norm, r))) continue;
      const node = root.children.get(readingStem(norm, r));
      if (node) walk(node, i, token.start + prefix);
    }
  }
}

/** One bit per key length, lengths of 31 and more sharing the last. */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

export function findGazetteerCandidates(tokens: readonly Token[], lexemes: readonly Lexeme[], lexicon: CompiledLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lexeme = lexemes[i];
    const starts = lexeme.lexicon;
    const first = out.length;
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s];
      const start = tokens[i].start + from.prefixLength;
      for (let node: TrieNodeView<FormRef> | undefined = from.node, j = i; node; node = follow(tokens, ++j, node)) {
        // Indexed: the values' iterator was allocated for every node (6 % of the allocation of a document).
        const values = node.values;
        for (let v = 0; v < values.length; v++) {
          const ref = values[v];
          out.push(candidate({
            // A descriptor head (skip) confirms the match but stays outside the mention.
            start: ref.skip > 0 ? tokens[i + ref.skip].start : start,
            end: tokens[j].end,
            type: ref.type,
            source: 'gazetteer',
            entry: ref.entry,
            ambiguous: ref.ambiguous,
            subtype: ref.subtype,
            confidence: ref.ambiguous ? CONFIDENCE_AMBIGUOUS : ref.skip > 0 ? CONFIDENCE_HEAD : from.viaClitic ? CONFIDENCE_CLITIC : CONFIDENCE_WHOLE,
          }));
        }
      }
    }
    const variant = lexeme.variant;
    if (variant) out.push(variantCandidate(tokens[i].start + variant.prefixLength, tokens[i].end, variant.ref, lexicon));
    if (lexeme.phrase) phraseVariants(tokens, lexemes, i, lexeme.phrase, lexicon, out, first);
  }
  return out;
}
