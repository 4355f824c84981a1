/**
 * The lexemes of a model (lexeme.ts): each distinct word analyzed once and remembered, so that a document's tokens
 * cost one hash look-up each before the recognizers run. Text repeats its words, and a corpus its vocabulary; an open
 * vocabulary is bounded by keeping two generations of words and dropping the older one when the newer fills up.
 */
import { analyzeClitics, type CliticAnalysis } from '../text/clitics.js';
import { TokenKind, type Token } from '../text/tokenize.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { lexiconStarts, spellingVariant } from './gazetteer.js';
import { Lexeme, WordFlag, type TrieStart } from './lexeme.js';
import { dateWordFlags } from './dates/view.js';
import { isSportWord } from './license.js';
import type { RuleModel } from './rules/index.js';

/** What the lexemes are computed against: a model's lexicon and rules (either may be absent). */
export interface VocabularyModel {
  lexicon?: CompiledLexicon;
  rules?: RuleModel;
}

/** Words per generation: at most twice this many lexemes are kept. */
const GENERATION = 1 << 14;
/** Rule tries a vocabulary can tell apart: one bit each in a 31-bit integer. */
const MAX_TRIES = 30;
/**
 * V8 keeps a substring of 13 characters or more as a view into its parent string: a key cached as it was sliced
 * would keep the whole document alive.
 */
const SLICE_MIN = 13;

const NONE: readonly TrieStart[] = [];

export class Vocabulary {
  private current = new Map<string, Lexeme>();
  private previous = new Map<string, Lexeme>();
  private readonly tries: object[] = [];

  constructor(private readonly model: VocabularyModel) {}

  /** The lexeme of each token. */
  lexemes(tokens: readonly Token[]): Lexeme[] {
    const out = new Array<Lexeme>(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.lexeme(tokens[i].norm, tokens[i].kind);
    return out;
  }

  /**
   * The bit that stands for a rule trie in `Lexeme.triesChecked` (the tries are numbered as they are first asked
   * about); 0 once the bits are used up, and the caller then asks the trie itself.
   */
  trieBit(root: object): number {
    let k = this.tries.indexOf(root);
    if (k < 0) {
      if (this.tries.length >= MAX_TRIES) return 0;
      k = this.tries.push(root) - 1;
    }
    return 1 << k;
  }

  private lexeme(norm: string, kind: TokenKind): Lexeme {
    let lexeme = this.current.get(norm);
    if (lexeme) return lexeme;
    lexeme = this.previous.get(norm) ?? this.analyze(norm.length >= SLICE_MIN ? Buffer.from(norm, 'utf8').toString('utf8') : norm, kind);
    if (this.current.size >= GENERATION) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(lexeme.norm, lexeme);
    return lexeme;
  }

  /** A word's facts; the same text always has the same kind of token. */
  private analyze(norm: string, kind: TokenKind): Lexeme {
    const { lexicon, rules } = this.model;
    const analyses: readonly CliticAnalysis[] = kind === TokenKind.Arabic ? analyzeClitics(norm) : [{ prefixLength: 0, stem: norm }];
    const starts = lexicon ? lexiconStarts(norm, kind, analyses, lexicon.trie.root) : NONE;
    const variant = lexicon && kind === TokenKind.Arabic && starts.length === 0 ? spellingVariant(norm, analyses, lexicon, rules?.ordinaryWords) : undefined;
    let flags = dateWordFlags(norm, kind, analyses);
    if (rules && isSportWord(norm, rules.lists.sportWords)) flags |= WordFlag.Sport;
    return new Lexeme(norm, kind, analyses, starts, variant, flags);
  }
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
