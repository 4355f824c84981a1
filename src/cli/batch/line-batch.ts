/** A batch of input lines (`--input lines|jsonl`): a read chunk's lines, printed in one go (see printed.ts). */
import { parseJsonlLine } from '../../documents.js';
import type { Model } from '../../extract.js';
import { decodeLineBytes, isInvalidLine, type InputLine, type LineBytes } from '../../io/lines.js';
import type { Doc } from '../records.js';
import { PrintedBatch, type BatchResult, type BatchSettings } from './printed.js';

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

/** `spare`: memory for the output, if the caller has some to reuse. */
export function runLineBatch(batch: LineBatch, model: Model, spare?: ArrayBuffer): BatchResult {
  const printed = new PrintedBatch(batch.settings, model, spare);
  const lines = Array.isArray(batch.lines) ? batch.lines : decodeLineBytes(batch.lines);
  for (let i = 0; i < lines.length; i++) {
    const doc = documentOfLine(lines[i], batch.firstLine + i, batch, batch.encoding);
    if (doc === undefined) continue;
    if (doc.kind === 'error') printed.inputError(batch.source, doc);
    else printed.document(batch.source, doc);
  }
  return printed.result();
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
