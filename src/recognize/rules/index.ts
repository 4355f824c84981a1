/** Context rules: people, organizations and places that no lexicon lists, found from the words around them. */
import type { Token } from '../../text/tokenize.js';
import { candidate, keepIf, type Candidate } from '../candidate.js';
import { WordFlag, type Lexeme } from '../lexeme.js';
import type { ReadText, Vocabulary } from '../vocabulary.js';
import { RuleContext } from './context.js';
import { tokenIndexAt } from '../word-before.js';
import type { ListEntry, RuleLists } from './wordlists.js';
import type { TrieView } from '../../lexicon/trie.js';
import { findPersonCandidates, sayingTrie } from './person.js';
import { findOrganizationCandidates } from './organization.js';
import { findPlaceCandidates } from './place.js';

export interface RuleModel {
  lists: RuleLists;
  knownNameTokens: ReadonlySet<string>;
  knownSurnames: ReadonlySet<string>;
  /** Stop words, common words and verbs of saying together: never a name, never a misspelled one. */
  ordinaryWords?: ReadonlySet<string>;
}

/**
 * The token tries the rules look words up in (`RuleContext.phraseAt`, `opensTrie`), for the analysis gate, which
 * answers for a new word whether it can open any of them. A trie left out here is asked as before.
 */
export function ruleTries(lists: RuleLists): readonly TrieView<ListEntry>[] {
  return [lists.titles, lists.givenNames, lists.orgHeads, lists.placeHeads, sayingTrie(lists)];
}

/**
 * Places that are part of an event's name (كأس إسبانيا, دوري أبطال أوروبا): dropped, since arner has no type for
 * events and the place is not what the text mentions. The head may carry a proclitic (بكأس). Which words are event
 * heads each lexeme knows (WordFlag.EventHead, from the rule lists of the vocabulary's model), and the read's union
 * of flags whether the document has any: most have none.
 */
export function dropPlacesInEventNames(candidates: Candidate[], read: ReadText): Candidate[] {
  if ((read.flags & WordFlag.EventHead) === 0) return candidates;
  return keepIf(candidates, (c) => c.type !== 'LOC' || !inEventName(read, c.start));
}

/** Words that may stand between an event head and its place: كأس أمم أفريقيا, دوري أمم أوروبا (normalized). */
const EVENT_LINKS: ReadonlySet<string> = new Set(['امم']);

/** Does the mention at `start` follow an event head, directly or through a link word, on its line? */
function inEventName({ tokens, lexemes }: ReadText, start: number): boolean {
  const i = tokenIndexAt(tokens, start);
  if (i === 0 || tokens[i].lineBreakBefore) return false;
  if (lexemes[i - 1].flags & WordFlag.EventHead) return true;
  return i >= 2 && !tokens[i - 1].lineBreakBefore && EVENT_LINKS.has(tokens[i - 1].norm) && (lexemes[i - 2].flags & WordFlag.EventHead) !== 0;
}

/** The document as read, for the few questions normalization erases (was this ي written ى?). */
export interface OriginalText {
  text: string;
  toOriginal: Uint32Array;
}

/** `lexemes`: the tokens' lexemes, from the vocabulary of the model that `model` belongs to. */
export function findRuleCandidates(
  tokens: readonly Token[],
  lexemes: readonly Lexeme[],
  vocabulary: Vocabulary,
  lexicon: readonly Candidate[],
  dates: readonly Candidate[],
  model: RuleModel,
  original: OriginalText,
): Candidate[] {
  if (tokens.length === 0) return [];
  const ctx = new RuleContext(tokens, lexemes, vocabulary, lexicon, dates, model, original);
  const found = [...findPersonCandidates(ctx), ...findOrganizationCandidates(ctx), ...findPlaceCandidates(ctx)];
  if (found.length === 0) return found;
  const known = keepIf(lexicon, (l) => !l.ambiguous).sort((a, b) => a.start - b.start);
  const longest = known.reduce((m, l) => Math.max(m, l.end - l.start), 0);
  // A loop rather than filter and map: one elements kind for every document's list (see keepIf).
  const out: Candidate[] = [];
  for (const c of found) if (!crossesLexicon(c, known, longest)) out.push(candidate(c));
  return out;
}

/**
 * A rule's guess that cuts through a name the lexicon knows (`عبد الله صالح اليمين` across `علي عبد الله صالح`)
 * is wrong about one of its ends: a rule may only extend a lexicon name or stand apart from it.
 * `known` is sorted by start; `longest` bounds how far back an overlapping name can start.
 */
function crossesLexicon(c: Candidate, known: readonly Candidate[], longest: number): boolean {
  let lo = 0;
  let hi = known.length;
  const from = c.start - longest;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (known[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < known.length && known[i].start < c.end; i++) {
    const l = known[i];
    if (l.end <= c.start) continue;
    if (!(c.start <= l.start && c.end >= l.end)) return true;
  }
  return false;
}
