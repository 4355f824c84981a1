/**
 * Document memory: a name found once is found everywhere in the document. Every occurrence of a mention's text
 * elsewhere becomes a candidate with the same type and entry; a person's surname alone (زيلينسكي after
 * فولوديمير زيلينسكي) refers to the same person.
 */
import { formKeys } from '../lexicon/compile.js';
import { TokenTrie } from '../lexicon/trie.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { scanTrie } from './gazetteer.js';
import { NAME_PARTICLES } from './rules/context.js';

const CONFIDENCE_MEMORY = 0.7;
const MIN_SURNAME_LENGTH = 3;

interface Remembered {
  type: Candidate['type'];
  entry?: number;
  subtype?: string;
}

export interface MemoryOptions {
  /** A word that cannot stand alone for a person (a given name, a common word). */
  notASurname: (word: string) => boolean;
}

export function findMemoryCandidates(text: string, tokens: readonly Token[], mentions: readonly Candidate[], options: MemoryOptions): Candidate[] {
  const trie = new TokenTrie<Remembered>();
  let any = false;
  for (const m of mentions) {
    if (m.type !== 'PER' && m.type !== 'ORG' && m.type !== 'LOC') continue;
    const keys = formKeys(text.slice(m.start, m.end));
    if (keys.length === 0) continue;
    const remembered: Remembered = { type: m.type, entry: m.entry, subtype: m.subtype };
    if (m.source === 'rule') {
      trie.add(keys, remembered);
      any = true;
    }
    if (m.type === 'PER' && keys.length >= 2) {
      const surname = keys[keys.length - 1];
      const before = keys[keys.length - 2];
      if (surname.length >= MIN_SURNAME_LENGTH && !NAME_PARTICLES.has(before) && !options.notASurname(surname)) {
        trie.add([surname], remembered);
        any = true;
      }
    }
  }
  if (!any) return [];
  const out: Candidate[] = [];
  scanTrie(tokens, trie.root, (match) => {
    // Two people sharing a surname: the surname alone names neither.
    const entries = new Set(match.values.map((v) => v.entry ?? -1));
    if (entries.size > 1 && match.values.some((v) => v.type === 'PER')) return;
    const v = match.values[0];
    out.push({ start: match.start, end: match.end, type: v.type, source: 'memory', entry: v.entry, subtype: v.subtype, confidence: CONFIDENCE_MEMORY });
  });
  return out;
}
