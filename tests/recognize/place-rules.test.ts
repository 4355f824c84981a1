/** Context rules for places (a place head and the name after it), table-driven: each case says why it matters. */
import { describe } from 'vitest';
import { createModel } from '../../src/index.js';
import { itFindsRuleCases } from '../helpers/rule-cases.js';

describe('place rules', () => {
  itFindsRuleCases(new URL('./place-rules.cases.json', import.meta.url), ['LOC'], createModel());
});
