import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icuIdentity } from '../src/icu-identity.js';
import { readSavedTable, savedTable, writeSavedTable, type SavedTable } from '../src/saved-tables.js';

function inTempDir(check: (table: SavedTable, dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'arner-saved-'));
  try {
    check(savedTable('t', 'module.js', dir), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const anything = (data: unknown) => data;

describe('tables saved at build time', () => {
  it('are read back as saved, through their check', () => {
    inTempDir((table) => {
      writeSavedTable(table, { n: [1, 2] });
      expect(readSavedTable(table, anything)).toEqual({ n: [1, 2] });
      expect(readSavedTable(table, () => undefined)).toBeUndefined();
    });
  });

  it('are not used when the module defining them was compiled after them (tsc alone after an edit)', () => {
    inTempDir((table) => {
      writeSavedTable(table, 1);
      writeFileSync(table.definedIn, '');
      const later = new Date(Date.now() + 60_000);
      utimesSync(table.definedIn, later, later);
      expect(readSavedTable(table, anything)).toBeUndefined();
      utimesSync(table.file, later, later);
      expect(readSavedTable(table, anything)).toBe(1);
    });
  });

  it('are not used when made with other Unicode data, when missing, or when not JSON', () => {
    inTempDir((table) => {
      expect(readSavedTable(table, anything)).toBeUndefined();
      writeFileSync(table.file, JSON.stringify({ icu: icuIdentity() + '-other', data: 1 }));
      expect(readSavedTable(table, anything)).toBeUndefined();
      writeFileSync(table.file, '{');
      expect(readSavedTable(table, anything)).toBeUndefined();
      writeFileSync(table.file, 'null');
      expect(readSavedTable(table, anything)).toBeUndefined();
    });
  });
});
