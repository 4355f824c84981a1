import { describe, expect, it } from 'vitest';
import { extract, type Model } from '../../src/index.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import cases from './dates.cases.json';

const empty: Model = { lexicon: compileLexicon([]) };

describe('dates', () => {
  for (const c of cases as Array<{ text: string; ref: string; expect: string[][]; why: string }>) {
    it(c.why, () => {
      const got = extract(c.text, empty, { refDate: c.ref }).map((e) => [e.text, e.value, e.grain]);
      expect(got).toEqual(c.expect);
    });
  }

  it('prefer future turns a bare weekday and month forward', () => {
    const got = extract('الخميس وفي يناير', empty, { refDate: '2025-09-05', prefer: 'future' }).map((e) => e.value);
    expect(got).toEqual(['2025-09-11', '2026-01']);
  });
});
