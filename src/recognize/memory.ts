/**
 * Document memory: a name found once is found again nearby. Within a window about the length of a news article:
 * every other occurrence of a person's name of two words or more that a rule found, and the surname alone of a
 * person found by name (أليكس فيرجسون … فيرجسون), become candidates too, with the first mention's entry.
 *
 * Measured on ANERcorp and kept narrow on purpose: remembering one-word rule names, or surnames that are ordinary
 * words, spread the rules' mistakes and cost more precision than they gained recall.
 */
import { formKeys } from '../lexicon/compile.js';
import { TokenTrie } from '../lexicon/trie.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { scanTrie } from './gazetteer.js';
import { resolveOverlaps } from '../resolve.js';
import { NAME_PARTICLES, looksLikeClauseWord } from './rules/context.js';
import type { RuleModel } from './rules/index.js';

const CONFIDENCE_MEMORY = 0.7;
/** How far a mention is remembered, in characters: about a news article (a corpus file holds many). */
export const MEMORY_WINDOW = 3000;
const MIN_SURNAME_LENGTH = 3;

interface Remembered {
  at: number;
  entry?: number;
  rule: 'memory-repeat' | 'memory-surname';
}

export interface MemoryOptions {
  /** A word that cannot stand alone for a person: a given name, an ordinary word, a name particle. */
  notASurname: (word: string) => boolean;
}

export function findMemoryCandidates(text: string, tokens: readonly Token[], mentions: readonly Candidate[], options: MemoryOptions): Candidate[] {
  const trie = new TokenTrie<Remembered>();
  for (const m of mentions) {
    if (m.type !== 'PER' || (m.source !== 'rule' && m.source !== 'gazetteer')) continue;
    const keys = formKeys(text.slice(m.start, m.end));
    if (m.source === 'rule' && (keys.length >= 2 || !options.notASurname(keys[0]))) trie.add(keys, { at: m.start, entry: m.entry, rule: 'memory-repeat' });
    if (keys.length < 2) continue;
    const surname = keys[keys.length - 1];
    if (surname.length >= MIN_SURNAME_LENGTH && !options.notASurname(surname) && !options.notASurname(keys[keys.length - 2])) {
      trie.add([surname], { at: m.start, entry: m.entry, rule: 'memory-surname' });
    }
  }
  if (trie.size === 0) return [];
  const out: Candidate[] = [];
  scanTrie(tokens, trie.root, (match) => {
    const near = match.values.filter((v) => Math.abs(v.at - match.start) <= MEMORY_WINDOW);
    if (near.length === 0) return;
    // Two people nearby sharing the surname: it names neither.
    if (new Set(near.map((v) => v.entry ?? -1)).size > 1) return;
    const v = near[0];
    out.push({ start: match.start, end: match.end, type: 'PER', source: 'memory', entry: v.entry, confidence: CONFIDENCE_MEMORY, rule: v.rule });
  });
  return out;
}

/** Second words of compound given names (نصر الله, شمس الدين, سيف الإسلام) and regnal numbers: never a surname alone. */
const COMPOUND_ENDINGS = new Set(['الله', 'الدين', 'الاسلام', 'الرحمن', 'الرحيم', 'الحق', 'النبي', 'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']);

/** Adds the document-memory mentions that do not overlap a mention already found (`resolved`, in text order). */
export function withMemory(text: string, tokens: readonly Token[], resolved: Candidate[], rules: RuleModel): Candidate[] {
  const lists = rules.lists;
  const memory = findMemoryCandidates(text, tokens, resolved, {
    notASurname: (w) =>
      NAME_PARTICLES.has(w) ||
      COMPOUND_ENDINGS.has(w) ||
      looksLikeClauseWord(w) ||
      lists.givenNameWords.has(w) ||
      lists.commonWords.has(w) ||
      lists.stopWords.has(w) ||
      lists.titleWords.has(w),
  });
  if (memory.length === 0) return resolved;
  return resolveOverlaps([...resolved, ...memory.filter((m) => !overlapsAny(m, resolved))]);
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

