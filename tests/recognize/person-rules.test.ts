/** Context rules for people, table-driven: each case says why it matters. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createModel, extract } from '../../src/index.js';

interface Case {
  text: string;
  /** Every PER and NORP mention, `TYPE:text`, in order. */
  expect: string[];
  why: string;
}

const cases = JSON.parse(readFileSync(new URL('./person-rules.cases.json', import.meta.url), 'utf8')) as Case[];
const model = createModel();

describe('person rules', () => {
  it.each(cases)('$why', ({ text, expect: expected }) => {
    const found = extract(text, model, { types: ['PER', 'NORP'] }).map((e) => `${e.type}:${e.text}`);
    expect(found).toEqual(expected);
  });

  it('a lone given name is reported with less confidence than a name a title announces', () => {
    const [lone] = extract('وكان يوسف قد وصل', model, { types: ['PER'] });
    const [titled] = extract('وصل الرئيس يوسف حمدان', model, { types: ['PER'] });
    expect(lone.rule).toBe('person-lone-given-name');
    expect(lone.confidence).toBeLessThan(titled.confidence);
  });
});
