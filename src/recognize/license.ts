/**
 * Licensing ambiguous forms. A form marked `?` (ordinary word, or shared by several entries) counts only where the
 * document licenses it: an unambiguous mention of the same entry nearby, a mention of an entry that licenses it
 * (lexicons/licenses.tsv: Amman near Jordan), or, for a sports club, words of sports reporting around it.
 */
import { resolveOverlaps } from '../resolve.js';
import type { Token } from '../text/tokenize.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { ARTICLE_WINDOW, candidate, type Candidate } from './candidate.js';
import { WordFlag, type Lexeme } from './lexeme.js';

/** A form the document has licensed is surer than a lexicon default: it wins a tie with another entry's form. */
const CONFIDENCE_LICENSED = 0.92;

/** How near (in characters) a word of sports reporting licenses a club's ambiguous name: a clause or so. */
const SPORT_WINDOW = 60;

/**
 * Resolves the candidates, keeping each ambiguous one only where it is licensed; a licensed mention then outranks
 * another entry sharing the form (`طرابلس` near لبنان is Tripoli, Lebanon). `sportWordsAt`: start offsets of words
 * of sports reporting, in order.
 */
export function licenseAmbiguous(candidates: Candidate[], lexicon: CompiledLexicon, sportWordsAt: readonly number[]): Candidate[] {
  const strong = candidates.filter((c) => !c.ambiguous);
  if (strong.length === candidates.length) return resolveOverlaps(candidates);
  const positions = new Map<number, number[]>();
  for (const c of resolveOverlaps(strong)) {
    if (c.entry === undefined) continue;
    const list = positions.get(c.entry);
    if (list) list.push(c.start);
    else positions.set(c.entry, [c.start]);
  }
  const near = (entry: number | undefined, at: number): boolean => {
    const list = entry === undefined ? undefined : positions.get(entry);
    return list !== undefined && list.some((p) => Math.abs(p - at) <= ARTICLE_WINDOW);
  };
  const sporty = (at: number): boolean => {
    let lo = 0;
    let hi = sportWordsAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sportWordsAt[mid] < at - SPORT_WINDOW) lo = mid + 1;
      else hi = mid;
    }
    return lo < sportWordsAt.length && sportWordsAt[lo] <= at + SPORT_WINDOW;
  };
  const licensed = (c: Candidate): boolean => {
    if (near(c.entry, c.start)) return true;
    // A club's name (?برشلونة) is the club in sports reporting.
    if (c.entry !== undefined && lexicon.entries[c.entry].subtype === 'sport' && sporty(c.start)) return true;
    const by = c.entry === undefined ? undefined : lexicon.entries[c.entry].licensedBy;
    return by !== undefined && by.some((id) => near(lexicon.byId.get(id), c.start));
  };
  const kept = strong;
  // In text order, so that a licensed mention licenses the next one in turn: a long article that keeps naming
  // راؤول after one راؤول غونزاليس stays licensed however far it runs.
  const ambiguous = candidates.filter((c) => c.ambiguous).sort((a, b) => a.start - b.start);
  for (const c of ambiguous) {
    if (!licensed(c)) continue;
    kept.push(candidate({ ...c, ambiguous: false, source: 'memory', confidence: CONFIDENCE_LICENSED, rule: 'licensed-form' }));
    if (c.entry !== undefined) {
      const list = positions.get(c.entry);
      if (list) list.push(c.start);
      else positions.set(c.entry, [c.start]);
    }
  }
  // A rule's guess that starts where a licensed name starts (راؤول هدفا over راؤول) yields to the name.
  const licensedStarts = new Set(kept.filter((c) => c.rule === 'licensed-form').map((c) => c.start));
  return resolveOverlaps(licensedStarts.size ? kept.filter((c) => c.source !== 'rule' || !licensedStarts.has(c.start)) : kept);
}

/** A word in `words`, or in it after one proclitic letter (بالملعب, والمباراة). */
export function isSportWord(norm: string, words: ReadonlySet<string>): boolean {
  return words.has(norm) || (norm.length > 3 && 'وفبل'.includes(norm[0]) && words.has(norm.slice(1)));
}

/** Start offsets of the words of sports reporting (`isSportWord`, per lexeme), in text order. */
export function sportWordPositions(tokens: readonly Token[], lexemes: readonly Lexeme[]): number[] {
  const at: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (lexemes[i].flags & WordFlag.Sport) at.push(tokens[i].start);
  return at;
}
