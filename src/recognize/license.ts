/**
 * Licensing ambiguous forms. A form marked `?` (ordinary word, or shared by several entries) counts only where the
 * document licenses it: an unambiguous mention of the same entry nearby, a mention of an entry that licenses it
 * (lexicons/licenses.tsv: Amman near Jordan), a trigger word right before it (lexicons/rules/license-triggers.tsv:
 * مراسل الجزيرة), or, for a sports club, words of sports reporting around it.
 */
import { resolveOverlaps } from '../resolve.js';
import type { Token } from '../text/tokenize.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { ARTICLE_WINDOW, candidate, keepIf, type Candidate } from './candidate.js';
import { WordFlag, type Lexeme } from './lexeme.js';
import { follows, tokenIndexAt, wordsBefore } from './word-before.js';
import { triggerKey } from './rules/wordlists.js';
import { isNisba } from './rules/context.js';
import { isCliticAt, KAF } from '../text/clitics.js';

/** A form the document has licensed is surer than a lexicon default: it wins a tie with another entry's form. */
const CONFIDENCE_LICENSED = 0.92;

/** How near (in characters) a word of sports reporting licenses a club's ambiguous name: a clause or so. */
const SPORT_WINDOW = 60;
/** For a club named by an ordinary word: the sports word must be the word before or after it. */
const NEAR_SPORT_WORD = 12;

/**
 * Resolves the candidates, keeping each ambiguous one only where it is licensed; a licensed mention then outranks
 * another entry sharing the form (`طرابلس` near لبنان is Tripoli, Lebanon). `sportWordsAt`: start offsets of words
 * of sports reporting, in order.
 */
export function licenseAmbiguous(candidates: Candidate[], lexicon: CompiledLexicon, sportWordsAt: readonly number[], triggers?: TriggerContext): Candidate[] {
  const strong = keepIf(candidates, (c) => !c.ambiguous);
  if (strong.length === candidates.length) return resolveOverlaps(candidates);
  const positions = new Map<number, number[]>();
  for (const c of resolveOverlaps(strong)) {
    if (c.entry === undefined) continue;
    const list = positions.get(c.entry);
    if (list) list.push(c.start);
    else positions.set(c.entry, [c.start]);
  }
  const near = (entry: number, at: number): boolean => {
    const list = positions.get(entry);
    return list !== undefined && list.some((p) => Math.abs(p - at) <= ARTICLE_WINDOW);
  };
  const licensors = licensorsOf(lexicon);
  // The checks are pure and any one licenses, so their order is free: each is written so that its rare case runs the
  // same code as its common one (a branch first taken after V8 optimized this function would deoptimize it).
  const licensed = (c: Candidate): boolean => {
    const entry = c.entry;
    if (entry === undefined) return false;
    const { start, end } = c;
    // A mention of the entry itself nearby, or of an entry that licenses it; but not for a conjunction, a word and
    // then the sentence's subject (وفتح المسلحون النار: "and the gunmen opened fire", after حركة فتح).
    const ids = licensors.get(entry) ?? [entry];
    let nearby = false;
    for (let k = 0; k < ids.length && !nearby; k++) nearby = near(ids[k], start);
    // Asked only of a candidate a name nearby would license: the look-up of its token is not free.
    if (nearby && !(triggers && verbAfterConjunction(c, triggers.tokens))) return true;
    // A club's name (?برشلونة) is the club in sports reporting, but not right after a place head (مدينة نيس).
    if (lexicon.entries[entry].subtype === 'sport' && !(triggers && afterPlaceHead(c, triggers))) {
      // A club named by an ordinary word (الشرطة, النفط, الاتفاق) needs a word of sports reporting right beside it.
      const word = triggers?.ordinary?.(c) === true;
      if (sportWordIn(sportWordsAt, start - (word ? NEAR_SPORT_WORD : SPORT_WINDOW), (word ? end : start) + (word ? 1 : SPORT_WINDOW))) return true;
    }
    return triggers !== undefined && triggeredBefore(c, lexicon.entries[entry], triggers);
  };
  const kept = strong;
  // In text order, so that a licensed mention licenses the next one in turn: a long article that keeps naming
  // راؤول after one راؤول غونزاليس stays licensed however far it runs.
  const ambiguous = keepIf(candidates, (c) => c.ambiguous === true).sort((a, b) => a.start - b.start);
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
  const licensedStarts = new Set<number>();
  for (const c of kept) if (c.rule === 'licensed-form') licensedStarts.add(c.start);
  return resolveOverlaps(licensedStarts.size ? keepIf(kept, (c) => c.source !== 'rule' || !licensedStarts.has(c.start)) : kept);
}

/**
 * Is `c` one word read after a proclitic و or ف, with a definite word right after it that is not a nisba (وفتح
 * المسلحون)? Such a word is mostly a verb and its subject, whatever name the bare word also is.
 */
function verbAfterConjunction(c: Candidate, tokens: readonly Token[]): boolean {
  const i = tokenIndexAt(tokens, c.start);
  const t = tokens[i];
  const next = tokens[i + 1];
  if (c.start !== t.start + 1 || c.end !== t.end || !(t.norm[0] === 'و' || t.norm[0] === 'ف') || next === undefined || next.lineBreakBefore) return false;
  // A definite nisba qualifies the name instead (وحماس الفلسطينية, والكونغو البلجيكي).
  return next.norm.startsWith('ال') && !isNisba(next.norm);
}

/** Is there a word of sports reporting at an offset from `lo` to `hi` (both inclusive)? `at` is sorted. */
function sportWordIn(at: readonly number[], lo: number, hi: number): boolean {
  let a = 0;
  let b = at.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (at[mid] < lo) a = mid + 1;
    else b = mid;
  }
  return a < at.length && at[a] <= hi;
}

const licensorsByLexicon = new WeakMap<CompiledLexicon, ReadonlyMap<number, readonly number[]>>();

/**
 * For each entry that others license (lexicons/licenses.tsv), the entry itself and then the entries that license it,
 * as indices; made on first use, once per lexicon.
 */
function licensorsOf(lexicon: CompiledLexicon): ReadonlyMap<number, readonly number[]> {
  const known = licensorsByLexicon.get(lexicon);
  if (known) return known;
  const map = new Map<number, number[]>();
  const { entries, byId } = lexicon;
  for (let i = 0; i < entries.length; i++) {
    const by = entries[i].licensedBy;
    if (by === undefined) continue;
    const ids = [i];
    for (const id of by) {
      const k = byId.get(id);
      if (k !== undefined) ids.push(k);
    }
    map.set(i, ids);
  }
  licensorsByLexicon.set(lexicon, map);
  return map;
}

/** The words before each candidate, for lexicons/rules/license-triggers.tsv. */
export interface TriggerContext {
  tokens: readonly Token[];
  /** The tokens' lexemes, whose LicenseTrigger flag says which words can be triggers at all. */
  lexemes: readonly Lexeme[];
  /** Keys made by `triggerKey`. */
  words: ReadonlySet<string>;
  /** One-word place heads (مدينة): a club's name after one is the city. */
  placeHeads: ReadonlySet<string>;
  /** Is the candidate's text an ordinary word (a common noun, a function word)? */
  ordinary?: (c: Candidate) => boolean;
}

/** Is the word right before `c` a trigger for the entry's type and subtype? */
function triggeredBefore(c: Candidate, entry: { type: string; subtype: string }, triggers: TriggerContext): boolean {
  const { tokens, lexemes, words } = triggers;
  // Most words trigger nothing, and their lexeme says so: no keys to make for them.
  const i = tokenIndexAt(tokens, c.start);
  if (i === 0 || (lexemes[i - 1].flags & WordFlag.LicenseTrigger) === 0) return false;
  return wordsBefore(tokens, c.start).some((w) => words.has(triggerKey(entry.type, entry.subtype, w)) || words.has(triggerKey(entry.type, '', w)));
}

const triggerWordsByKeys = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The words of the trigger keys (`triggerKey`: the part after the type and subtype), made once per set of keys. */
export function triggerWords(keys: ReadonlySet<string>): ReadonlySet<string> {
  let words = triggerWordsByKeys.get(keys);
  if (words === undefined) {
    words = new Set([...keys].map((key) => key.slice(key.indexOf(' ') + 1)));
    triggerWordsByKeys.set(keys, words);
  }
  return words;
}

function afterPlaceHead(c: Candidate, triggers: TriggerContext): boolean {
  return follows(triggers.tokens, c.start, triggers.placeHeads);
}

/** A word in `words`, or in it after one proclitic letter but ك (بالملعب, والمباراة). */
export function isSportWord(norm: string, words: ReadonlySet<string>): boolean {
  return words.has(norm) || (norm.length > 3 && isCliticAt(norm, 0) && norm.charCodeAt(0) !== KAF && words.has(norm.slice(1)));
}

/** Start offsets of the words of sports reporting (`isSportWord`, per lexeme), in text order. */
export function sportWordPositions(tokens: readonly Token[], lexemes: readonly Lexeme[]): number[] {
  const at: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (lexemes[i].flags & WordFlag.Sport) at.push(tokens[i].start);
  return at;
}
