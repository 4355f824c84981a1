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
  /**
   * `entities` already written as JSON by a worker thread (then `entities` is empty): the JSON Lines printer splices
   * it in, so the main thread neither clones the entities back nor serializes them. Never printed as a field.
   */
  entitiesJson?: string;
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
