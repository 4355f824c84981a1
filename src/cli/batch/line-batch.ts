/** A batch of input lines (`--input lines|jsonl`): a read chunk's lines, printed in one go (see printed.ts). */
import { parseJsonlLine } from '../../documents.js';
import type { Model } from '../../extract.js';
import { decodeLineBytes, isInvalidLine, type InputLine, type LineBytes } from '../../io/lines.js';
import type { Doc } from '../records.js';
import { PrintedBatch, type BatchResult, type BatchSettings } from './printed.js';
import { prefetchLatinRuns } from '../../recognize/latin.js';

/** How a line becomes a document: the whole line, or a JSON record's fields. */
export interface LineInput {
  input: 'lines' | 'jsonl';
  textField: string;
  /** With jsonl, the field holding a record's date (`--date-field`). */
  dateField?: string;
}

export interface LineBatch extends LineInput {
  source: string;
  /** The number of the batch's first line in its input (1-based; blank lines count). */
  firstLine: number;
  /** The lines, or for a worker their bytes, to decode where the batch runs (`decodeLineBytes`). */
  lines: InputLine[] | LineBytes;
  /** The input's encoding (recorded in each record when it is not UTF-8). */
  encoding: string | undefined;
  settings: BatchSettings;
}

/**
 * Prints a batch. `spare`: memory for the output, if the caller has some to reuse. `docs`: the batch's documents
 * (batchDocuments), from a caller that decoded them and read their Latin runs already, with other batches'.
 */
export function runLineBatch(batch: LineBatch, model: Model, spare?: ArrayBuffer, docs?: readonly Doc[]): BatchResult {
  if (docs === undefined) {
    docs = batchDocuments(batch);
    prefetchLatinRunsOf(docs);
  }
  const printed = new PrintedBatch(batch.settings, model, spare);
  for (const doc of docs) {
    if (doc.kind === 'error') printed.inputError(batch.source, doc);
    else printed.document(batch.source, doc);
  }
  return printed.result();
}

/** A batch's documents, and errors in the place of lines that are none, in order; blank lines left out. */
export function batchDocuments(batch: LineBatch): Doc[] {
  const lines = Array.isArray(batch.lines) ? batch.lines : decodeLineBytes(batch.lines);
  const docs: Doc[] = [];
  for (let i = 0; i < lines.length; i++) {
    const doc = documentOfLine(lines[i], batch.firstLine + i, batch, batch.encoding);
    if (doc !== undefined) docs.push(doc);
  }
  return docs;
}

/**
 * Reads the documents' English runs with compromise a few to a call instead of one by one (latin.ts), before they
 * are extracted. Only an optimization: if it fails, each document reads its runs alone, and reports the error.
 */
export function prefetchLatinRunsOf(docs: readonly Doc[]): void {
  const texts: string[] = [];
  for (const doc of docs) if (doc.kind === 'document') texts.push(doc.text);
  try {
    prefetchLatinRuns(texts);
  } catch {
    // As documented: the documents read their runs themselves.
  }
}

/**
 * One line of `--input lines|jsonl` as a document, or an error in its place (a line that did not decode; for jsonl,
 * a malformed record); a blank line is none. `encoding`: the input's, recorded with each document when it is not UTF-8.
 */
export function documentOfLine(raw: InputLine, line: number, how: LineInput, encoding: string | undefined): Doc | undefined {
  if (isInvalidLine(raw)) return { kind: 'error', line, message: raw.invalid };
  if (raw.trim() === '') return undefined;
  const doc: Doc = how.input === 'lines' ? { kind: 'document', text: raw, line } : parseJsonlLine(raw, line, how.textField, how.dateField);
  if (encoding && encoding !== 'utf-8' && doc.kind === 'document') doc.encoding = encoding;
  return doc;
}
