/**
 * Places no lexicon lists, found after a place head: `مدينة قوانغتشو`, `بلدة بيت حانون`. The head is outside the
 * name; the name is one or two tokens that are not ordinary words.
 */
import { TokenKind } from '../../text/tokenize.js';
import type { Candidate } from '../candidate.js';
import { looksLikeClauseWord, withRuleCandidate, RuleStart, type RuleContext } from './context.js';

const CONFIDENCE_HEAD = 0.65;

/** Directions and other words a head is often followed by that are not names (منطقة الشمال). */
const NOT_A_NAME = new Set(['الشمال', 'الجنوب', 'الشرق', 'الغرب', 'شمال', 'جنوب', 'شرق', 'غرب', 'الوسطي', 'وسط', 'ثانيه', 'اخري']);

/** The letters of و, ف and ب: a second word starting with one is mostly the next phrase (النيل بأواسط, لينا بأن). */
const CONJUNCTION_OR_PREPOSITION = new Set(['و', 'ف', 'ب']);

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
    const headWord = head.entry.keys[head.entry.keys.length - 1];
    // A definite head is a noun of the sentence (المدينة تحتوي, العاصمة الجديدة), not a name's head: a place it
    // stands before is one the lexicon knows (العاصمة بغداد).
    if (headWord.startsWith('ال')) continue;
    // A head as often an ordinary word (? in place-heads.txt: قضاء, قطاع) is that word before a definite one.
    if (head.entry.ambiguous && ctx.tokens[j].norm.startsWith('ال')) continue;
    // A head listed without a hamza on its alef is not a word written with one: وأدى is a verb, not وادي.
    if (!head.entry.hamza && ctx.writtenWithHamzaAlef(head.last)) continue;
    const second = ctx.tokens[j + 1];
    const last = placeToken(ctx, j + 1) && !second.norm.startsWith('ال') && !CONJUNCTION_OR_PREPOSITION.has(second.norm[0]) ? j + 1 : j;
    out = withRuleCandidate(out, ctx.tokens[j].start, ctx.tokens[last].end, 'LOC', CONFIDENCE_HEAD, 'place-head');
  }
  return out ?? [];
}
