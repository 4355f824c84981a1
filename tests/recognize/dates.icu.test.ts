import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { askIcu, readSavedNames, saveDateNames } from '../../src/recognize/dates/icu.js';
import { icuIdentity } from '../../src/icu-identity.js';
import { allDateWords } from '../../src/recognize/dates/words.js';

/** What `npm run build` saved, if it has run. */
const BUILT = fileURLToPath(new URL('../../dist/date-names.json', import.meta.url));

function withTempFile(check: (file: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'arner-icu-'));
  try {
    check(join(dir, 'date-names.json'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("ICU's date names saved at build time", () => {
  it('are what ICU answers, for every question the date words ask', () => {
    withTempFile((file) => {
      allDateWords();
      saveDateNames(file);
      const saved = readSavedNames(file)!;
      // Seven locales' months, the Hijri months' names and numbers, the weekdays.
      expect(saved.size).toBe(10);
      for (const [key, answer] of saved) expect(answer).toEqual(askIcu(key));
      expect([...saved.values()].flat()).toContain('كانون الثاني');
    });
  });

  it.skipIf(!existsSync(BUILT))('in dist/ are what this ICU answers', () => {
    const saved = readSavedNames(BUILT);
    expect(saved).toBeDefined();
    for (const [key, answer] of saved!) expect(answer).toEqual(askIcu(key));
  });

  it('are ignored when another ICU saved them', () => {
    withTempFile((file) => {
      writeFileSync(file, JSON.stringify({ icu: icuIdentity() + '-other', answers: [['["ar",{"month":"long"},[0]]', ['x']]] }));
      expect(readSavedNames(file)).toBeUndefined();
    });
  });
});
