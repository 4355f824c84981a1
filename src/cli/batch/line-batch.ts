/**
 * A batch of input lines (`--input lines|jsonl`) turned into printed output in one go, where the model lives: a
 * worker thread sends back the batch's output as UTF-8 bytes with its counts, so the main thread, which reads and
 * writes and on few cores competes with the workers, does no per-document work at all.
 */
import { parseJsonlLine } from '../../documents.js';
import { extractDocument, type ExtractOptions, type Model } from '../../extract.js';
import { jsonlPrinter, tsvPrinter, type Printer } from '../../output/printers.js';
import { ByteBuilder } from '../../output/byte-builder.js';
import { describe } from '../common.js';
import { documentRecord, extractionErrorRecord, inputErrorRecord, placeOf, type Doc } from '../records.js';
import { tallyEntities, type EntityCount } from './summary.js';

/** The formats whose records print independently of each other and of the terminal. */
export const BATCH_FORMATS: ReadonlySet<string> = new Set(['jsonl', 'tsv']);
export type BatchFormat = 'jsonl' | 'tsv';

export interface LineBatch {
  source: string;
  /** The number of the batch's first line in its input (1-based; blank lines count). */
  firstLine: number;
  lines: string[];
  input: 'lines' | 'jsonl';
  textField: string;
  /** The input's encoding, when it is not UTF-8 (recorded in each record). */
  encoding: string | undefined;
  format: BatchFormat;
  options: ExtractOptions;
  /** Count each entity (for `--summary` and `stats`), not only the totals by type. */
  tally: boolean;
  /** Print nothing (`stats`): only count. */
  countOnly: boolean;
}

export interface BatchResult {
  /** The batch's records, printed and encoded as UTF-8. */
  output: Uint8Array;
  documents: number;
  /** UTF-16 code units of the documents' text, for the progress line. */
  chars: number;
  byType: Record<string, number>;
  tally: EntityCount[] | undefined;
  /** Warnings for stderr, in input order (each names its file and line). */
  warnings: string[];
  /** Lines that failed: malformed input records or documents whose extraction failed. */
  failed: number;
}

function printerOf(format: BatchFormat): Printer {
  return format === 'tsv' ? tsvPrinter() : jsonlPrinter();
}

export function runLineBatch(batch: LineBatch, model: Model): BatchResult {
  const printer = printerOf(batch.format);
  const byType: Record<string, number> = {};
  const tally = batch.tally ? new Map<string, EntityCount>() : undefined;
  const warnings: string[] = [];
  const out = new ByteBuilder();
  let documents = 0;
  let chars = 0;
  let failed = 0;
  for (let i = 0; i < batch.lines.length; i++) {
    const raw = batch.lines[i];
    if (raw.trim() === '') continue;
    const line = batch.firstLine + i;
    const doc: Doc = batch.input === 'lines' ? { kind: 'document', text: raw, line } : parseJsonlLine(raw, line, batch.textField);
    if (doc.kind === 'error') {
      failed++;
      warnings.push(`${placeOf(batch.source, doc)}: ${doc.message}`);
      if (!batch.countOnly) out.append(printer.record(inputErrorRecord(batch.source, doc)));
      continue;
    }
    if (batch.encoding) doc.encoding = batch.encoding;
    try {
      const { refDate, entities } = extractDocument(doc.text, model, batch.options);
      documents++;
      chars += doc.text.length;
      for (const e of entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
      if (tally) tallyEntities(entities, tally);
      if (!batch.countOnly) out.append(printer.record(documentRecord(batch.source, doc, { refDate, entities }, false)));
    } catch (e) {
      failed++;
      warnings.push(`${placeOf(batch.source, doc)}: ${describe(e)}`);
      if (!batch.countOnly) out.append(printer.record(extractionErrorRecord(batch.source, doc, describe(e))));
    }
  }
  return { output: out.bytes(), documents, chars, byType, tally: tally ? [...tally.values()] : undefined, warnings, failed };
}
