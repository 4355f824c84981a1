/**
 * The date recognizer sees every token of every document. Long runs of what could start a date (month names,
 * digits, separators, و, من) must be read in linear time: these inputs would take minutes if any rule rescanned
 * ahead from every token or any pattern backtracked. No timing is asserted; finishing is the test.
 */
import { describe, expect, it } from 'vitest';
import { findDateCandidates } from '../../src/recognize/dates/index.js';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';

const N = 100_000;
const ref = { refDate: { year: 2025, month: 9, day: 5 }, prefer: 'past' as const };
const run = (text: string) => findDateCandidates(tokenize(normalize(text).text), ref);

describe('pathological input stays linear', () => {
  it.each([
    ['a month name', 'يناير '],
    ['a weak month name', 'مارس '],
    ['digits', '2025 '],
    ['digits with slashes', '12/'],
    ['digits with dashes', '1-'],
    ['digits with colons', '12:'],
    ['the conjunction و', 'و '],
    ['a joined و', 'وو'],
    ['من', 'من '],
    ['بين and و', 'بين 3 و'],
    ['number words', 'واحد و '],
    ['ordinals', 'الحادي والعشرين '],
    ['offset words', 'منذ '],
    ['modifiers', 'مطلع '],
    ['الساعة', 'الساعة '],
  ])(
    '%s, 100,000 times',
    (_, unit) => {
      const found = run(unit.repeat(N));
      expect(Array.isArray(found)).toBe(true);
    },
    // Finishing is the test; a loaded machine must not turn it into a timing assertion.
    120_000,
  );
});
