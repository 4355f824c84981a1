/**
 * Table-driven date and time cases: each JSON table holds {text, ref, prefer?, expect, why}; `expect` lists every
 * mention as [text, value, grain] plus the Hijri date when there is one. A grain of hour or minute is a TIME.
 */
import { describe, expect, it } from 'vitest';
import { extract, type Model } from '../../src/index.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import basic from './dates.cases.json';
import forms from './dates.forms.cases.json';
import relative from './dates.relative.cases.json';
import spans from './dates.spans.cases.json';
import time from './dates.time.cases.json';
import precision from './dates.precision.cases.json';

interface DateCase {
  text: string;
  ref: string;
  prefer?: 'past' | 'future';
  expect: string[][];
  why: string;
}

const empty: Model = { lexicon: compileLexicon([]) };

const tables: Record<string, DateCase[]> = { basic, forms, relative, spans, time, precision } as Record<string, DateCase[]>;

for (const [name, cases] of Object.entries(tables)) {
  describe(`dates: ${name}`, () => {
    for (const c of cases) {
      it(c.why, () => {
        const got = extract(c.text, empty, { refDate: c.ref, prefer: c.prefer ?? 'past' }).map((e) => {
          const row = [e.text, e.value ?? '', e.grain ?? ''];
          if (e.hijri) row.push(e.hijri);
          return row;
        });
        expect(got).toEqual(c.expect);
        const types = extract(c.text, empty, { refDate: c.ref, prefer: c.prefer ?? 'past' }).map((e) => e.type);
        expect(types).toEqual(c.expect.map((row) => (row[2] === 'hour' || row[2] === 'minute' ? 'TIME' : 'DATE')));
      });
    }
  });
}

describe('dates: preference', () => {
  it('prefer future turns a bare weekday and month forward', () => {
    const got = extract('الخميس وفي يناير', empty, { refDate: '2025-09-05', prefer: 'future' }).map((e) => e.value);
    expect(got).toEqual(['2025-09-11', '2026-01']);
  });
});
