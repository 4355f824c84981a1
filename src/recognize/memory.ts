/**
 * Document memory: a name a rule found once is found again nearby. Within a window about the length of a news
 * article, every other occurrence of a person's name that a rule found becomes a candidate too. (A surname standing
 * alone for a person the lexicon knows, زيلينسكي after فولوديمير زيلينسكي, is a lexicon variant of that person.)
 *
 * The surname of a name a sure rule found stands alone for that person later on (measured: ANERcorp train PER recall
 * 69.1 -> 71.3 at precision 79.4 -> 78.3; AQMAR dev PER recall 58.6 -> 64.0 at precision 76.0 -> 77.0). One-word
 * rule names that are ordinary words, given names, and surnames of names found by a verb of saying alone stay out:
 * they spread mistakes.
 */
import { formKeys } from '../lexicon/compile.js';
import { TokenTrie } from '../lexicon/trie.js';
import type { Token } from '../text/tokenize.js';
import { ARTICLE_WINDOW, candidate, keepIf, type Candidate } from './candidate.js';
import { scanTrie } from './gazetteer.js';
import { resolveOverlaps } from '../resolve.js';
import { NAME_PARTICLES, looksLikeClauseWord } from './rules/context.js';
import { follows } from './word-before.js';
import type { RuleModel } from './rules/index.js';

const CONFIDENCE_MEMORY = 0.7;
/** Rules at least this sure (a title, a given name) lend their names' surnames to memory; a verb of saying does not. */
const SURE_RULE = 0.7;

export interface MemoryOptions {
  /** A word that cannot stand alone for a person: a given name, an ordinary word, a name particle. */
  notAName: (word: string) => boolean;
  /** The offset follows a head that names a thing after a person (جائزة نوبل): no mention starts there. */
  afterHead?: (offset: number) => boolean;
}

export function findMemoryCandidates(text: string, tokens: readonly Token[], mentions: readonly Candidate[], options: MemoryOptions): Candidate[] {
  const trie = new TokenTrie<number>();
  for (const m of mentions) {
    if (m.type !== 'PER' || m.source !== 'rule') continue;
    const keys = formKeys(text.slice(m.start, m.end));
    if (keys.length >= 2 || (keys.length === 1 && !options.notAName(keys[0]))) trie.add(keys, m.start);
    // The surname alone stands for the person later on (تيبساروفيتش after يانكو تيبساروفيتش), when a sure rule
    // found the full name and the surname is not itself a given name, an ordinary word or part of a compound.
    const surname = keys[keys.length - 1];
    if (keys.length >= 2 && m.confidence >= SURE_RULE && surname.length >= 3 && !options.notAName(surname) && !NAME_PARTICLES.has(keys[keys.length - 2])) trie.add([surname], m.start);
  }
  if (trie.size === 0) return [];
  const out: Candidate[] = [];
  scanTrie(tokens, trie.root, (match) => {
    if (!match.values.some((at) => Math.abs(at - match.start) <= ARTICLE_WINDOW)) return;
    if (options.afterHead?.(match.start)) return;
    out.push(candidate({ start: match.start, end: match.end, type: 'PER', source: 'memory', confidence: CONFIDENCE_MEMORY, rule: 'memory-repeat' }));
  });
  return out;
}

/** Second words of compound given names (نصر الله, شمس الدين, سيف الإسلام) and regnal numbers: never a name alone. */
const COMPOUND_ENDINGS = new Set(['الله', 'الدين', 'الاسلام', 'الرحمن', 'الرحيم', 'الحق', 'النبي', 'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']);

const ACCUSATIVE = /[^اويء]ا$/;


/** Adds the document-memory mentions that do not overlap a mention already found (`resolved`, in text order). */
export function withMemory(text: string, tokens: readonly Token[], resolved: Candidate[], rules: RuleModel): Candidate[] {
  const lists = rules.lists;
  const memory = findMemoryCandidates(text, tokens, resolved, {
    notAName: (w) =>
      NAME_PARTICLES.has(w) ||
      COMPOUND_ENDINGS.has(w) ||
      looksLikeClauseWord(w) ||
      lists.givenNameWords.has(w) ||
      lists.commonWords.has(w) ||
      lists.stopWords.has(w) ||
      lists.titleWords.has(w) ||
      // An indefinite accusative (برنامجا, قائلا) that a rule took into a name: not a surname to remember.
      ACCUSATIVE.test(w),
    afterHead: (offset) => follows(tokens, offset, lists.namedAfter, lists.headWords),
  });
  if (memory.length === 0) return resolved;
  // The new mentions overlap none of `resolved`, which overlap none of each other: only the new ones need resolving,
  // and the two lists merge in text order.
  return mergeByStart(resolved, resolveOverlaps(keepIf(memory, (m) => !overlapsAny(m, resolved))));
}

/** Two lists in text order whose mentions do not overlap, as one. */
function mergeByStart(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start < b[j].start) ? a[i++] : b[j++]);
  return out;
}

function overlapsAny(c: Candidate, sorted: readonly Candidate[]): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= c.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].start < c.end;
}
