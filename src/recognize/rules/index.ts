/** Context rules: people, organizations and places that no lexicon lists, found from the words around them. */
import type { Token } from '../../text/tokenize.js';
import type { Candidate } from '../candidate.js';
import { RuleContext } from './context.js';
import type { RuleLists } from './wordlists.js';
import { findPersonCandidates } from './person.js';
import { findOrganizationCandidates } from './organization.js';
import { findPlaceCandidates } from './place.js';

export interface RuleModel {
  lists: RuleLists;
  knownNameTokens: ReadonlySet<string>;
}

export function findRuleCandidates(tokens: readonly Token[], lexicon: readonly Candidate[], dates: readonly Candidate[], model: RuleModel): Candidate[] {
  if (tokens.length === 0) return [];
  const ctx = new RuleContext(tokens, lexicon, dates, model.lists, model.knownNameTokens);
  return [...findPersonCandidates(ctx), ...findOrganizationCandidates(ctx), ...findPlaceCandidates(ctx)];
}
