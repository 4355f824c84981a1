/**
 * DATE candidates: a small grammar over tokens. Words (months, weekdays, relative words) come from a token trie
 * built through the same normalizer and tokenizer as the text; numbers are read from digit tokens.
 */
import { formKeys } from '../../lexicon/compile.js';
import { TokenTrie } from '../../lexicon/trie.js';
import { analyzeClitics } from '../../text/clitics.js';
import { TokenKind, type Token } from '../../text/tokenize.js';
import type { Candidate } from '../candidate.js';
import { allDateWords, type DateWord } from './words.js';
import { addDays, formatDay, formatMonth, formatYear, formatYmd, isValidYmd, weekdayOf, type Ymd } from './calendar.js';

export type PreferDates = 'past' | 'future';

export interface DateOptions {
  refDate: Ymd;
  prefer: PreferDates;
}

let wordTrie: TokenTrie<DateWord> | undefined;
export function dateWordTrie(): TokenTrie<DateWord> {
  if (!wordTrie) {
    wordTrie = new TokenTrie<DateWord>();
    for (const [name, word] of allDateWords()) wordTrie.add(formKeys(name), word);
  }
  return wordTrie;
}

interface WordMatch {
  word: DateWord;
  /** Index of the last token of the word. */
  last: number;
  start: number;
  /** The first token carried a proclitic (و, ب, …). */
  prefixed: string;
}

/** An expression parsed from tokens [first, last]. */
interface DateExpr {
  first: number;
  last: number;
  start: number;
  prefix: string;
  year?: number;
  month?: number;
  day?: number;
  /** The year was written (not inferred), so it can carry to earlier months of a list. */
  explicitYear: boolean;
  relative?: -1 | 0 | 1;
  grain: 'day' | 'month' | 'year';
  weak: boolean;
  value?: string;
}

const YEAR_MIN = 1000;
const YEAR_MAX = 2999;

/** Prepositions that make a weak month name (مارس is also a verb) a month. */
const MONTH_LICENSES = new Set(['في', 'شهر', 'خلال', 'منذ', 'حتي', 'مطلع', 'اواخر', 'منتصف', 'بدايه', 'نهايه', 'اوائل', 'اواسط', 'قبل', 'بعد', 'من', 'الي']);

export class DateRecognizer {
  private readonly trie = dateWordTrie();
  constructor(
    private readonly tokens: readonly Token[],
    private readonly options: DateOptions,
  ) {}

  private adjacent(a: number, b: number): boolean {
    return this.tokens[b] !== undefined && this.tokens[a].end === this.tokens[b].start;
  }

  private digits(i: number, minLen = 1, maxLen = 4): number | undefined {
    const t = this.tokens[i];
    if (!t || t.kind !== TokenKind.Digits || t.norm.length < minLen || t.norm.length > maxLen) return undefined;
    return Number(t.norm);
  }

  private isPunct(i: number, chars: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === TokenKind.Punct && chars.includes(t.norm);
  }

  /** The date word starting at token i, trying proclitic analyses when `clitics`. */
  private word(i: number, clitics = false): WordMatch | undefined {
    const t = this.tokens[i];
    if (!t || t.kind === TokenKind.Punct) return undefined;
    const analyses = clitics && t.kind === TokenKind.Arabic ? analyzeClitics(t.norm) : [{ prefixLength: 0, stem: t.norm }];
    for (const a of analyses) {
      let node = this.trie.root.children.get(a.stem);
      let j = i;
      let best: WordMatch | undefined;
      while (node) {
        if (node.values.length) best = { word: node.values[0], last: j, start: t.start + a.prefixLength, prefixed: t.norm.slice(0, a.prefixLength) };
        j++;
        if (j >= this.tokens.length || this.tokens[j].lineBreakBefore) break;
        node = node.children.get(this.tokens[j].norm);
      }
      if (best) return best;
    }
    return undefined;
  }

  private wordOf<K extends DateWord['kind']>(i: number, kind: K, clitics = false): (WordMatch & { word: Extract<DateWord, { kind: K }> }) | undefined {
    const w = this.word(i, clitics);
    return w && w.word.kind === kind ? (w as WordMatch & { word: Extract<DateWord, { kind: K }> }) : undefined;
  }

  private year(i: number): { year: number; last: number } | undefined {
    const y = this.digits(i, 4, 4);
    if (y === undefined || y < YEAR_MIN || y > YEAR_MAX) return undefined;
    const era = this.wordOf(i + 1, 'eraSuffix');
    return { year: y, last: era ? era.last : i };
  }

  /** `2025-09-05`, `5/9/2025`, `05.09.2025`: numeric dates, day first unless the year leads. */
  private numeric(i: number): DateExpr | undefined {
    const a = this.digits(i);
    if (a === undefined || !this.isPunct(i + 1, '-/.') || !this.adjacent(i, i + 1)) return undefined;
    const sep = this.tokens[i + 1].norm;
    const b = this.digits(i + 2, 1, 2);
    if (b === undefined || !this.adjacent(i + 1, i + 2) || !this.isPunct(i + 3, sep) || !this.adjacent(i + 2, i + 3)) return undefined;
    const c = this.digits(i + 4);
    if (c === undefined || !this.adjacent(i + 3, i + 4)) return undefined;
    // A further separator and digit would make this a longer number (an IP address, a version): not a date.
    if (this.isPunct(i + 5, sep) && this.adjacent(i + 4, i + 5) && this.digits(i + 6) !== undefined) return undefined;
    let ymd: Ymd;
    if (this.tokens[i].norm.length === 4) ymd = { year: a, month: b, day: c };
    else if (this.tokens[i + 4].norm.length === 4 && this.tokens[i].norm.length <= 2) ymd = { year: c, month: b, day: a };
    else return undefined;
    if (!isValidYmd(ymd.year, ymd.month, ymd.day)) return undefined;
    return { first: i, last: i + 4, start: this.tokens[i].start, prefix: '', ...ymd, explicitYear: true, grain: 'day', weak: false };
  }

  /** A month name, its paired name (`مارس/آذار`, `آذار (مارس)`), then a year or a relative word. */
  private monthPhrase(i: number, clitics: boolean): DateExpr | undefined {
    const m = this.wordOf(i, 'month', clitics);
    if (!m) return undefined;
    let last = m.last;
    let weak = m.word.weak;
    // The paired name of the same month in another region's naming.
    if (this.isPunct(last + 1, '/') && this.wordOf(last + 2, 'month')) {
      last = this.wordOf(last + 2, 'month')!.last;
      weak = false;
    } else if (this.isPunct(last + 1, '(') && this.wordOf(last + 2, 'month') && this.isPunct(this.wordOf(last + 2, 'month')!.last + 1, ')')) {
      last = this.wordOf(last + 2, 'month')!.last + 1;
      weak = false;
    }
    const expr: DateExpr = { first: i, last, start: m.start, prefix: m.prefixed, month: m.word.month, explicitYear: false, grain: 'month', weak };
    const y = this.year(last + 1) ?? this.yearAfterWord(last + 1);
    if (y) {
      expr.year = y.year;
      expr.last = y.last;
      expr.explicitYear = true;
      expr.weak = false;
    } else {
      const rel = this.wordOf(last + 1, 'relative');
      if (rel) {
        expr.relative = rel.word.direction;
        expr.last = rel.last;
        expr.weak = false;
      }
    }
    return expr;
  }

  /** `عام 2022`, `سنة 2022`. */
  private yearAfterWord(i: number): { year: number; last: number } | undefined {
    const w = this.wordOf(i, 'yearWord');
    return w ? this.year(w.last + 1) : undefined;
  }

  private weekday(i: number): DateExpr | undefined {
    const dayWord = this.wordOf(i, 'dayWord', true);
    const at = dayWord ? dayWord.last + 1 : i;
    const w = this.wordOf(at, 'weekday', !dayWord);
    if (!w) return undefined;
    const start = dayWord ? dayWord.start : w.start;
    const prefix = dayWord ? dayWord.prefixed : w.prefixed;
    const expr: DateExpr = { first: i, last: w.last, start, prefix, explicitYear: false, grain: 'day', weak: false };
    const rel = this.wordOf(w.last + 1, 'relative');
    if (rel) {
      expr.relative = rel.word.direction;
      expr.last = rel.last;
    }
    const ref = this.options.refDate;
    const diff = (w.word.day - weekdayOf(ref) + 7) % 7;
    let shift: number;
    if (expr.relative === 1) shift = diff === 0 ? 7 : diff;
    else if (expr.relative === -1) shift = diff === 0 ? -7 : diff - 7;
    else if (expr.relative === 0 || this.options.prefer === 'future') shift = diff;
    else shift = diff === 0 ? 0 : diff - 7;
    expr.value = formatYmd(addDays(ref, shift));
    return expr;
  }

  private parseAt(i: number): DateExpr | undefined {
    const t = this.tokens[i];
    if (t.kind === TokenKind.Digits) {
      const numeric = this.numeric(i);
      if (numeric) return numeric;
      const day = this.digits(i, 1, 2);
      if (day !== undefined && day >= 1 && day <= 31) {
        const phrase = this.monthPhrase(i + 1, false);
        if (phrase) return { ...phrase, first: i, start: t.start, prefix: '', day, grain: 'day', weak: false };
      }
      const y = this.year(i);
      if (y && y.last > i) return { first: i, last: y.last, start: t.start, prefix: '', year: y.year, explicitYear: true, grain: 'year', weak: false };
      return undefined;
    }
    if (t.kind !== TokenKind.Arabic) return undefined;
    const yearWord = this.wordOf(i, 'yearWord', true);
    if (yearWord) {
      const y = this.year(yearWord.last + 1);
      if (y) return { first: i, last: y.last, start: yearWord.start, prefix: yearWord.prefixed, year: y.year, explicitYear: true, grain: 'year', weak: false };
    }
    return this.monthPhrase(i, true) ?? this.weekday(i);
  }

  private licensed(e: DateExpr): boolean {
    if (!e.weak) return true;
    const before = this.tokens[e.first - 1];
    return before !== undefined && MONTH_LICENSES.has(before.norm);
  }

  /** Years written once for a list of months (`يوليو/تموز ومايو/أيار ويونيو/حزيران 2025`) carry to each. */
  private carryYears(exprs: DateExpr[]): void {
    for (let k = exprs.length - 2; k >= 0; k--) {
      const e = exprs[k];
      const next = exprs[k + 1];
      if (e.explicitYear || e.month === undefined || next.year === undefined || !next.explicitYear || next.month === undefined) continue;
      const joined = next.first === e.last + 1 && next.prefix.startsWith('و');
      const listed = next.first === e.last + 2 && (this.isPunct(e.last + 1, '،,') || this.tokens[e.last + 1].norm === 'و');
      if (joined || listed) {
        e.year = next.year;
        e.explicitYear = true;
      }
    }
  }

  private resolveValue(e: DateExpr): string {
    if (e.value) return e.value;
    if (e.grain === 'year') return formatYear(e.year);
    const ref = this.options.refDate;
    let year = e.year;
    if (year === undefined && e.month !== undefined) {
      // Without a written year: the nearest such month (or day) before or after the reference date.
      const key = e.month * 100 + (e.day ?? 0);
      const refKey = ref.month * 100 + (e.day === undefined ? 0 : ref.day);
      const direction = e.relative ?? (this.options.prefer === 'past' ? -0.5 : 0.5);
      if (direction === 0) year = ref.year;
      else if (direction === -1) year = key < refKey ? ref.year : ref.year - 1;
      else if (direction === 1) year = key > refKey ? ref.year : ref.year + 1;
      else if (direction < 0) year = key <= refKey ? ref.year : ref.year - 1;
      else year = key >= refKey ? ref.year : ref.year + 1;
    }
    if (e.grain === 'day' && e.month !== undefined && e.day !== undefined) {
      if (year !== undefined && !isValidYmd(year, e.month, e.day)) return formatDay(undefined, e.month, e.day);
      return formatDay(year, e.month, e.day);
    }
    return formatMonth(year, e.month ?? 1);
  }

  find(): Candidate[] {
    const exprs: DateExpr[] = [];
    for (let i = 0; i < this.tokens.length; ) {
      const e = this.parseAt(i);
      if (e && this.licensed(e)) {
        exprs.push(e);
        i = e.last + 1;
      } else i++;
    }
    this.carryYears(exprs);
    return exprs.map((e) => ({
      start: e.start,
      end: this.tokens[e.last].end,
      type: 'DATE' as const,
      source: 'date' as const,
      value: this.resolveValue(e),
      grain: e.grain,
      confidence: 0.95,
    }));
  }
}

export function findDateCandidates(tokens: readonly Token[], options: DateOptions): Candidate[] {
  return new DateRecognizer(tokens, options).find();
}
