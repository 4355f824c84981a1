import type { Entity } from '../extract.js';

/**
 * One record per document: the JSON Lines schema (documented in README.md, "Output contract").
 * `id` is present only when the input record had one (`--input jsonl`); `line` for `--input lines|jsonl`.
 */
export interface DocumentRecord {
  source: string;
  id?: unknown;
  line?: number;
  encoding?: string;
  refDate: string;
  entities: Entity[];
  /** The document itself: only for the formats that show it (`html`, `inline`), never in JSON output. */
  text?: string;
}

/** An input that could not be processed, in the place its record would have been (`--input jsonl`). */
export interface ErrorRecord {
  source: string;
  line?: number;
  id?: unknown;
  error: string;
}

export type OutputRecord = DocumentRecord | ErrorRecord;

export function isErrorRecord(r: OutputRecord): r is ErrorRecord {
  return 'error' in r;
}
