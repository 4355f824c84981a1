import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeKeyedWords, DATE_WORDS, keyedWords, saveKeyedWords } from '../../src/recognize/dates/keyed-words.js';
import { savedTable, type SavedTable } from '../../src/saved-tables.js';
import { icuIdentity } from '../../src/icu-identity.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BUILT = savedTable('date-words', [], DIST);

function withTempTable(check: (table: SavedTable) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'arner-date-words-'));
  try {
    check(savedTable('date-words', [], dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The modules `file` imports for their values (not `import type`), directly or not, relative to src/, as .js. */
function importClosure(file: string, seen = new Set<string>()): Set<string> {
  const module = relative(SRC, file).replace(/\.ts$/, '.js');
  if (seen.has(module)) return seen;
  seen.add(module);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)\.js';/gms)) {
    importClosure(join(dirname(file), `${m[1]}.ts`), seen);
  }
  return seen;
}

describe('date words saved at build time', () => {
  it('are read back as computed', () => {
    withTempTable((table) => {
      saveKeyedWords(table);
      const computed = computeKeyedWords();
      expect(computed.length).toBeGreaterThan(300);
      expect(keyedWords(table)).toEqual(computed);
    });
  });

  it('are computed instead when the saved ones are not keyed words', () => {
    withTempTable((table) => {
      const bad = [
        [[['شهر'], { kind: 'monthWord', colour: 'red' }]],
        [[[], { kind: 'monthWord' }]],
        [[['شهر'], { month: 1 }]],
        { words: [] },
      ];
      for (const data of bad) {
        writeFileSync(table.file, JSON.stringify({ icu: icuIdentity(), data }));
        expect(keyedWords(table)).toEqual(computeKeyedWords());
      }
    });
  });

  it('are decided by the modules their table names, which are every module keyed-words.ts imports', () => {
    const closure = importClosure(join(SRC, 'recognize/dates/keyed-words.ts'));
    expect(DATE_WORDS.definedIn.map((p) => relative(dirname(DATE_WORDS.file), p)).sort()).toEqual([...closure].sort());
  });

  it.skipIf(!existsSync(BUILT.file))('in dist/ are what the code computes', () => {
    expect(keyedWords(BUILT)).toEqual(computeKeyedWords());
  });
});
