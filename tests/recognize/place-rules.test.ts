/** Context rules for places (a place head and the name after it), table-driven: each case says why it matters. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createModel, extract } from '../../src/index.js';

interface Case {
  text: string;
  /** Every LOC mention, `LOC:text`, in order. */
  expect: string[];
  why: string;
}

const cases = JSON.parse(readFileSync(new URL('./place-rules.cases.json', import.meta.url), 'utf8')) as Case[];
const model = createModel();

describe('place rules', () => {
  it.each(cases)('$why', ({ text, expect: expected }) => {
    const found = extract(text, model, { types: ['LOC'] }).map((e) => `${e.type}:${e.text}`);
    expect(found).toEqual(expected);
  });
});
