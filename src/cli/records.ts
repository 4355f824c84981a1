/**
 * The record printed for each document of an input, and for an input line that could not be processed: built in one
 * place, so that extraction on the main thread and in a worker's batch print the same bytes.
 */
import type { DocumentItem } from '../documents.js';
import type { Extraction, ExtractOptions } from '../extract.js';
import type { ErrorRecord, OutputRecord } from '../output/record.js';

export type Doc = DocumentItem & { encoding?: string };

/** The options a document is extracted with: the run's, with the record's own date when it has one (`--date-field`). */
export function optionsFor(options: ExtractOptions, doc: Extract<Doc, { kind: 'document' }>): ExtractOptions {
  return doc.refDate === undefined ? options : { ...options, refDate: doc.refDate };
}

/** What a run's records hold besides the fixed fields. */
export interface RecordShape {
  /** The document's text (for the formats that show it). */
  text: boolean;
  /**
   * The input line's number (`--no-line` turns it off: a mapper's chunks number their lines from 1 each, and their
   * concatenated records then differ from one run's).
   */
  line: boolean;
}

/** The fields that name a document: its source, its record's id, its line. */
function placeFields(source: string, doc: Doc, shape: RecordShape): { source: string; id?: unknown; line?: number } {
  return {
    source,
    ...(doc.id !== undefined ? { id: doc.id } : {}),
    ...(shape.line && doc.line !== undefined ? { line: doc.line } : {}),
  };
}

export function documentRecord(source: string, doc: Doc, result: Extraction, shape: RecordShape): OutputRecord {
  return {
    ...placeFields(source, doc, shape),
    ...(doc.encoding && doc.encoding !== 'utf-8' ? { encoding: doc.encoding } : {}),
    refDate: result.refDate,
    entities: result.entities,
    ...(shape.text && doc.kind === 'document' ? { text: doc.text } : {}),
  };
}

/**
 * A line that is not a document (not decodable; for jsonl, malformed JSON or no text field), or a document whose
 * extraction failed: an error in the place of its record.
 */
export function errorRecord(source: string, doc: Doc, message: string, shape: RecordShape): ErrorRecord {
  return { ...placeFields(source, doc, shape), error: message };
}

/** Where a warning about a document points: `file:line`, or the file alone. */
export function placeOf(source: string, doc: Doc): string {
  return `${source}${doc.line !== undefined ? `:${doc.line}` : ''}`;
}
