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

export function documentRecord(source: string, doc: Doc, result: Extraction, withText: boolean): OutputRecord {
  return {
    source,
    ...(doc.id !== undefined ? { id: doc.id } : {}),
    ...(doc.line !== undefined ? { line: doc.line } : {}),
    ...(doc.encoding && doc.encoding !== 'utf-8' ? { encoding: doc.encoding } : {}),
    refDate: result.refDate,
    entities: result.entities,
    ...(withText && doc.kind === 'document' ? { text: doc.text } : {}),
  };
}

/** A line of `--input jsonl` that is not a document (malformed JSON, no text field), in the place of its record. */
export function inputErrorRecord(source: string, doc: Extract<Doc, { kind: 'error' }>): ErrorRecord {
  return { source, ...(doc.id !== undefined ? { id: doc.id } : {}), line: doc.line, error: doc.message };
}

/** A document whose extraction failed. */
export function extractionErrorRecord(source: string, doc: Doc, message: string): ErrorRecord {
  return { source, ...(doc.line !== undefined ? { line: doc.line } : {}), error: message };
}

/** Where a warning about a document points: `file:line`, or the file alone. */
export function placeOf(source: string, doc: Doc): string {
  return `${source}${doc.line !== undefined ? `:${doc.line}` : ''}`;
}
