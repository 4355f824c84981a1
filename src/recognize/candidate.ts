import type { EntityType } from '../lexicon/types.js';

/** Which recognizer proposed a mention; printed as the mention's `source` so every mention is explainable. */
export type CandidateSource = 'gazetteer' | 'date' | 'rule' | 'latin' | 'memory';

/** A proposed mention, in normalized-text offsets. Recognizers return every candidate; `resolve` decides. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  source: CandidateSource;
  /** Index of the lexicon entry, when one is linked. */
  entry?: number;
  /** The form is ambiguous: it needs a license (document memory or a rule). */
  ambiguous?: boolean;
  subtype?: string;
  value?: string;
  grain?: string;
  hijri?: string;
  confidence: number;
  /** Which rule proposed it (source `rule` or `memory`), e.g. `person-title`, `org-head`. */
  rule?: string;
}

/**
 * A candidate with every field present (undefined where it does not apply). Recognizers build their candidates
 * through it so that all candidates share one hidden class: the code that reads them (overlaps, licensing, memory,
 * entities) then sees one shape, and V8 optimizes it once instead of recompiling it as each recognizer's shape
 * arrives.
 */
export function candidate(c: Candidate): Candidate {
  return {
    start: c.start,
    end: c.end,
    type: c.type,
    source: c.source,
    entry: c.entry,
    ambiguous: c.ambiguous,
    subtype: c.subtype,
    value: c.value,
    grain: c.grain,
    hijri: c.hijri,
    confidence: c.confidence,
    rule: c.rule,
  };
}

/**
 * The candidates for which `keep` holds, in order: `Array.prototype.filter` as a loop. The built-in's result has
 * another elements kind when it is empty and when TurboFan inlines it (holey), and each new kind reaching optimized
 * code that reads candidate lists deoptimizes it; one literal site here gives every list the same kind.
 */
export function keepIf(list: readonly Candidate[], keep: (c: Candidate) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) if (keep(list[i])) out.push(list[i]);
  return out;
}

/**
 * How far (in characters) a document-level decision reaches: about one news article. A window rather than the whole
 * document, so that a file of many articles (a corpus) does not carry one article's names into the next.
 */
export const ARTICLE_WINDOW = 3000;
