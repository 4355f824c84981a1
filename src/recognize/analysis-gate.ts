/**
 * Whether a new word can be anything at all to the lexicons and word lists that analyzing it looks it up in
 * (vocabulary.ts `analyze`): the lexicon's first words, the date words and the words a date can begin with, the
 * skeletons of names (spelling variants, and the first words of names of several words), sports words, event heads
 * and license triggers; and the first words of the rules' tries (titles, given names, heads, verbs of saying), which
 * the rules ask about each new word. A word none of whose readings is a key of any of them gets no facts, and a
 * Bloom filter of all their keys says so without the lookups. News keeps bringing such words: ~15 % of the tokens of
 * a long run are words the vocabulary does not hold, and most of those match nothing (83 % on real news and
 * Wikipedia sentences).
 *
 * The filter only ever answers "certainly nothing" or "look": a word it lets through is analyzed as before, so what
 * is found never depends on it (tests/recognize/analysis-gate.test.ts: every key passes, and no word it stops has a
 * fact).
 */
import { isArticleAfterLamAt, isCliticAt, isRestoredReading, readingHash, readingPrefix, readingsOf, restoredStemHash } from '../text/clitics.js';
import { hashRange } from '../text/fnv.js';
import { skeletonHash } from '../lexicon/fuzzy.js';
import { rootKeys, type TrieView } from '../lexicon/trie.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { ruleTries, type RuleModel } from './rules/index.js';
import type { ListEntry } from './rules/wordlists.js';
import { dateWords } from './dates/view.js';
import { triggerWords } from './license.js';
import { KeyFilter } from './key-filter.js';

/** How many characters of proclitics the date grammar strips (couldStartDate in dates/view.ts). */
const DATE_PROCLITICS_MAX = 3;

export class AnalysisGate {
  private readonly filter = new KeyFilter();
  /** The rules' tries whose first words are in the filter too: a word the gate stops opens none of them. */
  readonly ruleTries: readonly TrieView<ListEntry>[];

  constructor(lexicon: CompiledLexicon | undefined, rules: RuleModel | undefined) {
    const f = this.filter;
    const words = dateWords();
    f.addAll(rootKeys(words.trie.root));
    f.addAll(words.starters);
    if (lexicon) {
      f.addAll(rootKeys(lexicon.trie.root));
      if (lexicon.fuzzy) f.addAll(lexicon.fuzzy.keys());
      if (lexicon.fuzzyPhrases) f.addAll(rootKeys(lexicon.fuzzyPhrases.root));
    }
    this.ruleTries = rules ? ruleTries(rules.lists) : [];
    for (const trie of this.ruleTries) f.addAll(rootKeys(trie.root));
    if (rules) {
      f.addAll(rules.lists.sportWords);
      f.addAll(rules.lists.eventHeads);
      f.addAll(triggerWords(rules.lists.licenseTriggers));
    }
  }

  /** Keys in the filter (for tests and measurements). */
  get keys(): number {
    return this.filter.size;
  }

  /**
   * False when no reading of the Arabic word `norm` can be a key of any of the gate's lookups: every string they
   * would look up is tried: the word, its proclitic readings (clitics.ts `readingsOf`) and their skeletons, and the
   * word after one to three proclitic letters (the date grammar's and the word lists' own stripping). By hashes of
   * the word's characters: no reading's string is made for a word the gate stops. `hash`: the word's hashRange, if
   * the caller has it (the tokenizer made it).
   */
  mayMatch(norm: string, hash = hashRange(norm, 0, norm.length)): boolean {
    const f = this.filter;
    const n = norm.length;
    // A skeleton spelled as its stem hashes as it and fails again: no need to know whether the two differ.
    if (f.mayHaveHash(hash) || f.mayHaveHash(skeletonHash(norm))) return true;
    // Prefix lengths whose suffix of `norm` a reading already tried, as it is and with ا restored (لل).
    let plain = 0;
    let restored = 0;
    const readings = readingsOf(norm);
    for (let r = 1; r <= readings; r <<= 1) {
      if ((readings & r) === 0) continue;
      const p = readingPrefix(r);
      const withAlef = isRestoredReading(r);
      if (f.mayHaveHash(readingHash(norm, r))) return true;
      if (f.mayHaveHash(skeletonHash(norm, p, withAlef))) return true;
      if (withAlef) restored |= 1 << p;
      else plain |= 1 << p;
    }
    for (let k = 1; k <= DATE_PROCLITICS_MAX && k < n && isCliticAt(norm, k - 1); k++) {
      if ((plain & (1 << k)) === 0 && f.mayHaveRange(norm, k, n)) return true;
      if ((restored & (1 << k)) === 0 && isArticleAfterLamAt(norm, k) && f.mayHaveHash(restoredStemHash(norm, k))) return true;
    }
    return false;
  }
}
