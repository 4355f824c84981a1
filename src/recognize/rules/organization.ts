/**
 * Organizations no lexicon lists, found from their head noun: `جامعة القاهرة`, `حزب العمال`, `منظمة العفو الدولية`
 * (the head is part of the name: `+` in org-heads.txt), or `شركة «أرامكو»`, `صحيفة الأهرام` (the head is a descriptor
 * outside it: `-`). The complement is read from definite words, lexicon places, nationalities and names.
 */
import { TokenKind } from '../../text/tokenize.js';
import type { Candidate } from '../candidate.js';
import { looksLikeClauseWord, withRuleCandidate, RuleStart, type RuleContext } from './context.js';

const MAX_UNITS = 4;
const CONFIDENCE_HEAD = 0.7;
const COMPLEMENT_TYPES: ReadonlySet<string> = new Set(['LOC', 'NORP', 'ORG', 'PER']);
const PLACE_OR_ORG: ReadonlySet<string> = new Set(['LOC', 'NORP', 'ORG']);
const PLACE_OR_PERSON: ReadonlySet<string> = new Set(['LOC', 'PER']);
const QUOTES = new Set(['"', '«', '»', '“', '”', "'"]);

/** A definite word that can continue a name (not a function word or modifier like السابق). */
function definiteWord(ctx: RuleContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== TokenKind.Arabic || ctx.isDate(i)) return false;
  const w = t.norm;
  const definite = w.startsWith('ال') || w.startsWith('لل');
  return definite && w.length > 3 && !ctx.lists.stopWords.has(w) && !ctx.lists.modifiers.has(w) && !ctx.lists.sayingVerbs.has(w) && !ctx.lists.headWords.has(w);
}

/**
 * The complement after a head: its last token, and whether it names something specific (a lexicon name, or a word
 * that is not a common noun): `مجلس الوزراء` and `اللجنة المنظمة` are generic bodies, not names.
 */
function complement(ctx: RuleContext, j: number, definiteHead: boolean): { last: number; specific: boolean } | undefined {
  let last: number | undefined;
  let specific = false;
  let k = j;
  for (let units = 0; units < MAX_UNITS && k < ctx.tokens.length; units++) {
    if (ctx.tokens[k].lineBreakBefore) break;
    // A person names an institution only after an indefinite head (جامعة الملك سعود), not after الاتحاد.
    const lex = ctx.lexiconAt(k, definiteHead ? PLACE_OR_ORG : COMPLEMENT_TYPES);
    if (lex && lex.type === 'NORP') {
      // A nationality qualifies (منظمة بريطانية, ريال مدريد الإسباني); it names nothing and does not end a name.
      break;
    } else if (lex && lex.type === 'PER' && units > 0) {
      // A person names an institution right after its head (مؤسسة محمد بن راشد), not after more of its name: نادي
      // ميلان برلسكوني is the club, then its owner.
      break;
    } else if (lex) {
      last = ctx.lastTokenOf(lex);
      specific = true;
      // An organization the lexicon knows is the whole complement: what follows is in apposition or a new phrase.
      if (lex.type === 'ORG') break;
      k = last + 1;
    } else if (units === 0 && ctx.tokens[k].norm.startsWith('لل')) {
      // A purpose right after the head is a description, not a name: شركة للإنتاج, قناة للتفاوض (but شركة قطر
      // للغاز: after a name, a لل phrase continues it).
      break;
    } else if (definiteWord(ctx, k)) {
      if (!ctx.lists.commonWords.has(ctx.tokens[k].norm) && !looksLikeClauseWord(ctx.tokens[k].norm.slice(2))) specific = true;
      last = k;
      k++;
    } else break;
  }
  return last === undefined ? undefined : { last, specific };
}

/** A name in quotes right after a head: شركة «أرامكو». */
function quoted(ctx: RuleContext, j: number): [number, number] | undefined {
  if (!QUOTES.has(ctx.tokens[j]?.norm ?? '')) return undefined;
  for (let k = j + 1; k < Math.min(ctx.tokens.length, j + 6); k++) {
    if (QUOTES.has(ctx.tokens[k].norm)) return k > j + 1 ? [j + 1, k - 1] : undefined;
    if (ctx.tokens[k].kind === TokenKind.Punct || ctx.tokens[k].lineBreakBefore) return undefined;
  }
  return undefined;
}

/** Whether the word of token i begins an organization head, as a whole or after a proclitic. */
function opensOrgHead(ctx: RuleContext, i: number): boolean {
  return ctx.opensTrie(ctx.lists.orgHeads, i);
}

export function findOrganizationCandidates(ctx: RuleContext): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i].kind !== TokenKind.Arabic || !ctx.mayStart(i, RuleStart.Organization, opensOrgHead)) continue;
    const head = ctx.phraseAt(ctx.lists.orgHeads, i);
    if (!head) continue;
    // The lexicon knows a phrase starting here better than a rule does (الاتحاد الأوروبي, مجلس الأمن).
    if (ctx.lexiconAt(i)) continue;
    const j = head.last + 1;
    if (j >= ctx.tokens.length || ctx.tokens[j].lineBreakBefore) continue;
    // A head that names generic bodies as often as institutions (جامعة) names one before a known place or person.
    if (head.entry.flag === '=' && ctx.lexiconAt(j, PLACE_OR_PERSON)?.start !== ctx.tokens[j].start) continue;
    const inQuotes = quoted(ctx, j);
    if (inQuotes) {
      const [a, b] = inQuotes;
      out = withRuleCandidate(out, ctx.tokens[a].start, ctx.tokens[b].end, 'ORG', CONFIDENCE_HEAD, 'org-quoted');
      continue;
    }
    const comp = complement(ctx, j, ctx.tokens[head.last].norm.startsWith('ال'));
    if (comp === undefined || !comp.specific) continue;
    const last = comp.last;
    // Both offsets are read before choosing: a load only on the rarer branch (heads that belong to the name) would
    // deoptimize this loop the first time one is taken.
    const headStart = head.start;
    const nameStart = ctx.tokens[j].start;
    const start = head.entry.flag === '-' ? nameStart : headStart;
    // A descriptor head before a single lexicon name adds nothing: the lexicon has found it already.
    if (head.entry.flag === '-' && ctx.lexiconAt(j) && ctx.lastTokenOf(ctx.lexiconAt(j)!) === last) continue;
    out = withRuleCandidate(out, start, ctx.tokens[last].end, 'ORG', CONFIDENCE_HEAD, 'org-head');
  }
  return out ?? [];
}
