/**
 * The lexemes of a model (lexeme.ts): each distinct word analyzed once and remembered, so that a document's tokens
 * cost one hash look-up each before the recognizers run. Text repeats its words, and a corpus its vocabulary; an open
 * vocabulary is bounded by keeping two generations of words and dropping the older one when the newer fills up.
 */
import { analyzeClitics, type CliticAnalysis } from '../text/clitics.js';
import { tokenizeInto, TokenKind, type Token } from '../text/tokenize.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { lexiconStarts, phraseStart, spellingVariant } from './gazetteer.js';
import { Lexeme, WordFlag, type TrieStart } from './lexeme.js';
import { dateWordFlags } from './dates/view.js';
import { isSportWord, triggerWords } from './license.js';
import { isInOrAfterProclitic } from './word-before.js';
import type { RuleModel } from './rules/index.js';
import { LexemeTable } from './lexeme-table.js';
import { ownSlice } from '../text/own-string.js';
import { AnalysisGate } from './analysis-gate.js';

/** What the lexemes are computed against: a model's lexicon and rules (either may be absent). */
export interface VocabularyModel {
  lexicon?: CompiledLexicon;
  rules?: RuleModel;
}

/** Words per generation: at most twice this many lexemes are kept. */
const GENERATION = 1 << 14;
/**
 * Words analyzed before the analysis gate is built (analysis-gate.ts): building it reads every bucket of the
 * lexicon's saved tries, which a short run should not pay for, and a long run reads them all anyway.
 */
const GATE_AFTER = 4096;
/** Rule tries a vocabulary can tell apart: one bit each, in Lexeme.memo's byte for them (Memo). */
const MAX_TRIES = 8;

const NONE: readonly TrieStart[] = [];
/** Tokens kept for reuse after a long text: a document of a million words does not keep a million token objects. */
const POOL_MAX = 1 << 16;

/**
 * A text's tokens and the lexeme of each: arrays of their own, but the token objects are the vocabulary's and are
 * overwritten by its next `read` (extractDocument keeps offsets, never tokens).
 */
export interface ReadText {
  tokens: Token[];
  lexemes: Lexeme[];
  /** The union of the lexemes' `flags`: whether any word of the text is, say, an event head or a sports word. */
  flags: number;
}

export class Vocabulary {
  private current = new LexemeTable(GENERATION);
  private previous = new LexemeTable(GENERATION);
  private readonly tries: object[] = [];
  /**
   * The token objects of the last text read, reused for the next: tokens were a quarter of the bytes a document
   * allocated (measured with V8's sampling heap profiler: 500 → 394 MB allocated for 10 MB of news).
   */
  private readonly tokenPool: Token[] = [];
  private readonly lexemePool: Lexeme[] = [];
  private analyzed = 0;
  private gate: AnalysisGate | undefined;
  /** The trie bits (`trieBit`) of the gate's rule tries: a word the gate stops is known to open none of them. */
  private gatedTries = 0;

  constructor(private readonly model: VocabularyModel) {}

  /**
   * The tokens of a normalized text and their lexemes, in one pass: each token's text is looked up where it lies in
   * the text, and a known word's token takes the lexeme's own string instead of a new slice.
   */
  read(text: string): ReadText {
    const pool = this.lexemePool;
    let k = 0;
    let flags = 0;
    const n = tokenizeInto(text, this.tokenPool, (t, start, end, kind, hash) => {
      const lexeme = this.lexemeAt(t, start, end, kind, hash);
      if (k < pool.length) pool[k] = lexeme;
      else pool.push(lexeme);
      k++;
      flags |= lexeme.flags;
      return lexeme.norm;
    });
    const tokens = this.tokenPool.slice(0, n);
    const lexemes = pool.slice(0, n);
    if (n > POOL_MAX) {
      this.tokenPool.length = POOL_MAX;
      pool.length = POOL_MAX;
    }
    return { tokens, lexemes, flags };
  }

  /**
   * The bit that stands for a rule trie in `Lexeme.memo` (Memo.TriesChecked; the tries are numbered as they are
   * first asked about); 0 once the bits are used up, and the caller then asks the trie itself.
   */
  trieBit(root: object): number {
    let k = this.tries.indexOf(root);
    if (k < 0) {
      if (this.tries.length >= MAX_TRIES) return 0;
      k = this.tries.push(root) - 1;
    }
    return 1 << k;
  }

  /** The lexeme of the word `text[start, end)`, a token of kind `kind`, whose text hashes to `hash` (hashRange). */
  private lexemeAt(text: string, start: number, end: number, kind: TokenKind, hash: number): Lexeme {
    const known = this.current.find(text, start, end, hash);
    if (known) return known;
    const lexeme = this.previous.find(text, start, end, hash) ?? this.analyze(ownSlice(text, start, end), kind, hash);
    if (this.current.full) {
      const older = this.previous;
      this.previous = this.current;
      this.current = older;
      this.current.clear();
    }
    this.current.add(lexeme, hash);
    return lexeme;
  }

  /** A word's facts; the same text always has the same kind of token. */
  private analyze(norm: string, kind: TokenKind, hash: number): Lexeme {
    const gate = this.gateNow();
    // A word that can be nothing to the lookups lexemeOf makes gets no facts (analysis-gate.ts), nor its readings.
    if (kind === TokenKind.Arabic && gate !== undefined && !gate.mayMatch(norm, hash)) {
      const plain = new Lexeme(norm, kind, undefined, NONE, undefined, 0);
      plain.memo = this.gatedTries;
      return plain;
    }
    // Only an Arabic word has proclitic readings: any other token's analyses are the whole token (readingsOf).
    return lexemeOf(norm, kind, analyzeClitics(norm), this.model);
  }

  /** The analysis gate, once GATE_AFTER words were analyzed; none before. */
  private gateNow(): AnalysisGate | undefined {
    if (this.gate === undefined && ++this.analyzed >= GATE_AFTER) {
      this.gate = new AnalysisGate(this.model.lexicon, this.model.rules);
      for (const trie of this.gate.ruleTries) this.gatedTries |= this.trieBit(trie.root);
    }
    return this.gate;
  }
}

/** A word's facts, looked up in the model's lexicon and rules (`analyses`: its proclitic readings). */
export function lexemeOf(norm: string, kind: TokenKind, analyses: readonly CliticAnalysis[], model: VocabularyModel): Lexeme {
  const { lexicon, rules } = model;
  const starts = lexicon ? lexiconStarts(norm, kind, analyses, lexicon.trie.root) : NONE;
  const variant = lexicon && kind === TokenKind.Arabic && starts.length === 0 ? spellingVariant(norm, analyses, lexicon, rules?.ordinaryWords) : undefined;
  let flags = dateWordFlags(norm, kind, analyses);
  if (rules && isSportWord(norm, rules.lists.sportWords)) flags |= WordFlag.Sport;
  if (rules && isInOrAfterProclitic(norm, rules.lists.eventHeads)) flags |= WordFlag.EventHead;
  if (rules && isInOrAfterProclitic(norm, triggerWords(rules.lists.licenseTriggers))) flags |= WordFlag.LicenseTrigger;
  const phrase = lexicon && kind === TokenKind.Arabic ? phraseStart(analyses, lexicon, rules?.ordinaryWords) : undefined;
  return new Lexeme(norm, kind, analyses, starts, variant, flags, phrase);
}

const vocabularies = new WeakMap<VocabularyModel, Vocabulary>();

/** The vocabulary of a model, made on first use and kept as long as the model. */
export function vocabularyOf(model: VocabularyModel): Vocabulary {
  let v = vocabularies.get(model);
  if (!v) {
    v = new Vocabulary(model);
    vocabularies.set(model, v);
  }
  return v;
}
