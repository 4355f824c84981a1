/** A batch of input lines (`--input lines|jsonl`): a read chunk's lines, printed in one go (see printed.ts). */
import { parseJsonlLine } from '../../documents.js';
import type { Model } from '../../extract.js';
import type { Doc } from '../records.js';
import { PrintedBatch, type BatchResult, type BatchSettings } from './printed.js';

export interface LineBatch {
  source: string;
  /** The number of the batch's first line in its input (1-based; blank lines count). */
  firstLine: number;
  lines: string[];
  input: 'lines' | 'jsonl';
  textField: string;
  /** The input's encoding, when it is not UTF-8 (recorded in each record). */
  encoding: string | undefined;
  settings: BatchSettings;
}

/** `spare`: memory for the output, if the caller has some to reuse. */
export function runLineBatch(batch: LineBatch, model: Model, spare?: ArrayBuffer): BatchResult {
  const printed = new PrintedBatch(batch.settings, model, spare);
  for (let i = 0; i < batch.lines.length; i++) {
    const raw = batch.lines[i];
    if (raw.trim() === '') continue;
    const line = batch.firstLine + i;
    const doc: Doc = batch.input === 'lines' ? { kind: 'document', text: raw, line } : parseJsonlLine(raw, line, batch.textField);
    if (doc.kind === 'error') printed.inputError(batch.source, doc);
    else {
      if (batch.encoding) doc.encoding = batch.encoding;
      printed.document(batch.source, doc);
    }
  }
  return printed.result();
}
