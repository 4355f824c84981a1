/** Building a model: lexicons loaded, validated and compiled once per process. */
import { join } from 'node:path';
import { loadLexicons } from './lexicon/load.js';
import { compileLexicon } from './lexicon/compile.js';
import type { Model } from './extract.js';
import { loadRuleLists } from './recognize/rules/wordlists.js';
import { formKeys } from './lexicon/compile.js';
import type { LexiconEntry } from './lexicon/types.js';
import { loadSnapshot } from './snapshot.js';
import { CODE_DIR, PACKAGE_ROOT } from './locations.js';

/** The lexicons shipped with the package (`lexicons/` beside `src/` and `dist/`). */
export const BUILTIN_LEXICON_DIR = join(PACKAGE_ROOT, 'lexicons');

export interface ModelOptions {
  /** Load the built-in lexicons (default true). */
  builtin?: boolean;
  /** User lexicon files (TSV, CSV or JSON), added to the built-ins and overriding them by id. */
  lexicons?: readonly string[];
  /** Run the context rules (titles, given names, organization and place heads); default true. */
  rules?: boolean;
}

/**
 * The words of the lexicon's person names, which the rules trust as parts of names, and among them the surnames:
 * words that end a name and never begin one.
 */
function personNameWords(entries: readonly LexiconEntry[]): { words: Set<string>; surnames: Set<string> } {
  const words = new Set<string>();
  const last = new Set<string>();
  const notLast = new Set<string>();
  for (const e of entries) {
    if (e.type !== 'PER') continue;
    for (const f of e.forms) {
      const keys = formKeys(f.text);
      keys.forEach((k, i) => {
        words.add(k);
        (i === keys.length - 1 ? last : notLast).add(k);
      });
    }
  }
  return { words, surnames: new Set([...last].filter((w) => !notLast.has(w))) };
}

/** The compiled built-in model, saved by `npm run build` beside the compiled code (dist/model.snapshot). */
export const SNAPSHOT_FILE = join(CODE_DIR, 'model.snapshot');

export function createModel(options: ModelOptions = {}): Model {
  const builtinOnly = options.builtin !== false && (options.lexicons ?? []).length === 0 && options.rules !== false;
  if (builtinOnly) {
    const snapshot = loadSnapshot(SNAPSHOT_FILE, BUILTIN_LEXICON_DIR);
    if (snapshot) return snapshot;
  }
  return compileModel(options);
}

/** Loads, validates and compiles the lexicons and rule lists (what the snapshot saves). */
export function compileModel(options: ModelOptions = {}): Model {
  const entries = loadLexicons({
    builtinDir: options.builtin === false ? undefined : BUILTIN_LEXICON_DIR,
    userFiles: options.lexicons,
  });
  const lists = loadRuleLists(join(BUILTIN_LEXICON_DIR, 'rules'));
  const ordinaryWords = new Set([...lists.stopWords, ...lists.commonWords, ...lists.sayingVerbs]);
  const lexicon = compileLexicon(entries, {
    ordinaryWords,
    givenNames: lists.givenNameWords,
    descriptors: lists.descriptorWords,
    namedAfter: lists.namedAfter,
  });
  if (options.rules === false) return { lexicon };
  const names = personNameWords(entries);
  return { lexicon, rules: { lists, knownNameTokens: names.words, knownSurnames: names.surnames, ordinaryWords } };
}
