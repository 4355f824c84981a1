/**
 * What the recognizers know about a word by itself, apart from its context: its proclitic readings, the lexicon
 * trie nodes it opens, the word lists that hold it, whether a date can begin with it. A word's facts are computed
 * once per model (vocabulary.ts) and shared by every token spelled the same way, so that a recognizer asks one
 * lexeme instead of a dozen sets and tries per token.
 */
import { skeleton } from '../lexicon/fuzzy.js';
import { analyzeClitics, type CliticAnalysis } from '../text/clitics.js';
import type { TokenKind } from '../text/tokenize.js';
import type { FormRef } from '../lexicon/compile.js';
import type { TrieNodeView } from '../lexicon/trie.js';

/** One bit per fact; each recognizer sets and reads its own. */
export const enum WordFlag {
  /** A date expression can begin with the word (dates/view.ts). */
  DateStart = 1 << 0,
  /** A word of sports reporting, or one after a proclitic (license.ts). */
  Sport = 1 << 1,
  /** A word no name contains: function word, common word, verb of saying, modifier, title or head (rules). */
  Ordinary = 1 << 2,
  /** After a proclitic, an ordinary word (وقال). */
  OrdinaryAfterClitic = 1 << 3,
  /** A particle inside names (بن, أبو, آل). */
  NameParticle = 1 << 4,
  /** A word of a lexicon person's name, or a given name. */
  KnownName = 1 << 5,
  /** A word ending lexicon person names that is not a given name (بوش). */
  KnownSurname = 1 << 6,
  /** A word that continues a clause rather than a name (`looksLikeClauseWord`). */
  ClauseWord = 1 << 7,
  /** Starts with the article ال. */
  Definite = 1 << 8,
  /** علي, the name or (written على) the preposition: the original text decides. */
  Ali = 1 << 9,
  /** A date word begins with the word as a whole (dates/view.ts). */
  DateWord = 1 << 10,
  /** A date word begins with one of the word's proclitic readings. */
  DateWordAfterClitic = 1 << 11,
  /** A common word with a dual, plural, accusative or possessive ending (هدفين, برنامجا): not a name (rules). */
  InflectedCommon = 1 << 12,
  /** An event head (كأس, دوري), or one after a proclitic (بكأس): places after it name the event (rules/index.ts). */
  EventHead = 1 << 13,
  /** A word that licenses some ambiguous form after it (مراسل), or one after a proclitic (license.ts). */
  LicenseTrigger = 1 << 14,
}

/** A lexicon trie node a word opens: as a whole, or through a proclitic (after `prefixLength` characters). */
export interface TrieStart {
  readonly node: TrieNodeView<FormRef>;
  readonly prefixLength: number;
  readonly viaClitic: boolean;
}

/** A one-word name the lexicon does not list as spelled, found through its skeleton (lexicon/fuzzy.ts). */
export interface VariantMatch {
  readonly ref: FormRef;
  readonly prefixLength: number;
}

/** The skeleton-trie node a word opens (after `prefixLength` characters of proclitic): names of several words (fuzzy.ts). */
export interface PhraseStart {
  readonly node: TrieNodeView<FormRef>;
  readonly prefixLength: number;
}

/**
 * The layout of `Lexeme.memo`: five sets of bits in one integer rather than five fields, because a lexeme lives as
 * long as the vocabulary keeps its word (a field is 8 bytes; a lexeme was 136 with five of them, 104 with one).
 */
export const enum Memo {
  /** Rule tries the word was checked against: bit k for the vocabulary's trie k (`Vocabulary.trieBit`, at most 8). */
  TriesChecked = 0,
  /** Of those, the tries the whole word opens (the checked bit shifted by this). */
  TriesWhole = 8,
  /** Of those, the tries a proclitic reading opens. */
  TriesStem = 16,
  /** Rule families (RuleStart in rules/context.ts, at most 3) asked whether they can begin at the word. */
  RulesChecked = 24,
  /** Of those, the ones that can. */
  RulesStarting = 27,
}

export class Lexeme {
  /**
   * What the rules know about the word (the WordFlag bits Ordinary to Ali, and InflectedCommon), computed by the rules the first time
   * they ask (-1 until then): most words never reach a question the rules ask of a word.
   */
  ruleFlags = -1;
  /**
   * What the rules asked of the word and learned, in the bits laid out by `Memo`: which rule tries (numbered by the
   * vocabulary) the word was checked against and which of them it opens, which rule families were asked whether they
   * can begin at it and which can. Most words begin no rule, and a rule then costs one test of a bit per token.
   */
  memo = 0;

  constructor(
    readonly norm: string,
    readonly kind: TokenKind,
    /**
     * The proclitic readings, the whole word first (an Arabic word only has more than the first); undefined for a
     * word the analysis gate stopped, whose readings are made again if a rule asks for them (`analyses`).
     */
    private readings: readonly CliticAnalysis[] | undefined,
    /** The lexicon trie nodes the word opens, in the order the gazetteer walks them. */
    readonly lexicon: readonly TrieStart[],
    /** A spelling variant of a name, for an Arabic word that opens nothing in the lexicon. */
    readonly variant: VariantMatch | undefined,
    /** WordFlag bits known when the word is first seen (dates, sport). */
    readonly flags: number,
    /** The beginning of a name of several words, spelled or misspelled, for an Arabic word. */
    readonly phrase: PhraseStart | undefined = undefined,
  ) {}

  /**
   * The proclitic readings, the whole word first. A new word with no facts does not keep them (most are never asked
   * for again: the document memory works them out from the word, clitics.ts `readingsOf`), so that the vocabulary's
   * words weigh less: the collector copies each twice and marks it until its generation is dropped.
   */
  get analyses(): readonly CliticAnalysis[] {
    return (this.readings ??= analyzeClitics(this.norm));
  }

  private skeletonText: string | undefined;
  /** The word's skeleton (lexicon/fuzzy.ts), made when a name of several words is read through it. */
  get skeleton(): string {
    return (this.skeletonText ??= skeleton(this.norm));
  }
}
