/** Context rules for organizations (a head noun and its complement), table-driven: each case says why it matters. */
import { describe } from 'vitest';
import { createModel } from '../../src/index.js';
import { itFindsRuleCases } from '../helpers/rule-cases.js';

describe('organization rules', () => {
  itFindsRuleCases(new URL('./organization-rules.cases.json', import.meta.url), ['ORG', 'PER'], createModel());
});
