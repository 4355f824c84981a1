/** Building a model: lexicons loaded, validated and compiled once per process. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadLexicons } from './lexicon/load.js';
import { compileLexicon } from './lexicon/compile.js';
import type { Model } from './extract.js';

/** The lexicons shipped with the package (`lexicons/` beside `src/` and `dist/`). */
export const BUILTIN_LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicons');

export interface ModelOptions {
  /** Load the built-in lexicons (default true). */
  builtin?: boolean;
  /** User lexicon files (TSV, CSV or JSON), added to the built-ins and overriding them by id. */
  lexicons?: readonly string[];
}

export function createModel(options: ModelOptions = {}): Model {
  const entries = loadLexicons({
    builtinDir: options.builtin === false ? undefined : BUILTIN_LEXICON_DIR,
    userFiles: options.lexicons,
  });
  return { lexicon: compileLexicon(entries) };
}
