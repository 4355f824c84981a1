/** Context rules for people, table-driven: each case says why it matters. */
import { describe, expect, it } from 'vitest';
import { createModel, extract } from '../../src/index.js';
import { itFindsRuleCases } from '../helpers/rule-cases.js';

const model = createModel();

describe('person rules', () => {
  itFindsRuleCases(new URL('./person-rules.cases.json', import.meta.url), ['PER', 'NORP'], model);

  it.each([
    { text: 'وقال لبيسكوف إن المحادثات مستمرة', why: 'after a verb of saying: ل + a person the lexicon knows ("said to Peskov")' },
    { text: 'وأكد الرئيس الأوكراني لفولوديمير زيلينسكي أن', why: 'after a title and a nationality: ل + a known person' },
  ])('a known person with a proclitic is the lexicon\'s mention, linked, not a rule\'s whole word ($why)', ({ text }) => {
    const people = extract(text, model, { types: ['PER'] });
    expect(people).toHaveLength(1);
    expect(people[0].source).toBe('gazetteer');
    expect(people[0].id).toMatch(/^person:/);
    expect(text.slice(people[0].start - 1, people[0].start)).toBe('ل');
  });

  it('a lone given name is reported with less confidence than a name a title announces', () => {
    const [lone] = extract('وكان يوسف قد وصل', model, { types: ['PER'] });
    const [titled] = extract('وصل الرئيس يوسف حمدان', model, { types: ['PER'] });
    expect(lone.rule).toBe('person-lone-given-name');
    expect(lone.confidence).toBeLessThan(titled.confidence);
  });
});
