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
  knownSurnames: ReadonlySet<string>;
}

/** The document as read, for the few questions normalization erases (was this ي written ى?). */
export interface OriginalText {
  text: string;
  toOriginal: Uint32Array;
}

export function findRuleCandidates(tokens: readonly Token[], lexicon: readonly Candidate[], dates: readonly Candidate[], model: RuleModel, original: OriginalText): Candidate[] {
  if (tokens.length === 0) return [];
  const withMaqsura = (t: Token) => {
    const from = original.toOriginal[t.start];
    const to = original.toOriginal[t.end - 1];
    return original.text.slice(from, to + 1).includes('ى');
  };
  const ctx = new RuleContext(tokens, lexicon, dates, model.lists, model.knownNameTokens, model.knownSurnames, withMaqsura);
  return [...findPersonCandidates(ctx), ...findOrganizationCandidates(ctx), ...findPlaceCandidates(ctx)];
}
