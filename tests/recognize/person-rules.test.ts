/** Context rules for people, table-driven: each case says why it matters. */
import { describe, expect, it } from 'vitest';
import { createModel, extract } from '../../src/index.js';
import { itFindsRuleCases } from '../helpers/rule-cases.js';

const model = createModel();

describe('person rules', () => {
  itFindsRuleCases(new URL('./person-rules.cases.json', import.meta.url), ['PER', 'NORP'], model);

  it('a lone given name is reported with less confidence than a name a title announces', () => {
    const [lone] = extract('وكان يوسف قد وصل', model, { types: ['PER'] });
    const [titled] = extract('وصل الرئيس يوسف حمدان', model, { types: ['PER'] });
    expect(lone.rule).toBe('person-lone-given-name');
    expect(lone.confidence).toBeLessThan(titled.confidence);
  });
});
