/**
 * Places no lexicon lists, found after a place head: `مدينة قوانغتشو`, `بلدة بيت حانون`. The head is outside the
 * name; the name is one or two tokens that are not ordinary words.
 */
import { TokenKind } from '../../text/tokenize.js';
import type { Candidate } from '../candidate.js';
import { looksLikeClauseWord, withRuleCandidate, RuleStart, type RuleContext } from './context.js';

const CONFIDENCE_HEAD = 0.65;

/** Directions and other words a head is often followed by that are not names (منطقة الشمال). */
const NOT_A_NAME = new Set(['الشمال', 'الجنوب', 'الشرق', 'الغرب', 'شمال', 'جنوب', 'شرق', 'غرب', 'الوسطي', 'وسط']);

function placeToken(ctx: RuleContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.lineBreakBefore || (t.kind !== TokenKind.Arabic && t.kind !== TokenKind.Latin)) return false;
  if (t.norm.length < 2 || ctx.isDate(i) || ctx.isOrdinaryWord(t.norm) || NOT_A_NAME.has(t.norm)) return false;
  if (t.kind === TokenKind.Arabic && looksLikeClauseWord(t.norm)) return false;
  return !ctx.lexiconAt(i, NOT_PLACE);
}

const NOT_PLACE: ReadonlySet<string> = new Set(['PER', 'ORG', 'NORP']);

/** Whether the word of token i begins a place head, as a whole or after a proclitic. */
function opensPlaceHead(ctx: RuleContext, i: number): boolean {
  return ctx.opensTrie(ctx.lists.placeHeads, i);
}

export function findPlaceCandidates(ctx: RuleContext): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i].kind !== TokenKind.Arabic || !ctx.mayStart(i, RuleStart.Place, opensPlaceHead)) continue;
    const head = ctx.phraseAt(ctx.lists.placeHeads, i);
    if (!head) continue;
    const j = head.last + 1;
    if (ctx.lexiconAt(j) || !placeToken(ctx, j)) continue;
    // After a definite head an adjective follows, not a name: المدينة المنورة, العاصمة الجديدة.
    if (ctx.tokens[i].norm.startsWith('ال') && ctx.tokens[j].norm.startsWith('ال')) continue;
    const last = placeToken(ctx, j + 1) && !ctx.tokens[j + 1].norm.startsWith('ال') ? j + 1 : j;
    out = withRuleCandidate(out, ctx.tokens[j].start, ctx.tokens[last].end, 'LOC', CONFIDENCE_HEAD, 'place-head');
  }
  return out ?? [];
}
