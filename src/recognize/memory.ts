/**
 * Document memory: a name a rule found once is found again nearby. Within a window about the length of a news
 * article, every other occurrence of a person's name that a rule found becomes a candidate too. (A surname standing
 * alone for a person the lexicon knows, زيلينسكي after فولوديمير زيلينسكي, is a lexicon variant of that person.)
 *
 * Measured on ANERcorp and AQMAR and kept narrow on purpose: remembering surnames cut from every person name found,
 * or one-word rule names that are ordinary words, spread mistakes and cost more precision than they gained recall.
 */
import { formKeys } from '../lexicon/compile.js';
import { TokenTrie } from '../lexicon/trie.js';
import type { Token } from '../text/tokenize.js';
import { ARTICLE_WINDOW, candidate, type Candidate } from './candidate.js';
import type { Lexeme } from './lexeme.js';
import { scanTrie } from './gazetteer.js';
import { resolveOverlaps } from '../resolve.js';
import { NAME_PARTICLES, looksLikeClauseWord } from './rules/context.js';
import type { RuleModel } from './rules/index.js';

const CONFIDENCE_MEMORY = 0.7;

export interface MemoryOptions {
  /** A word that cannot stand alone for a person: a given name, an ordinary word, a name particle. */
  notAName: (word: string) => boolean;
}

export function findMemoryCandidates(text: string, tokens: readonly Token[], lexemes: readonly Lexeme[], mentions: readonly Candidate[], options: MemoryOptions): Candidate[] {
  const trie = new TokenTrie<number>();
  for (const m of mentions) {
    if (m.type !== 'PER' || m.source !== 'rule') continue;
    const keys = formKeys(text.slice(m.start, m.end));
    if (keys.length >= 2 || (keys.length === 1 && !options.notAName(keys[0]))) trie.add(keys, m.start);
  }
  if (trie.size === 0) return [];
  const out: Candidate[] = [];
  scanTrie(tokens, lexemes, trie.root, (match) => {
    if (!match.values.some((at) => Math.abs(at - match.start) <= ARTICLE_WINDOW)) return;
    out.push(candidate({ start: match.start, end: match.end, type: 'PER', source: 'memory', confidence: CONFIDENCE_MEMORY, rule: 'memory-repeat' }));
  });
  return out;
}

/** Second words of compound given names (نصر الله, شمس الدين, سيف الإسلام) and regnal numbers: never a name alone. */
const COMPOUND_ENDINGS = new Set(['الله', 'الدين', 'الاسلام', 'الرحمن', 'الرحيم', 'الحق', 'النبي', 'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']);

/** Adds the document-memory mentions that do not overlap a mention already found (`resolved`, in text order). */
export function withMemory(text: string, tokens: readonly Token[], lexemes: readonly Lexeme[], resolved: Candidate[], rules: RuleModel): Candidate[] {
  const lists = rules.lists;
  const memory = findMemoryCandidates(text, tokens, lexemes, resolved, {
    notAName: (w) =>
      NAME_PARTICLES.has(w) ||
      COMPOUND_ENDINGS.has(w) ||
      looksLikeClauseWord(w) ||
      lists.givenNameWords.has(w) ||
      lists.commonWords.has(w) ||
      lists.stopWords.has(w) ||
      lists.titleWords.has(w),
  });
  if (memory.length === 0) return resolved;
  // The new mentions overlap none of `resolved`, which overlap none of each other: only the new ones need resolving,
  // and the two lists merge in text order.
  return mergeByStart(resolved, resolveOverlaps(memory.filter((m) => !overlapsAny(m, resolved))));
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
