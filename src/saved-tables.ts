/**
 * Tables that a process would otherwise compute at every start (the tokenizer's character classes, from Unicode
 * data; the date words, from ICU's names and the normalizer), saved by `npm run build` beside the compiled code and
 * read back instead. (The normalizer's charmap was tried too, twice: ~1.5 M instructions of ~218, then ~0.7 ms of a
 * ~150 ms run; not worth a third table.)
 *
 * A saved table is used only when it can be trusted to equal what the code would compute:
 * - made with this process's Unicode and ICU data (icu-identity.ts);
 * - at least as new as every compiled module whose code decides it: after an edit compiled by tsc alone, a module is
 *   newer and the table is computed again, as bin/arner.js runs tsc's modules rather than a stale bundle;
 * - readable, and accepted by the table's own check of its shape.
 * Under the TypeScript sources (vitest) there are no saved tables: everything is computed.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { icuIdentity } from './icu-identity.js';
import { CODE_DIR } from './locations.js';

export interface SavedTable {
  /** The saved file: `<name>.json` beside the compiled code. */
  file: string;
  /** The compiled modules whose code decides the table's content (`<code>/text/char-classes.js`). */
  definedIn: readonly string[];
}

export const savedTable = (name: string, definedIn: readonly string[], dir: string = CODE_DIR): SavedTable => ({
  file: join(dir, `${name}.json`),
  definedIn: definedIn.map((module) => join(dir, module)),
});

interface Saved {
  icu: string;
  data: unknown;
}

export function writeSavedTable(table: SavedTable, data: unknown): void {
  const saved: Saved = { icu: icuIdentity(), data };
  writeFileSync(table.file, JSON.stringify(saved));
}

/** The saved data if it can be used (see above), checked and converted by `accept`; else undefined. */
export function readSavedTable<T>(table: SavedTable, accept: (data: unknown) => T | undefined): T | undefined {
  const saved = statSync(table.file, { throwIfNoEntry: false });
  if (!saved) return undefined;
  for (const path of table.definedIn) {
    const module = statSync(path, { throwIfNoEntry: false });
    if (module && module.mtimeMs > saved.mtimeMs) return undefined;
  }
  let content: Saved;
  try {
    content = JSON.parse(readFileSync(table.file, 'utf8')) as Saved;
  } catch {
    return undefined;
  }
  return content?.icu === icuIdentity() ? accept(content.data) : undefined;
}
