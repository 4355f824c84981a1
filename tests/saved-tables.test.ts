import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icuIdentity } from '../src/icu-identity.js';
import { readSavedTable, savedTable, writeSavedTable, type SavedTable } from '../src/saved-tables.js';

function inTempDir(check: (table: SavedTable, dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'arner-saved-'));
  try {
    check(savedTable('t', ['module.js', 'other.js'], dir), dir);
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

  it('are not used when any module deciding them was compiled after them (tsc alone after an edit)', () => {
    inTempDir((table) => {
      writeSavedTable(table, 1);
      const [first, second] = table.definedIn;
      writeFileSync(first, '');
      writeFileSync(second, '');
      const now = new Date();
      utimesSync(table.file, now, now);
      utimesSync(first, now, now);
      utimesSync(second, now, now);
      expect(readSavedTable(table, anything)).toBe(1);
      const later = new Date(now.getTime() + 60_000);
      utimesSync(second, later, later);
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
