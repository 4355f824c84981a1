/**
 * What the context rules know about each token of a document: which lexicon or date candidates start or cover it,
 * and whether it can be part of a name (not a function word, a common word, a title, a verb of saying…).
 */
import type { CliticAnalysis } from '../../text/clitics.js';
import { TokenKind, type Token } from '../../text/tokenize.js';
import { TokenSlots, type StampedSlots } from '../token-slots.js';
import type { Candidate } from '../candidate.js';
import type { EntityType } from '../../lexicon/types.js';
import { hasChildren, type TrieNodeView, type TrieView } from '../../lexicon/trie.js';
import type { RuleLists, ListEntry } from './wordlists.js';
import { Memo, WordFlag, type Lexeme } from '../lexeme.js';
import { tokenIndexAt } from '../word-before.js';
import type { Vocabulary } from '../vocabulary.js';
import type { OriginalText, RuleModel } from './index.js';

/**
 * A definite nisba adjective (البلغاري, الجنوبية), whether or not the lexicons know the nationality: after a title it
 * qualifies the title; after a name it qualifies the name (وحماس الفلسطينية).
 */
export function isNisba(word: string): boolean {
  return word.length >= 5 && word.startsWith('ال') && /(?:ي|يه)$/.test(word);
}

/** Particles inside Arabic names: بن, ابن, بنت, أبو/أبي, آل, عبد, ولد (Mauritanian), أم. */
export const NAME_PARTICLES = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ال', 'عبد', 'ولد', 'ام', 'فان', 'فون', 'دي', 'دو', 'دا', 'ديل', 'ديلا', 'لو', 'لا']);

/** The word علي is the name Ali only where it was written with ي; written على it is the preposition "on". */
const ALI = 'علي';

export interface PhraseMatch {
  entry: ListEntry;
  /** Index of the phrase's last token. */
  last: number;
  /** Normalized offset where the phrase starts (after any proclitic). */
  start: number;
}

/**
 * The rule families whose possible start a word's lexeme remembers (`RuleContext.mayStart`), one bit each, at most
 * three (Lexeme.memo keeps three bits for them, Memo).
 */
export const enum RuleStart {
  /** A person after a title, from a given name, after a verb of saying, a kunya, or reported (person.ts). */
  Person = 1 << 0,
  /** An organization after its head (organization.ts). */
  Organization = 1 << 1,
  /** A place after its head (place.ts). */
  Place = 1 << 2,
}

/** Where rule contexts keep their lexicon candidates by first token (token-slots.ts). */
const candidatesByStart = new TokenSlots(2);

export class RuleContext {
  /**
   * The lexicon candidates starting at each token, unambiguous (reading 0) and ambiguous (reading 1: بوش, two
   * presidents; عباس, also a common word, which only bound a name a rule found): indexes into `startLists`.
   */
  private readonly starts: StampedSlots;
  private readonly startLists: Candidate[][] = [];
  readonly lists: RuleLists;

  constructor(
    readonly tokens: readonly Token[],
    /** The tokens' lexemes: what the rules know about each word by itself (`ruleWordFlags`). */
    private readonly lexemes: readonly Lexeme[],
    /** Numbers the rule tries for the lexemes' memory of which tries a word opens. */
    private readonly vocabulary: Vocabulary,
    lexiconCandidates: readonly Candidate[],
    /** In text order, not overlapping (as the date grammar returns them). */
    private readonly dateCandidates: readonly Candidate[],
    /** The rule model the vocabulary's model holds: word lists and the lexicon's name words. */
    private readonly model: RuleModel,
    /** The document as read, for ى and tanween, which normalization erases. */
    private readonly original: OriginalText,
  ) {
    this.lists = model.lists;
    // The candidates come in text order, nearly: a cursor finds the token of most, a binary search the others'.
    let i = 0;
    this.starts = candidatesByStart.begin(tokens.length);
    const { slots, stamp } = this.starts;
    for (const c of lexiconCandidates) {
      if (tokens[i].start > c.start) i = this.tokenAt(c.start);
      else while (i + 1 < tokens.length && tokens[i + 1].start <= c.start) i++;
      const key = 2 * i + (c.ambiguous ? 1 : 0);
      const k = slots.find(stamp, key);
      if (k >= 0) this.startLists[k].push(c);
      else slots.keep(stamp, key, this.startLists.push([c]) - 1);
    }
  }

  /** The original text of a token, before normalization. */
  private originalOf(t: Token): string {
    return this.original.text.slice(this.original.toOriginal[t.start], this.original.toOriginal[t.end]);
  }

  /** Whether token i was written with a hamza on or under its alef: وأدى ("and performed") reads وادي ("valley"). */
  writtenWithHamzaAlef(i: number): boolean {
    return /[أإآ]/.test(this.originalOf(this.tokens[i]));
  }

  private writtenWithAlefMaqsura(t: Token): boolean {
    return this.originalOf(t).includes('ى');
  }

  /** Tanween written on a word (هدفاً, بديلاً): an indefinite noun or adjective, never a name. */
  private hasTanween(t: Token): boolean {
    // Most words lose nothing to normalization: no marks, so no tanween.
    const { toOriginal } = this.original;
    return toOriginal[t.end] - toOriginal[t.start] !== t.end - t.start && /[\u064B-\u064D]/.test(this.originalOf(t));
  }

  /** The index of the token containing normalized offset `offset`. */
  tokenAt(offset: number): number {
    return tokenIndexAt(this.tokens, offset);
  }

  /** The index of the last token a candidate covers. */
  lastTokenOf(c: Candidate): number {
    return this.tokenAt(c.end - 1);
  }

  /** The longest lexicon candidate of one of `types` starting at token i (an ambiguous one if `ambiguous`). */
  lexiconAt(i: number, types?: ReadonlySet<string>, ambiguous = false): Candidate | undefined {
    const { slots, stamp } = this.starts;
    // A context filled its entries once, when made: a newer one may have written over them.
    if (!slots.isLatest(stamp)) throw new Error('RuleContext: used after a newer one was made');
    const k = slots.find(stamp, 2 * i + (ambiguous ? 1 : 0));
    if (k < 0) return undefined;
    const list = this.startLists[k];
    let best: Candidate | undefined;
    for (const c of list) {
      if (types && !types.has(c.type)) continue;
      if (!best || c.end - c.start > best.end - best.start) best = c;
    }
    return best;
  }

  /** Does a date candidate cover (part of) token i? */
  isDate(i: number): boolean {
    const t = this.tokens[i];
    if (t === undefined) return false;
    // Dates do not overlap: only the last one starting before the token ends can reach into it.
    const dates = this.dateCandidates;
    let lo = 0;
    let hi = dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dates[mid].start < t.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && dates[lo - 1].end > t.start;
  }

  /** The longest phrase of `trie` starting at token i, through a proclitic on the first token if need be. */
  phraseAt(trie: TrieView<ListEntry>, i: number, clitics = true): PhraseMatch | undefined {
    const t = this.tokens[i];
    if (!t || t.kind === TokenKind.Punct || t.kind === TokenKind.Digits) return undefined;
    const root = trie.root;
    const opens = this.opens(this.lexemes[i], root);
    if (opens & OPENS_WHOLE) {
      const whole = this.phraseFrom(root.children.get(t.norm), i, t.start);
      if (whole) return whole;
    }
    // Through a proclitic only when the token can carry one and a reading opens the trie (most cannot), and not
    // when the whole word is an ordinary one: لدينا is "we have", not ل + دينا.
    if (!clitics || (opens & OPENS_STEM) === 0 || this.wordFlags(i) & WordFlag.Ordinary) return undefined;
    const analyses = this.lexemes[i].analyses;
    for (let a = 1; a < analyses.length; a++) {
      const found = this.phraseFrom(root.children.get(analyses[a].stem), i, t.start + analyses[a].prefixLength);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * Whether the word of token i opens `trie` as a whole or through a proclitic reading: what `phraseAt` (with
   * proclitics) needs before it can match. A fact of the word alone.
   */
  opensTrie(trie: TrieView<ListEntry>, i: number): boolean {
    return this.opens(this.lexemes[i], trie.root) !== 0;
  }

  /**
   * Whether the rule family `rule` can begin at token i. `test` answers from the word alone (never from the tokens
   * around it), so it is asked once per word and rule family; the word's lexeme keeps the answer.
   */
  mayStart(i: number, rule: RuleStart, test: (ctx: RuleContext, i: number) => boolean): boolean {
    const lexeme = this.lexemes[i];
    if ((lexeme.memo & (rule << Memo.RulesChecked)) === 0) {
      if (test(this, i)) lexeme.memo |= rule << Memo.RulesStarting;
      lexeme.memo |= rule << Memo.RulesChecked;
    }
    return (lexeme.memo & (rule << Memo.RulesStarting)) !== 0;
  }

  /** Is a word of sports reporting within `radius` tokens of token i? */
  nearSportWord(i: number, radius: number): boolean {
    for (let k = Math.max(0, i - radius); k <= Math.min(this.tokens.length - 1, i + radius); k++) if (this.lexemes[k].flags & WordFlag.Sport) return true;
    return false;
  }

  /**
   * Whether a word opens a trie as a whole (OPENS_WHOLE) or through a proclitic reading (OPENS_STEM): asked of the
   * trie once per word and trie, then remembered by the word's lexeme.
   */
  private opens(lexeme: Lexeme, root: TrieNodeView<ListEntry>): number {
    const bit = this.vocabulary.trieBit(root);
    if (bit === 0) return OPENS_WHOLE | OPENS_STEM;
    let memo = lexeme.memo;
    if ((memo & (bit << Memo.TriesChecked)) === 0) {
      if (root.children.get(lexeme.norm)) memo |= bit << Memo.TriesWhole;
      if (lexeme.kind === TokenKind.Arabic) {
        for (let a = 1; a < lexeme.analyses.length; a++) {
          if (!root.children.get(lexeme.analyses[a].stem)) continue;
          memo |= bit << Memo.TriesStem;
          break;
        }
      }
      lexeme.memo = memo | (bit << Memo.TriesChecked);
    }
    return (memo & (bit << Memo.TriesWhole) ? OPENS_WHOLE : 0) | (memo & (bit << Memo.TriesStem) ? OPENS_STEM : 0);
  }

  /** The longest phrase from a first-token node, or undefined. */
  private phraseFrom(first: TrieNodeView<ListEntry> | undefined, i: number, start: number): PhraseMatch | undefined {
    let node: TrieNodeView<ListEntry> | undefined = first;
    let j = i;
    let best: PhraseMatch | undefined;
    while (node) {
      if (node.values.length) best = { entry: node.values[0], last: j, start };
      j++;
      if (!hasChildren(node) || j >= this.tokens.length || this.tokens[j].lineBreakBefore) break;
      node = node.children.get(this.tokens[j].norm);
    }
    return best;
  }

  /** What the rules know about the word at i by itself (`ruleWordFlags`), kept by its lexeme once asked. */
  private wordFlags(i: number): number {
    const lexeme = this.lexemes[i];
    if (lexeme.ruleFlags < 0) lexeme.ruleFlags = ruleWordFlags(lexeme.norm, lexeme.kind, lexeme.analyses, this.model);
    return lexeme.ruleFlags;
  }

  /** A word no name contains: a function word, a common noun or adjective, a verb of saying, a title or a head. */
  isOrdinaryWord(word: string): boolean {
    return isOrdinary(this.lists, word);
  }

  /**
   * Can token i be part of a person's name? `first`: it would begin the name, so a definite word (ال…) must be a known
   * name token (الأسد is, الجديد is not). `continuing`: it would follow a name word, so a word that carries the
   * sentence on (وقال, بفوزه, يناهز) ends the name.
   */
  isNameToken(i: number, first: boolean, continuing = !first): boolean {
    const t = this.tokens[i];
    if (!t || (t.kind !== TokenKind.Arabic && t.kind !== TokenKind.Latin)) return false;
    if (t.norm.length < 2 || this.isDate(i)) return false;
    const f = this.wordFlags(i);
    if (f & WordFlag.Ali) return !this.writtenWithAlefMaqsura(t);
    // Particles (بن, أبو, آل) join name words; alone they are not one.
    if (f & (WordFlag.NameParticle | WordFlag.Ordinary | WordFlag.InflectedCommon) || this.hasTanween(t)) return false;
    if (this.lexiconAt(i, NON_PERSON)) return false;
    if (t.kind === TokenKind.Arabic) {
      if (f & WordFlag.OrdinaryAfterClitic) return false;
      const known = (f & WordFlag.KnownName) !== 0;
      if (first && f & WordFlag.Definite && !known) return false;
      if (!known && f & WordFlag.ClauseWord) return false;
    }
    return true;
  }

  /** A word of a lexicon person's name that is not a given name: a surname (بوش, ماكرون). */
  isKnownSurname(i: number): boolean {
    return i >= 0 && i < this.lexemes.length && (this.wordFlags(i) & WordFlag.KnownSurname) !== 0;
  }

  isKnownName(i: number): boolean {
    if (i < 0 || i >= this.lexemes.length) return false;
    const f = this.wordFlags(i);
    return (f & WordFlag.KnownName) !== 0 || ((f & WordFlag.Ali) !== 0 && !this.writtenWithAlefMaqsura(this.tokens[i]));
  }
}

const OPENS_WHOLE = 1;
const OPENS_STEM = 2;

/** A word no name contains: a function word, a common noun or adjective, a verb of saying, a title or a head. */
function isOrdinary(l: RuleLists, word: string): boolean {
  return l.stopWords.has(word) || l.commonWords.has(word) || l.sayingVerbs.has(word) || l.modifiers.has(word) || l.titleWords.has(word) || l.headWords.has(word);
}

/** What the rules know about a word by itself (WordFlag bits), for its lexeme. */
export function ruleWordFlags(norm: string, kind: TokenKind, analyses: readonly CliticAnalysis[], model: RuleModel): number {
  const lists = model.lists;
  let flags = 0;
  if (isOrdinary(lists, norm)) flags |= WordFlag.Ordinary;
  else if (kind === TokenKind.Arabic && isInflectedCommonWord(norm, lists.commonWords)) flags |= WordFlag.InflectedCommon;
  // The word without a proclitic, when that is an ordinary word (وقال -> قال): such a token ends a name.
  if (kind === TokenKind.Arabic && analyses.some((a) => a.prefixLength > 0 && isOrdinary(lists, a.stem))) flags |= WordFlag.OrdinaryAfterClitic;
  if (NAME_PARTICLES.has(norm)) flags |= WordFlag.NameParticle;
  if (model.knownNameTokens.has(norm) || lists.givenNameWords.has(norm)) flags |= WordFlag.KnownName;
  if (model.knownSurnames.has(norm) && !lists.givenNameWords.has(norm)) flags |= WordFlag.KnownSurname;
  if (looksLikeClauseWord(norm)) flags |= WordFlag.ClauseWord;
  if (norm.startsWith('ال')) flags |= WordFlag.Definite;
  if (norm === ALI) flags |= WordFlag.Ali;
  return flags;
}

/** Endings of common nouns and adjectives, longest first. */
const INFLECTIONS = ['هما', 'هم', 'ها', 'ين', 'ان', 'ون', 'ات', 'ه', 'ا'];

/**
 * A common word with a dual, plural, accusative or possessive ending (هدفين, برنامجا, هجوما, قراره): the stem
 * is in the common-word list.
 */
function isInflectedCommonWord(word: string, commonWords: ReadonlySet<string>): boolean {
  for (const suffix of INFLECTIONS) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix) && commonWords.has(word.slice(0, -suffix.length))) return true;
  }
  return false;
}

const NON_PERSON: ReadonlySet<string> = new Set(['LOC', 'ORG', 'NORP']);

/**
 * Preposition or conjunction with the article (بالقول, والرئيس, للشؤون): never inside a name. A bare ف before the
 * article is left out: فال begins too many transliterated names (فالدانو, فالنسيا).
 */
const CLITIC_ARTICLE = /^(?:[وف]?[بك]ال|[وف]?لل|وال)/;
/**
 * The future particle on a verb (سيتوجه, ستزور): س, a person prefix, then a consonant. A long vowel there means a
 * transliterated name instead (ستانيشيف, ستيفن, سنودن).
 */
const FUTURE_VERB = /^س[يتن][^اوي]/;
/** A present-tense verb (يناهز, يغني): ي then a consonant; يوهان, ياماموتو are names. */
const PRESENT_VERB = /^ي[^اوي]/;

/**
 * A word that continues the sentence rather than a name: a proclitic with the article, a conjunction, a future verb,
 * or a possessive suffix (وضواحيها, قوله). Known name words are exempt before this is asked.
 */
export function looksLikeClauseWord(word: string): boolean {
  if (CLITIC_ARTICLE.test(word)) return true;
  if (word.length >= 4 && word.startsWith('و')) return true;
  if (word.length >= 5 && FUTURE_VERB.test(word)) return true;
  if (word.length >= 4 && PRESENT_VERB.test(word)) return true;
  // A preposition on a word with a possessive (بتغلبه, بفوزه, لإقناعهم).
  if (word.length >= 4 && /^[بلك]/.test(word) && /(?:ه|ها|هما|هم|هن)$/.test(word)) return true;
  return word.length >= 5 && /(?:ها|هما|هم|هن|ته)$/.test(word);
}

/**
 * `out` with a rule's candidate added, or a new array of it when `out` is undefined: one push and one object literal
 * for the organization and place rules. Place heads are rare, and findPlaceCandidates, with a `const out = []` and
 * its own push, deoptimized three times a run: when it first reached the push, on an `out` of another map ("wrong
 * map"), and because an empty `[]` has small-integer elements until its first push, and an optimized push of an
 * object onto one deoptimizes ("not a Smi"). Here the array is made holding its first candidate (object elements from
 * the start), and the push has feedback from every organization as well.
 */
export function withRuleCandidate(out: Candidate[] | undefined, start: number, end: number, type: EntityType, confidence: number, rule: string): Candidate[] {
  const c: Candidate = { start, end, type, source: 'rule', confidence, rule };
  if (out === undefined) return [c];
  out.push(c);
  return out;
}
