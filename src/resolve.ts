/**
 * Overlaps, decided in one place (after spaCy's filter_spans): the longest candidate wins, then the leftmost, then
 * the surer one (unambiguous before ambiguous; linked to an entry before unlinked, so that a rule that finds exactly a
 * name the lexicon knows, even through a spelling variant, keeps the link; higher confidence), then the type order.
 */
import type { Candidate } from './recognize/candidate.js';
import type { EntityType } from './lexicon/types.js';

/**
 * The type order: DATE, TIME, PER, ORG, LOC, NORP. A switch, not a lookup in a record by name: `TYPE_ORDER[a.type]`
 * was a keyed load whose feedback held the one or two type names seen while warming up, and resolveOverlaps (which
 * inlines compareCandidates) deoptimized ("wrong name") when another came.
 */
function typeRank(type: EntityType): number {
  switch (type) {
    case 'DATE':
      return 0;
    case 'TIME':
      return 1;
    case 'PER':
      return 2;
    case 'ORG':
      return 3;
    case 'LOC':
      return 4;
    case 'NORP':
      return 5;
  }
}

export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    Number(a.ambiguous ?? false) - Number(b.ambiguous ?? false) ||
    Number(a.entry === undefined) - Number(b.entry === undefined) ||
    // A sign rather than the difference: a fraction here would make every comparison's result a heap number.
    (b.confidence > a.confidence ? 1 : b.confidence < a.confidence ? -1 : 0) ||
    typeRank(a.type) - typeRank(b.type) ||
    (a.entry ?? 0) - (b.entry ?? 0)
  );
}

/** Non-overlapping candidates, in text order. */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  // Overlaps are local: split the candidates into clusters of mutually reachable spans and decide each cluster
  // alone, so a document of a million mentions costs a sort, not a million insertions into one list.
  const byStart = stableSort(candidates.slice(), byStartLongestFirst);
  const kept: Candidate[] = [];
  let i = 0;
  while (i < byStart.length) {
    let j = i + 1;
    let end = byStart[i].end;
    while (j < byStart.length && byStart[j].start < end) {
      // Without a branch: one taken only by a chain of overlaps deoptimized this loop.
      end = Math.max(end, byStart[j].end);
      j++;
    }
    if (j === i + 1) kept.push(byStart[i]);
    else kept.push(...resolveCluster(byStart.slice(i, j)));
    i = j;
  }
  return kept;
}

/** Longest first, then leftmost, then surer (compareCandidates); what a kept span overlaps is dropped. */
function resolveCluster(cluster: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of stableSort(cluster, compareCandidates)) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return stableSort(kept, byStartOnly);
}

const byStartLongestFirst = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;
const byStartOnly = (a: Candidate, b: Candidate): number => a.start - b.start;

/** Moves an insertion sort may make per element before the input counts as far from sorted. */
const INSERTION_MOVES = 8;

/**
 * `list` sorted in place, stably, as `Array.prototype.sort` sorts it. Candidates arrive almost in order (each
 * recognizer emits them in text order; clusters are a few spans), and an insertion sort then costs a few comparisons
 * a candidate and allocates nothing, where the built-in sort copies the array and calls the comparator through a
 * builtin. Past a budget of moves the built-in sort finishes the job: insertion keeps equal elements in their
 * original order, so the stable result is the same.
 */
function stableSort(list: Candidate[], cmp: (a: Candidate, b: Candidate) => number): Candidate[] {
  let budget = INSERTION_MOVES * list.length + 16;
  for (let i = 1; i < list.length; i++) {
    const c = list[i];
    let j = i;
    while (j > 0 && cmp(list[j - 1], c) > 0) {
      list[j] = list[j - 1];
      j--;
    }
    list[j] = c;
    budget -= i - j;
    if (budget < 0) return list.sort(cmp);
  }
  return list;
}
