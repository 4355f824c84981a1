/** Context rules for organizations (a head noun and its complement), table-driven: each case says why it matters. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createModel, extract } from '../../src/index.js';

interface Case {
  text: string;
  /** Every ORG and PER mention, `TYPE:text`, in order. */
  expect: string[];
  why: string;
}

const cases = JSON.parse(readFileSync(new URL('./organization-rules.cases.json', import.meta.url), 'utf8')) as Case[];
const model = createModel();

describe('organization rules', () => {
  it.each(cases)('$why', ({ text, expect: expected }) => {
    const found = extract(text, model, { types: ['ORG', 'PER'] }).map((e) => `${e.type}:${e.text}`);
    expect(found).toEqual(expected);
  });
});
