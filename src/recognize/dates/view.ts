/**
 * The tokens of a document as the date grammar sees them: date words found through a token trie (built through the
 * same normalizer and tokenizer as the text, with proclitic analysis on the first token), digits, punctuation.
 * Word look-ups are memoized per token, so the grammar may ask about a token many times at the cost of one.
 */
import { hasChildren, TokenTrie } from '../../lexicon/trie.js';
import { analyzeClitics, isArticleAfterLamAt, isCliticAt, readingsOf, type CliticAnalysis } from '../../text/clitics.js';
import { TokenKind, type Token } from '../../text/tokenize.js';
import { DATE_WORD_FIELDS, type DateWord } from './words.js';
import { keyedWords } from './keyed-words.js';
import { WordFlag, type Lexeme } from '../lexeme.js';
import { TokenSlots, type StampedSlots } from '../token-slots.js';

export interface WordMatch {
  /** Every meaning of the matched words (عام is a year word and a unit). */
  words: readonly DateWord[];
  /** Each meaning with the match: what `word()` returns, built once per match. */
  each: ReadonlyArray<WordOf<DateWord['kind']>>;
  /** Index of the last token of the match. */
  last: number;
  /** Offset where the match starts, after a proclitic. */
  start: number;
  /** The proclitic letters on the first token ('' for none). */
  prefix: string;
  /** The first meaning: the match is its own first entry of `each`. */
  word: DateWord;
}

export type WordOf<K extends DateWord['kind']> = WordMatch & { word: Extract<DateWord, { kind: K }> };

/** Kinds of words an expression can begin with; the others (relative words, units, eras …) only follow. */
export const STARTER_KINDS: ReadonlySet<DateWord['kind']> = new Set<DateWord['kind']>([
  'month', 'hijriMonth', 'weekday', 'yearWord', 'dayWord', 'monthWord', 'deictic', 'period', 'this', 'offset',
  'modifier', 'spanOpen', 'holiday', 'decade', 'century', 'hourWord', 'number', 'yearPart', 'season',
]);

interface Compiled {
  trie: TokenTrie<DateWord>;
  /** Normalized first tokens of the words that can start an expression: the per-token quick check. */
  starters: Set<string>;
  /** The longest starter, in characters: longer tokens (with up to three proclitic letters) cannot start a date. */
  longestStarter: number;
}

let compiled: Compiled | undefined;

/**
 * A date word with the fields of every kind, in one order, undefined where its kind has none. The grammar reads
 * `kind` and the other fields of words of some twenty shapes (one per kind, two for units); numberAt, optimized on
 * the few it had seen, deoptimized ("wrong map") on the next one, and the reads stayed polymorphic. With one hidden
 * class they are monomorphic, and the fields take their final representation here, before any code is optimized.
 */
function oneShape(word: DateWord): DateWord {
  const w = word as unknown as Partial<Record<string, unknown>>;
  // A field added to a kind of date word must be added here and to DATE_WORD_FIELDS, or it would be dropped.
  for (const key in w) if (!DATE_WORD_FIELDS.has(key)) throw new Error(`date word field "${key}" missing from oneShape`);
  const same = {
    kind: w.kind, month: w.month, strength: w.strength, day: w.day, direction: w.direction, calendar: w.calendar, days: w.days,
    unit: w.unit, count: w.count, part: w.part, connector: w.connector, decade: w.decade, minutes: w.minutes, months: w.months, role: w.role,
    value: w.value,
  };
  return same as unknown as DateWord;
}

export function dateWords(): Compiled {
  if (!compiled) {
    const trie = new TokenTrie<DateWord>();
    const starters = new Set<string>();
    // Indexed rather than destructured in a for…of: this runs at every start, where each step of an iterator and
    // each destructured pair is an allocation (see keyed-words.ts).
    const words = keyedWords();
    for (let i = 0; i < words.length; i++) {
      const keys = words[i][0];
      const word = words[i][1];
      trie.add(keys, oneShape(word));
      if (STARTER_KINDS.has(word.kind)) starters.add(keys[0]);
    }
    let longestStarter = 0;
    starters.forEach((s) => (longestStarter = Math.max(longestStarter, s.length)));
    compiled = { trie, starters, longestStarter };
  }
  return compiled;
}

/** What the date grammar knows about a word by itself (WordFlag bits), for its lexeme. */
export function dateWordFlags(norm: string, kind: TokenKind, analyses: readonly CliticAnalysis[]): number {
  if (kind === TokenKind.Punct) return 0;
  const root = dateWords().trie.root;
  let flags = root.children.get(norm) ? WordFlag.DateWord : 0;
  if (kind !== TokenKind.Arabic) return flags;
  if (couldStartDate(norm)) flags |= WordFlag.DateStart;
  for (let a = 1; a < analyses.length; a++) {
    if (!root.children.get(analyses[a].stem)) continue;
    flags |= WordFlag.DateWordAfterClitic;
    break;
  }
  return flags;
}

/** Could a date expression begin with this Arabic word (perhaps after proclitics)? Set look-ups only. */
export function couldStartDate(s: string): boolean {
  const { starters, longestStarter } = dateWords();
  if (starters.has(s)) return true;
  if (s.length > longestStarter + 3 || !isCliticAt(s, 0)) return false;
  for (let k = 1; k <= 3 && k < s.length - 1; k++) {
    if (!isCliticAt(s, k - 1)) break;
    const stem = s.slice(k);
    if (starters.has(stem) || (isArticleAfterLamAt(s, k) && starters.has('ا' + stem))) return true;
  }
  return false;
}

const NONE: readonly WordMatch[] = [];

/**
 * A match, which is also the entry of its first meaning in `each` (most words have one meaning): one object fewer
 * per match, and matches and entries share one hidden class.
 */
function wordMatch(words: readonly DateWord[], last: number, start: number, prefix: string): WordMatch {
  // Sized to fit: an array that starts empty gets room for 16 entries at its first push (144 bytes), where most words
  // have one meaning.
  const each = new Array<WordOf<DateWord['kind']>>(words.length);
  const m = { words, each, last, start, prefix, word: words[0] } as WordOf<DateWord['kind']>;
  each[0] = m;
  for (let k = 1; k < words.length; k++) each[k] = { words, each, last, start, prefix, word: words[k] } as WordOf<DateWord['kind']>;
  return m;
}

/** Where the views remember their matches: two readings per token, without and with proclitics. */
const remembering = new TokenSlots(2);

export class TokenView {
  private readonly words = dateWords();
  private readonly memo: StampedSlots;
  /** The matches remembered, at the indexes `memo` gives. */
  private readonly remembered: Array<readonly WordMatch[]> = [];

  constructor(
    readonly tokens: readonly Token[],
    /** The tokens' lexemes (vocabulary.ts), when the caller has them: the word facts are then looked up, not computed. */
    private readonly lexemes?: readonly Lexeme[],
  ) {
    this.memo = remembering.begin(tokens.length);
  }

  get length(): number {
    return this.tokens.length;
  }

  norm(i: number): string | undefined {
    return this.tokens[i]?.norm;
  }

  /** The tokens touch: no space between them. */
  adjacent(a: number, b: number): boolean {
    const ta = this.tokens[a];
    const tb = this.tokens[b];
    return ta !== undefined && tb !== undefined && ta.end === tb.start;
  }

  /** A run of digits of the given length, as a number. */
  digits(i: number, minLen = 1, maxLen = 4): number | undefined {
    const t = this.tokens[i];
    if (!t || t.kind !== TokenKind.Digits || t.norm.length < minLen || t.norm.length > maxLen) return undefined;
    return Number(t.norm);
  }

  isDigits(i: number): boolean {
    return this.tokens[i]?.kind === TokenKind.Digits;
  }

  punct(i: number, chars: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === TokenKind.Punct && chars.includes(t.norm);
  }

  /** The quick check run on every token: could a date expression begin here? */
  couldStart(i: number): boolean {
    const t = this.tokens[i];
    if (t.kind === TokenKind.Digits) return true;
    if (t.kind !== TokenKind.Arabic) return false;
    return this.lexemes ? (this.lexemes[i].flags & WordFlag.DateStart) !== 0 : couldStartDate(t.norm);
  }

  /**
   * Every date word starting at token i, longest first; with `clitics`, also after the proclitics of the first
   * token (the whole token is tried first). Multi-token words do not cross a line break.
   */
  matches(i: number, clitics = false): readonly WordMatch[] {
    const t = this.tokens[i];
    // A token with no proclitic reading has the whole token alone for analyses: share the plain result. (Asked of
    // the word, not of its lexeme, which may not keep its readings: Lexeme.analyses.)
    if (clitics && t && readingsOf(t.norm) === 0) clitics = false;
    // Most words begin no date word, and their lexeme says so: nothing to remember.
    if (t && this.lexemes && (this.lexemes[i].flags & (clitics ? WordFlag.DateWord | WordFlag.DateWordAfterClitic : WordFlag.DateWord)) === 0) return NONE;
    const { slots, stamp } = this.memo;
    const key = 2 * i + (clitics ? 1 : 0);
    const found = slots.find(stamp, key);
    if (found >= 0) return this.remembered[found];
    let out: WordMatch[] | undefined;
    if (t && t.kind !== TokenKind.Punct) {
      const analyses = clitics && t.kind === TokenKind.Arabic ? (this.lexemes?.[i].analyses ?? analyzeClitics(t.norm)) : undefined;
      const count = analyses ? analyses.length : 1;
      for (let k = 0; k < count; k++) {
        const prefixLength = analyses ? analyses[k].prefixLength : 0;
        let node = this.words.trie.root.children.get(analyses ? analyses[k].stem : t.norm);
        let j = i;
        // This reading's matches go before one another as they grow longer: longest first.
        const from = out === undefined ? 0 : out.length;
        while (node) {
          if (node.values.length) {
            const m = wordMatch(node.values, j, t.start + prefixLength, t.norm.slice(0, prefixLength));
            // The first match starts a list of one (an empty list's first push would give it room for 16); a
            // further one, rare, goes before the shorter matches of its reading: longest first.
            if (out === undefined) out = [m];
            else out.push(m);
            for (let k = out.length - 1; k > from; k--) out[k] = out[k - 1];
            out[from] = m;
          }
          j++;
          if (!hasChildren(node) || j >= this.tokens.length || this.tokens[j].lineBreakBefore) break;
          node = node.children.get(this.tokens[j].norm);
        }
      }
    }
    const result = out ?? NONE;
    slots.keep(stamp, key, this.remembered.push(result) - 1);
    return result;
  }

  /** The longest date word of a kind starting at token i. */
  word<K extends DateWord['kind']>(i: number, kind: K, clitics = false): WordOf<K> | undefined {
    for (const m of this.matches(i, clitics)) {
      for (const w of m.each) if (w.word.kind === kind) return w as WordOf<K>;
    }
    return undefined;
  }
}
