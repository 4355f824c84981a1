/**
 * What the context rules know about each token of a document: which lexicon or date candidates start or cover it,
 * and whether it can be part of a name (not a function word, a common word, a title, a verb of saying…).
 */
import { analyzeClitics, isCliticLetter, type CliticAnalysis } from '../../text/clitics.js';
import { TokenKind, type Token } from '../../text/tokenize.js';
import type { Candidate } from '../candidate.js';
import type { TrieNodeView, TrieView } from '../../lexicon/trie.js';
import type { RuleLists, ListEntry } from './wordlists.js';

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

export class RuleContext {
  /** Unambiguous lexicon candidates by the index of their first token. */
  private readonly starts = new Map<number, Candidate[]>();
  /** Ambiguous ones (بوش: two presidents; عباس: also a common word), which only bound a name a rule found. */
  private readonly ambiguousStarts = new Map<number, Candidate[]>();
  /** 1 where a date candidate covers the token. */
  private readonly inDate: Uint8Array;
  private readonly tokenStarts: number[];

  constructor(
    readonly tokens: readonly Token[],
    lexiconCandidates: readonly Candidate[],
    dateCandidates: readonly Candidate[],
    readonly lists: RuleLists,
    /** Tokens of the lexicon's person names: surnames and given names the rules may trust. */
    readonly knownNameTokens: ReadonlySet<string>,
    /** Words that end lexicon person names and never begin one (ماكرون, بوش). */
    readonly knownSurnames: ReadonlySet<string>,
    /** The original text of a token, before normalization (for ى and tanween, which normalization erases). */
    private readonly originalOf: (token: Token) => string,
  ) {
    this.tokenStarts = tokens.map((t) => t.start);
    for (const c of lexiconCandidates) {
      const starts = c.ambiguous ? this.ambiguousStarts : this.starts;
      const i = this.tokenAt(c.start);
      const list = starts.get(i);
      if (list) list.push(c);
      else starts.set(i, [c]);
    }
    this.inDate = new Uint8Array(tokens.length);
    for (const d of dateCandidates) {
      for (let i = this.tokenAt(d.start); i < tokens.length && tokens[i].start < d.end; i++) this.inDate[i] = 1;
    }
  }

  private writtenWithAlefMaqsura(t: Token): boolean {
    return this.originalOf(t).includes('ى');
  }

  /** Tanween written on a word (هدفاً, بديلاً): an indefinite noun or adjective, never a name. */
  private hasTanween(t: Token): boolean {
    const original = this.originalOf(t);
    // Most words lose nothing to normalization: no marks, so no tanween.
    return original.length !== t.end - t.start && /[\u064B-\u064D]/.test(original);
  }

  /** The index of the token containing normalized offset `offset`. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokenStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.tokenStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The index of the last token a candidate covers. */
  lastTokenOf(c: Candidate): number {
    return this.tokenAt(c.end - 1);
  }

  /** The longest lexicon candidate of one of `types` starting at token i. */
  lexiconAt(i: number, types?: ReadonlySet<string>, ambiguous = false): Candidate | undefined {
    let best: Candidate | undefined;
    for (const c of (ambiguous ? this.ambiguousStarts : this.starts).get(i) ?? []) {
      if (types && !types.has(c.type)) continue;
      if (!best || c.end - c.start > best.end - best.start) best = c;
    }
    return best;
  }

  isDate(i: number): boolean {
    return this.inDate[i] === 1;
  }

  /** The longest phrase of `trie` starting at token i, through a proclitic on the first token if need be. */
  phraseAt(trie: TrieView<ListEntry>, i: number, clitics = true): PhraseMatch | undefined {
    const t = this.tokens[i];
    if (!t || t.kind === TokenKind.Punct || t.kind === TokenKind.Digits) return undefined;
    const whole = this.phraseFrom(trie.root.children.get(t.norm), i, t.start);
    if (whole) return whole;
    // Through a proclitic only when the token can carry one (most tokens cannot).
    if (!clitics || t.kind !== TokenKind.Arabic || !isCliticLetter(t.norm[0])) return undefined;
    const analyses = this.analysesOf(i);
    for (let a = 1; a < analyses.length; a++) {
      const found = this.phraseFrom(trie.root.children.get(analyses[a].stem), i, t.start + analyses[a].prefixLength);
      if (found) return found;
    }
    return undefined;
  }

  /** Is token i, or its stem after a proclitic (بجائزة -> جائزه), in one of `sets`? */
  stemIn(i: number, ...sets: ReadonlySet<string>[]): boolean {
    const t = this.tokens[i];
    if (t.kind !== TokenKind.Arabic) return false;
    const analyses = isCliticLetter(t.norm[0]) ? this.analysesOf(i) : [{ prefixLength: 0, stem: t.norm }];
    return analyses.some((a) => sets.some((s) => s.has(a.stem)));
  }

  private readonly analyses: Array<CliticAnalysis[] | undefined> = [];

  /** A token's clitic analyses, computed once however many phrase lists ask. */
  private analysesOf(i: number): CliticAnalysis[] {
    return (this.analyses[i] ??= analyzeClitics(this.tokens[i].norm));
  }

  /** The longest phrase from a first-token node, or undefined. */
  private phraseFrom(first: TrieNodeView<ListEntry> | undefined, i: number, start: number): PhraseMatch | undefined {
    let node: TrieNodeView<ListEntry> | undefined = first;
    let j = i;
    let best: PhraseMatch | undefined;
    while (node) {
      if (node.values.length) best = { entry: node.values[0], last: j, start };
      j++;
      if (j >= this.tokens.length || this.tokens[j].lineBreakBefore) break;
      node = node.children.get(this.tokens[j].norm);
    }
    return best;
  }

  /** A word no name contains: a function word, a common noun or adjective, a verb of saying, a title or a head. */
  isOrdinaryWord(word: string): boolean {
    const l = this.lists;
    return l.stopWords.has(word) || l.commonWords.has(word) || l.sayingVerbs.has(word) || l.modifiers.has(word) || l.titleWords.has(word) || l.headWords.has(word);
  }

  /**
   * A common word with a dual, plural, accusative or possessive ending (هدفين, برنامجا, هجوما, قراره): the stem
   * is in the common-word list.
   */
  private isInflectedCommonWord(word: string): boolean {
    for (const suffix of INFLECTIONS) {
      if (word.length - suffix.length >= 3 && word.endsWith(suffix) && this.lists.commonWords.has(word.slice(0, -suffix.length))) return true;
    }
    return false;
  }

  /** The word without a proclitic, when that is an ordinary word (وقال -> قال): such a token ends a name. */
  private ordinaryWithClitic(token: Token): boolean {
    if (!isCliticLetter(token.norm[0])) return false;
    for (const a of analyzeClitics(token.norm)) if (a.prefixLength > 0 && this.isOrdinaryWord(a.stem)) return true;
    return false;
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
    if (t.norm === ALI) return !this.writtenWithAlefMaqsura(t);
    // Particles (بن, أبو, آل) join name words; alone they are not one.
    if (NAME_PARTICLES.has(t.norm)) return false;
    if (this.isOrdinaryWord(t.norm) || this.hasTanween(t)) return false;
    if (t.kind === TokenKind.Arabic && this.isInflectedCommonWord(t.norm)) return false;
    if (this.lexiconAt(i, NON_PERSON)) return false;
    if (t.kind === TokenKind.Arabic) {
      if (this.ordinaryWithClitic(t)) return false;
      const known = this.knownNameTokens.has(t.norm) || this.lists.givenNameWords.has(t.norm);
      if (first && t.norm.startsWith('ال') && !known) return false;
      if (!known && looksLikeClauseWord(t.norm)) return false;
    }
    return true;
  }

  /** A word of a lexicon person's name that is not a given name: a surname (بوش, ماكرون). */
  isKnownSurname(i: number): boolean {
    const w = this.tokens[i]?.norm;
    return w !== undefined && this.knownSurnames.has(w) && !this.lists.givenNameWords.has(w);
  }

  isKnownName(i: number): boolean {
    const w = this.tokens[i]?.norm;
    return w !== undefined && (this.knownNameTokens.has(w) || this.lists.givenNameWords.has(w) || (w === ALI && !this.writtenWithAlefMaqsura(this.tokens[i])));
  }
}

/** Endings of common nouns and adjectives, longest first. */
const INFLECTIONS = ['هما', 'هم', 'ها', 'ين', 'ان', 'ون', 'ات', 'ه', 'ا'];

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
