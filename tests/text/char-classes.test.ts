import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classOfCodeUnit, classRuns, Cls, readSavedClasses, saveCharClasses } from '../../src/text/char-classes.js';
import { savedTable, writeSavedTable, type SavedTable } from '../../src/saved-tables.js';

/** What `npm run build` saved, if it has run. */
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BUILT = savedTable('char-classes', ['text/char-classes.js'], DIST);

function withTempFile(check: (table: SavedTable) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'arner-classes-'));
  try {
    check(savedTable('char-classes', ['text/char-classes.js'], dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every code unit whose class in `table` differs from its definition (empty when all agree). */
function disagreements(table: Uint8Array): number[] {
  const wrong: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (table[c] !== classOfCodeUnit(c)) wrong.push(c);
  return wrong;
}

describe('character classes', () => {
  it.each([
    ['ب', Cls.Arabic, 'an Arabic letter'],
    ['ی', Cls.Arabic, 'a Persian letter is of Arabic script'],
    ['\u064e', Cls.Mark, 'fatha is a mark, not a letter'],
    ['a', Cls.Letter, 'a Latin letter'],
    ['Ж', Cls.Letter, 'a Cyrillic letter'],
    ['٣', Cls.Punct, 'Arabic-Indic digits are normalized to ASCII before tokenizing, so they are not Digit here'],
    ['7', Cls.Digit, 'an ASCII digit'],
    ['\u00a0', Cls.Space, 'no-break space'],
    ['\u2029', Cls.Newline, 'paragraph separator'],
    ['،', Cls.Punct, 'the Arabic comma'],
    ['\ud83d', Cls.HighSurrogate, 'the first half of an emoji'],
  ])('%s is class %i (%s)', (ch, cls) => {
    expect(classOfCodeUnit(ch.charCodeAt(0))).toBe(cls);
  });

  it('saved and read back, give every code unit its class', () => {
    withTempFile((saved) => {
      saveCharClasses(saved);
      const table = new Uint8Array(0x10000);
      expect(readSavedClasses(table, saved)).toBe(true);
      expect(disagreements(table)).toEqual([]);
    });
  });

  it('runs alternate: no two neighbours have the same class', () => {
    const runs = classRuns();
    for (let r = 3; r < runs.length; r += 2) expect(runs[r]).not.toBe(runs[r - 2]);
  });

  it.skipIf(!existsSync(BUILT.file))('in dist/ are this Unicode data’s', () => {
    const table = new Uint8Array(0x10000);
    expect(readSavedClasses(table, BUILT)).toBe(true);
    expect(disagreements(table)).toEqual([]);
  });

  it.each([
    ['runs not starting at 0', (runs: number[]) => runs.slice(2)],
    ['an odd length', (runs: number[]) => runs.slice(1)],
    ['an unknown class', (runs: number[]) => [0, 9, ...runs.slice(2)]],
    ['runs out of order', (runs: number[]) => [...runs.slice(0, 2), ...runs.slice(4, 6), ...runs.slice(2, 4), ...runs.slice(6)]],
    ['a start beyond the last code unit', (runs: number[]) => [...runs, 0x10000, Cls.Punct]],
  ])('are not used when saved with %s', (_why, damage) => {
    withTempFile((table) => {
      writeSavedTable(table, damage(classRuns()));
      expect(readSavedClasses(new Uint8Array(0x10000), table)).toBe(false);
    });
  });

  it('are not used when there are none', () => {
    withTempFile((table) => expect(readSavedClasses(new Uint8Array(0x10000), table)).toBe(false));
  });
});
