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
  const originalOf = (t: Token) => original.text.slice(original.toOriginal[t.start], original.toOriginal[t.end]);
  const ctx = new RuleContext(tokens, lexicon, dates, model.lists, model.knownNameTokens, model.knownSurnames, originalOf);
  const found = [...findPersonCandidates(ctx), ...findOrganizationCandidates(ctx), ...findPlaceCandidates(ctx)];
  return found.filter((c) => !crossesLexicon(c, lexicon));
}

/**
 * A rule's guess that cuts through a name the lexicon knows (`عبد الله صالح اليمين` across `علي عبد الله صالح`)
 * is wrong about one of its ends: a rule may only extend a lexicon name or stand apart from it.
 */
function crossesLexicon(c: Candidate, lexicon: readonly Candidate[]): boolean {
  for (const l of lexicon) {
    if (l.ambiguous || l.end <= c.start || l.start >= c.end) continue;
    const contains = c.start <= l.start && c.end >= l.end;
    if (!contains) return true;
  }
  return false;
}
