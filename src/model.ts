/** Building a model: lexicons loaded, validated and compiled once per process. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadLexicons } from './lexicon/load.js';
import { compileLexicon } from './lexicon/compile.js';
import type { Model } from './extract.js';
import { loadRuleLists } from './recognize/rules/wordlists.js';
import { formKeys } from './lexicon/compile.js';
import type { LexiconEntry } from './lexicon/types.js';

/** The lexicons shipped with the package (`lexicons/` beside `src/` and `dist/`). */
export const BUILTIN_LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicons');

export interface ModelOptions {
  /** Load the built-in lexicons (default true). */
  builtin?: boolean;
  /** User lexicon files (TSV, CSV or JSON), added to the built-ins and overriding them by id. */
  lexicons?: readonly string[];
  /** Run the context rules (titles, given names, organization and place heads); default true. */
  rules?: boolean;
}

/** Every word of the lexicon's person names: the rules trust these as parts of names. */
function personNameTokens(entries: readonly LexiconEntry[]): Set<string> {
  const words = new Set<string>();
  for (const e of entries) {
    if (e.type !== 'PER') continue;
    for (const f of e.forms) for (const k of formKeys(f.text)) words.add(k);
  }
  return words;
}

export function createModel(options: ModelOptions = {}): Model {
  const entries = loadLexicons({
    builtinDir: options.builtin === false ? undefined : BUILTIN_LEXICON_DIR,
    userFiles: options.lexicons,
  });
  const lexicon = compileLexicon(entries);
  if (options.rules === false) return { lexicon };
  return { lexicon, rules: { lists: loadRuleLists(join(BUILTIN_LEXICON_DIR, 'rules')), knownNameTokens: personNameTokens(entries) } };
}
