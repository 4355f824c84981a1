/**
 * Entries -> a token trie. Every form goes through the very same normalizer and tokenizer as the text, so a form
 * and its occurrence in a document always produce the same keys.
 */
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { TokenTrie } from './trie.js';
import type { EntityType, LexiconEntry } from './types.js';

export interface FormRef {
  /** Index into `CompiledLexicon.entries`. */
  entry: number;
  type: EntityType;
  ambiguous: boolean;
}

export interface CompiledLexicon {
  entries: readonly LexiconEntry[];
  trie: TokenTrie<FormRef>;
  byId: ReadonlyMap<string, number>;
}

export function formKeys(form: string): string[] {
  return tokenize(normalizeText(form)).map((t) => t.norm);
}

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const trie = new TokenTrie<FormRef>();
  const byId = new Map<string, number>();
  entries.forEach((entry, index) => {
    byId.set(entry.id, index);
    const seen = new Map<string, FormRef>();
    for (const form of entry.forms) {
      const keys = formKeys(form.text);
      if (keys.length === 0) continue;
      const key = keys.join('\u0000') + '\u0001' + form.type;
      const prior = seen.get(key);
      if (prior) {
        // The same normalized form listed twice for one entry: unambiguous wins.
        prior.ambiguous &&= form.ambiguous;
        continue;
      }
      const ref: FormRef = { entry: index, type: form.type, ambiguous: form.ambiguous };
      seen.set(key, ref);
      trie.add(keys, ref);
    }
  });
  return { entries, trie, byId };
}
