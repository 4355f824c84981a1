/**
 * Tables that a process would otherwise compute from Unicode data at every start (the tokenizer's character
 * classes), saved by `npm run build` beside the compiled code and read back instead. (The normalizer's charmap was
 * tried too: reading it back saved ~1.5 M instructions of ~218, not worth its code.)
 *
 * A saved table is used only when it can be trusted to equal what the code would compute:
 * - made with this process's Unicode and ICU data (icu-identity.ts);
 * - at least as new as the compiled module that defines it: after an edit compiled by tsc alone, the module is newer
 *   and the table is computed again, as bin/arner.js runs tsc's modules rather than a stale bundle;
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
  /** The compiled module that defines the table's content (`<code>/text/char-classes.js`). */
  definedIn: string;
}

export const savedTable = (name: string, definedIn: string, dir: string = CODE_DIR): SavedTable => ({
  file: join(dir, `${name}.json`),
  definedIn: join(dir, definedIn),
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
  const module = statSync(table.definedIn, { throwIfNoEntry: false });
  if (module && module.mtimeMs > saved.mtimeMs) return undefined;
  let content: Saved;
  try {
    content = JSON.parse(readFileSync(table.file, 'utf8')) as Saved;
  } catch {
    return undefined;
  }
  return content?.icu === icuIdentity() ? accept(content.data) : undefined;
}
