/**
 * Latin-script spans inside Arabic text (English names, places and organizations in news copy) go to compromise,
 * which reads English; its offsets are mapped back into the document. compromise takes a quarter of a second to
 * load, so it is loaded on the first document that has a Latin run, never at startup.
 */
import { createRequire } from 'node:module';
import { TokenKind, type Token } from '../text/tokenize.js';
import type { Normalized } from '../text/normalize.js';
import { candidate, type Candidate } from './candidate.js';
import { ownString } from '../text/own-string.js';

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}
interface CompromiseView {
  out(format: 'offset'): CompromiseMatch[];
}
interface CompromiseDoc {
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
}
type Compromise = (text: string) => CompromiseDoc;

let nlp: Compromise | undefined;
function compromise(): Compromise {
  // compromise ships CommonJS builds; a synchronous require keeps extraction synchronous.
  nlp ??= createRequire(import.meta.url)('compromise') as Compromise;
  return nlp;
}

const CONFIDENCE_LATIN = 0.6;
/** Punctuation that may stand inside an English name or between its words. */
const INNER = new Set(['.', '&', "'", '-', ',']);

/** Maximal runs of Latin words (with digits and inner punctuation) on one line: [first, last] token indices. */
export function latinRuns(tokens: readonly Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].kind !== TokenKind.Latin) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length && !tokens[j].lineBreakBefore) {
      const t = tokens[j];
      if (t.kind === TokenKind.Latin) last = j;
      else if (t.kind !== TokenKind.Digits && !(t.kind === TokenKind.Punct && INNER.has(t.norm))) break;
      j++;
    }
    runs.push([i, last]);
    i = j;
  }
  return runs;
}

/** What compromise found in a run: offsets inside the run. */
interface Finding {
  start: number;
  length: number;
  type: 'PER' | 'LOC' | 'ORG';
}

/** Runs per generation of the cache: at most twice this many are kept. */
const RUNS_PER_GENERATION = 4096;

/**
 * What compromise found in the runs already read, by the run's text. compromise costs 0.1–0.7 ms a run, hundreds of
 * Arabic tokens' worth, and text repeats its Latin runs: in one pass, 30 % of the runs had been read before on
 * ANERcorp's news, 33 % on ANERcorp + AQMAR sentences, 29 % on 30 MB of the benchmark corpus. What it finds depends on
 * the run's text alone, so a cached run gives what reading it again would, and output does not depend on what was
 * read before. Two generations, as the vocabulary keeps its words: the older one is dropped when the newer fills.
 */
export class LatinRunCache {
  private current = new Map<string, readonly Finding[]>();
  private previous = new Map<string, readonly Finding[]>();

  get(run: string): readonly Finding[] | undefined {
    const known = this.current.get(run);
    if (known !== undefined) return known;
    const older = this.previous.get(run);
    if (older !== undefined) this.set(run, older);
    return older;
  }

  /** `run` is kept: a string of its own, not a view into its document. */
  set(run: string, findings: readonly Finding[]): void {
    if (this.current.size >= RUNS_PER_GENERATION) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(run, findings);
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}

/** Shared by every model: compromise and what it finds do not depend on the lexicons. */
export const latinRunCache = new LatinRunCache();

const NO_FINDINGS: readonly Finding[] = [];

/** What compromise finds in `run`: people, then places, then organizations, each in its order. */
function read(run: string): readonly Finding[] {
  const doc = compromise()(run);
  const found: Finding[] = [];
  const add = (view: CompromiseView, type: Finding['type']) => {
    for (const m of view.out('offset')) if (m.offset.length > 0) found.push({ start: m.offset.start, length: m.offset.length, type });
  };
  add(doc.people(), 'PER');
  add(doc.places(), 'LOC');
  add(doc.organizations(), 'ORG');
  return found.length ? found : NO_FINDINGS;
}

export function findLatinCandidates(original: string, normalized: Normalized, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [first, last] of latinRuns(tokens)) {
    const start = tokens[first].start;
    const end = tokens[last].end;
    const from = normalized.toOriginal[start];
    const to = normalized.toOriginal[end - 1] + 1;
    // Only runs that normalization did not change in length (no controls inside), so offsets carry over one for one.
    if (to - from !== end - start) continue;
    const run = original.slice(from, to);
    // Names are capitalized in English: a lowercase run (a stray `date`, a URL) has none, and needs no parser.
    if (!/\p{Lu}/u.test(run)) continue;
    let findings = latinRunCache.get(run);
    if (findings === undefined) {
      findings = read(run);
      latinRunCache.set(ownString(run), findings);
    }
    for (const f of findings) {
      out.push(candidate({ start: start + f.start, end: start + f.start + f.length, type: f.type, source: 'latin', confidence: CONFIDENCE_LATIN }));
    }
  }
  return out;
}
