/**
 * Overlaps, decided in one place (after spaCy's filter_spans): the longest candidate wins, then the leftmost, then
 * the surer one (unambiguous before ambiguous, higher confidence), then the type order below.
 */
import type { Candidate } from './recognize/candidate.js';
import type { EntityType } from './lexicon/types.js';

const TYPE_ORDER: Record<EntityType, number> = { DATE: 0, TIME: 1, PER: 2, ORG: 3, LOC: 4, NORP: 5 };

export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    Number(a.ambiguous ?? false) - Number(b.ambiguous ?? false) ||
    b.confidence - a.confidence ||
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    (a.entry ?? 0) - (b.entry ?? 0)
  );
}

/** Non-overlapping candidates, in text order. */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(compareCandidates);
  const kept: Candidate[] = []; // sorted by start
  for (const c of ranked) {
    // First kept span that ends after c starts: the only one that can overlap c from the left or inside.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < kept.length && kept[lo].start < c.end) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
