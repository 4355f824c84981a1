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
  json(options: { offset: true; terms: false }): Array<{ offset: { start: number; length: number } }>;
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
export interface LatinFinding {
  start: number;
  length: number;
  type: 'PER' | 'LOC' | 'ORG';
}

/** Runs per generation of the cache: at most twice this many are kept. */
export const RUNS_PER_GENERATION = 4096;

/**
 * What compromise found in the runs already read, by the run's text. compromise costs 0.1–0.7 ms a run, hundreds of
 * Arabic tokens' worth, and text repeats its Latin runs: in one pass, 30 % of the runs had been read before on
 * ANERcorp's news, 33 % on ANERcorp + AQMAR sentences, 29 % on 30 MB of the benchmark corpus. What it finds depends on
 * the run's text alone, so a cached run gives what reading it again would, and output does not depend on what was
 * read before. Two generations, as the vocabulary keeps its words: the older one is dropped when the newer fills.
 */
export class LatinRunCache {
  private current = new Map<string, readonly LatinFinding[]>();
  private previous = new Map<string, readonly LatinFinding[]>();

  get(run: string): readonly LatinFinding[] | undefined {
    const known = this.current.get(run);
    if (known !== undefined) return known;
    const older = this.previous.get(run);
    if (older !== undefined) this.set(run, older);
    return older;
  }

  /**
   * Keeps `run` as a string of its own, never as the view into its document a run sliced from it is: a run first
   * read long ago and asked for again was kept as the asker's view, so each such run kept a whole document (216
   * documents of ~44 KB, ~8.5 MB per worker, in a heap snapshot 47 s into a 50 s run over 1 GB; a worker's live heap
   * crept from 43 to 54 MB in the run's last third, and peak RSS with two workers from ~275 to 305 MiB).
   */
  set(run: string, findings: readonly LatinFinding[]): void {
    if (this.current.size >= RUNS_PER_GENERATION) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(ownString(run), findings);
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

const NO_FINDINGS: readonly LatinFinding[] = [];

/** What compromise finds in `run`: people, then places, then organizations, each in its order. */
export function readLatinRun(run: string): readonly LatinFinding[] {
  // A run alone is never declined: only runs read together are checked to be one sentence each.
  return readLatinRuns([run])![0];
}

/** compromise reads runs joined by a blank line, each its own sentence (readLatinRuns checks that it is). */
const BETWEEN_RUNS = '\n\n';

/**
 * What compromise finds in each run of `runs`, read in one call: people, then places, then organizations, each in
 * its order, with offsets inside its run. `undefined` where compromise did not read each run as one sentence of its
 * own (a run it splits in two alone, say): its tagger works sentence by sentence and its matches never cross one,
 * so a run read with others gives what it gives alone when its sentence is exactly the run.
 */
export function readLatinRuns(runs: readonly string[]): Array<readonly LatinFinding[]> | undefined {
  const starts: number[] = [];
  let at = 0;
  for (const run of runs) {
    starts.push(at);
    at += run.length + BETWEEN_RUNS.length;
  }
  const doc = compromise()(runs.length === 1 ? runs[0] : runs.join(BETWEEN_RUNS));
  if (runs.length > 1) {
    const sentences = doc.json({ offset: true, terms: false });
    if (sentences.length !== runs.length) return undefined;
    for (let k = 0; k < runs.length; k++) {
      const o = sentences[k].offset;
      if (o.start !== starts[k] || o.length !== runs[k].length) return undefined;
    }
  }
  const found: LatinFinding[][] = runs.map(() => []);
  const add = (view: CompromiseView, type: LatinFinding['type']) => {
    let k = 0;
    for (const m of view.out('offset')) {
      if (m.offset.length === 0) continue;
      while (k + 1 < starts.length && starts[k + 1] <= m.offset.start) k++;
      found[k].push({ start: m.offset.start - starts[k], length: m.offset.length, type });
    }
  };
  add(doc.people(), 'PER');
  add(doc.places(), 'LOC');
  add(doc.organizations(), 'ORG');
  return found.map((f) => (f.length ? f : NO_FINDINGS));
}

/** Runs read in one call at most. */
const RUNS_TOGETHER = 32;
const HAS_CAPITAL = /\p{Lu}/u;

/**
 * Latin runs as findLatinCandidates cuts them (words of the tokenizer's non-Arabic letters, with digits, spaces and
 * the characters of INNER between them), matched from a run's first letter (sticky). A prefetch only: a run cut differently here is read alone later, as
 * without it. (Made by the constructor for the `v` flag's set difference, which Node 20 has and TypeScript's target
 * does not know.)
 */
const LATIN_RUN = new RegExp(String.raw`[\p{L}--\p{Script=Arabic}][[\p{L}\p{M}]--\p{Script=Arabic}]*(?:[ \t\u00A0\d.&',\-]*[\p{L}--\p{Script=Arabic}][[\p{L}\p{M}]--\p{Script=Arabic}]*)*`, 'vy');

/**
 * Where runs are looked for: at ASCII capitals, found fast (a regular expression over whole texts for Latin letters
 * took 38 ms over 10 MB of news, `\p{Lu}` alone 70 ms, `[A-Z]` 3–4 ms). A run with no ASCII capital, all Cyrillic
 * say, is read alone when its text is extracted.
 */
const CAPITAL = /[A-Z]/g;

/** A Latin letter a run may begin with: ASCII, Latin-1 to Latin Extended-B (× and ÷ are not letters). */
function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** A code unit a run may hold before its capital: those letters, combining marks, digits, spaces, inner punctuation. */
function inRun(c: number): boolean {
  return isLatinLetter(c) || (c >= 0x300 && c <= 0x36f) || (c >= 0x30 && c <= 0x39) || c === 0x20 || c === 0x09 || c === 0xa0 || INNER_CODES.includes(c);
}
const INNER_CODES = [...INNER].map((ch) => ch.charCodeAt(0));

/** The runs of `texts` holding an ASCII capital, as findLatinCandidates would cut them (mostly: see LATIN_RUN). */
function* capitalRuns(texts: readonly string[]): Generator<string> {
  for (const text of texts) {
    CAPITAL.lastIndex = 0;
    for (let m = CAPITAL.exec(text); m !== null; m = CAPITAL.exec(text)) {
      let start = m.index;
      while (start > 0 && inRun(text.charCodeAt(start - 1))) start--;
      while (!isLatinLetter(text.charCodeAt(start))) start++;
      LATIN_RUN.lastIndex = start;
      const run = LATIN_RUN.exec(text);
      if (run === null) continue;
      yield run[0];
      CAPITAL.lastIndex = Math.max(CAPITAL.lastIndex, start + run[0].length);
    }
  }
}

/**
 * Reads the Latin runs of `texts` not yet in the cache, many to a call of compromise, and caches what it finds, so
 * that extracting the texts next finds them there. Most of a call's cost does not depend on the text's length
 * (~0.9 ms a call over compromise's first thousand calls, ~0.25 ms warm, for runs of a few words): the 1,680
 * distinct runs of 100 MB of the benchmark corpus took 1.85 CPU-seconds read one to a call and 1.02 read 30 to a
 * call, with the same findings. What each text then yields does not change.
 */
export function prefetchLatinRuns(texts: readonly string[]): void {
  cacheNewRuns(capitalRuns(texts));
}

/**
 * Reads the runs of `runs` not in the cache, RUNS_TOGETHER to a call, and caches what each holds; nothing when only
 * one is new (it is read when its text is extracted, as it would be here).
 */
function cacheNewRuns(runs: Iterable<string>): void {
  let wanted: Set<string> | undefined;
  for (const run of runs) if (latinRunCache.get(run) === undefined) (wanted ??= new Set()).add(run);
  if (wanted === undefined || wanted.size < 2) return;
  const news = [...wanted];
  for (let i = 0; i < news.length; i += RUNS_TOGETHER) {
    const group = news.slice(i, i + RUNS_TOGETHER);
    const findings = group.length > 1 ? readLatinRuns(group) : undefined;
    // Runs compromise did not read as one sentence each are read alone when their texts are extracted.
    if (findings) for (let k = 0; k < group.length; k++) latinRunCache.set(group[k], findings[k]);
  }
}

export function findLatinCandidates(original: string, normalized: Normalized, tokens: readonly Token[]): Candidate[] {
  const runs: Array<{ start: number; run: string }> = [];
  for (const [first, last] of latinRuns(tokens)) {
    const start = tokens[first].start;
    const end = tokens[last].end;
    const from = normalized.toOriginal[start];
    const to = normalized.toOriginal[end - 1] + 1;
    // Only runs that normalization did not change in length (no controls inside), so offsets carry over one for one.
    if (to - from !== end - start) continue;
    const run = original.slice(from, to);
    // Names are capitalized in English: a lowercase run (a stray `date`, a URL) has none, and needs no parser.
    if (HAS_CAPITAL.test(run)) runs.push({ start, run });
  }
  // A document's new runs read together when there are several (prefetchLatinRuns does it for many documents).
  if (runs.length > 1) cacheNewRuns(runs.map((r) => r.run));
  const out: Candidate[] = [];
  for (const { start, run } of runs) {
    let findings = latinRunCache.get(run);
    if (findings === undefined) {
      findings = readLatinRun(run);
      latinRunCache.set(run, findings);
    }
    for (const f of findings) {
      out.push(candidate({ start: start + f.start, end: start + f.start + f.length, type: f.type, source: 'latin', confidence: CONFIDENCE_LATIN }));
    }
  }
  return out;
}

