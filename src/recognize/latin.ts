/**
 * Latin-script spans inside Arabic text (English names, places and organizations in news copy) go to compromise,
 * which reads English; its offsets are mapped back into the document. compromise takes a quarter of a second to
 * load, so it is loaded on the first document that has a Latin run, never at startup.
 */
import { createRequire } from 'node:module';
import { TokenKind, type Token } from '../text/tokenize.js';
import type { Normalized } from '../text/normalize.js';
import { candidate, type Candidate } from './candidate.js';

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
    const doc = compromise()(run);
    const emit = (view: CompromiseView, type: Candidate['type']) => {
      for (const m of view.out('offset')) {
        if (m.offset.length <= 0) continue;
        out.push(candidate({ start: start + m.offset.start, end: start + m.offset.start + m.offset.length, type, source: 'latin', confidence: CONFIDENCE_LATIN }));
      }
    };
    emit(doc.people(), 'PER');
    emit(doc.places(), 'LOC');
    emit(doc.organizations(), 'ORG');
  }
  return out;
}
