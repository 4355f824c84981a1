/**
 * Documents extracted and printed where the model is, their output collected as UTF-8 bytes with their counts: a
 * worker thread sends back one result per batch of lines or per file, so the main thread, which reads and writes and
 * on few cores competes with the workers, does no per-document work.
 */
import { entitiesOf, extractMentions, type Entity, type ExtractOptions, type Model } from '../../extract.js';
import { appendDocumentLine } from '../../output/json-utf8.js';
import { jsonlPrinter, tsvPrinter, type Printer } from '../../output/printers.js';
import type { OutputRecord } from '../../output/record.js';
import { ByteBuilder } from '../../output/byte-builder.js';
import { describe } from '../common.js';
import { documentRecord, errorRecord, optionsFor, placeOf, type Doc, type RecordShape } from '../records.js';
import { tallyEntities, type EntityCount } from './summary.js';

/** The formats whose records print independently of each other and of the terminal. */
export const BATCH_FORMATS: ReadonlySet<string> = new Set(['jsonl', 'tsv']);
export type BatchFormat = 'jsonl' | 'tsv';

/** How a batch is printed and counted: the same for every batch of a run. */
export interface BatchSettings {
  format: BatchFormat;
  options: ExtractOptions;
  /** Count each entity (for `--summary` and `stats`), not only the totals by type. */
  tally: boolean;
  /** Print nothing (`stats`): only count. */
  countOnly: boolean;
  /** Records carry their input line's number (not with `--no-line`). */
  line: boolean;
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
  /** Documents or input records that failed: malformed input records, extractions that threw. */
  failed: number;
}

/** The entities of a record whose mentions are printed in their place. */
const NO_ENTITIES: Entity[] = [];

export class PrintedBatch {
  private readonly printer: Printer;
  private readonly byType: Record<string, number> = {};
  private readonly tally: Map<string, EntityCount> | undefined;
  private readonly warnings: string[] = [];
  private readonly out: ByteBuilder;
  private readonly shape: RecordShape;
  private documents = 0;
  private chars = 0;
  private failed = 0;

  constructor(
    private readonly settings: BatchSettings,
    private readonly model: Model,
    spare?: ArrayBuffer,
  ) {
    this.out = new ByteBuilder(spare);
    this.shape = { text: false, line: settings.line };
    this.printer = settings.format === 'tsv' ? tsvPrinter() : jsonlPrinter();
    this.tally = settings.tally ? new Map() : undefined;
  }

  document(source: string, doc: Extract<Doc, { kind: 'document' }>): void {
    const { settings } = this;
    try {
      const m = extractMentions(doc.text, this.model, optionsFor(settings.options, doc));
      this.documents++;
      this.chars += doc.text.length;
      for (const c of m.candidates) this.byType[c.type] = (this.byType[c.type] ?? 0) + 1;
      if (settings.format === 'jsonl' && !this.tally) {
        // Printed from the mentions: no entity objects (see appendDocumentLine).
        if (!settings.countOnly) appendDocumentLine(this.out, documentRecord(source, doc, { refDate: m.refDate, entities: NO_ENTITIES }, this.shape), m);
        return;
      }
      const entities = entitiesOf(m);
      if (this.tally) tallyEntities(entities, this.tally);
      if (!settings.countOnly) this.print(documentRecord(source, doc, { refDate: m.refDate, entities }, this.shape));
    } catch (e) {
      this.failed++;
      this.warnings.push(`${placeOf(source, doc)}: ${describe(e)}`);
      if (!settings.countOnly) this.print(errorRecord(source, doc, describe(e), this.shape));
    }
  }

  inputError(source: string, doc: Extract<Doc, { kind: 'error' }>): void {
    this.failed++;
    this.warnings.push(`${placeOf(source, doc)}: ${doc.message}`);
    if (!this.settings.countOnly) this.print(errorRecord(source, doc, doc.message, this.shape));
  }

  private print(record: OutputRecord): void {
    if (this.printer.appendRecord) this.printer.appendRecord(this.out, record);
    else this.out.append(this.printer.record(record));
  }

  result(): BatchResult {
    const { documents, chars, byType, warnings, failed } = this;
    return { output: this.out.bytes(), documents, chars, byType, tally: this.tally ? [...this.tally.values()] : undefined, warnings, failed };
  }
}
