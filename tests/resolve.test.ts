import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../src/resolve.js';
import type { Candidate } from '../src/recognize/candidate.js';

const c = (start: number, end: number, extra: Partial<Candidate> = {}): Candidate => ({ start, end, type: 'LOC', source: 'gazetteer', confidence: 0.9, ...extra });
const spans = (cs: Candidate[]) => cs.map((x) => `${x.start}-${x.end}${x.type === 'LOC' ? '' : x.type}`);

describe('resolveOverlaps', () => {
  it('keeps the longest of overlapping candidates', () => {
    expect(spans(resolveOverlaps([c(0, 5), c(0, 12), c(6, 12)]))).toEqual(['0-12']);
  });

  it('between equally long overlapping candidates keeps the leftmost', () => {
    expect(spans(resolveOverlaps([c(3, 8), c(0, 5)]))).toEqual(['0-5']);
  });

  it('prefers an unambiguous form, then the type order, at the same span', () => {
    expect(resolveOverlaps([c(0, 5, { ambiguous: true, type: 'PER' }), c(0, 5, { type: 'ORG' })])[0].type).toBe('ORG');
    expect(resolveOverlaps([c(0, 5, { type: 'NORP' }), c(0, 5, { type: 'PER' })])[0].type).toBe('PER');
  });

  it('keeps every candidate that does not overlap, in text order', () => {
    expect(spans(resolveOverlaps([c(10, 12), c(0, 3), c(4, 8), c(3, 4)]))).toEqual(['0-3', '3-4', '4-8', '10-12']);
  });

  it('spans that only touch do not overlap', () => {
    expect(spans(resolveOverlaps([c(0, 4), c(4, 8)]))).toEqual(['0-4', '4-8']);
  });
});
