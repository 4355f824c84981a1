/** One printer per format. Each turns records into text chunks; the CLI writes them as they come. */
import type { ChalkInstance } from 'chalk';
import type { Entity } from '../extract.js';
import type { ByteBuilder } from './byte-builder.js';
import { appendRecordLine } from './json-utf8.js';
import { isErrorRecord, type OutputRecord } from './record.js';
import { displayWidth, padEnd } from './width.js';

export const FORMATS = ['json', 'jsonl', 'table', 'tsv', 'html', 'inline', 'conll'] as const;
/** Formats that show the document's text, so the record carries it. */
export const FORMATS_WITH_TEXT: ReadonlySet<string> = new Set(['html', 'inline', 'conll']);
export type Format = (typeof FORMATS)[number];

export interface Printer {
  begin(): string;
  record(r: OutputRecord): string;
  /** What `record` returns, appended as UTF-8 without the string, where a printer can (JSON Lines). */
  appendRecord?(out: ByteBuilder, r: OutputRecord): void;
  end(): string;
}

export function jsonlPrinter(): Printer {
  return { begin: () => '', record: (r) => JSON.stringify(r) + '\n', appendRecord: appendRecordLine, end: () => '' };
}

/** A JSON array, written as records complete (the array is never held in memory). */
export function jsonPrinter(): Printer {
  let count = 0;
  return {
    begin: () => '[',
    record: (r) => (count++ === 0 ? '\n' : ',\n') + indent(JSON.stringify(r, null, 2)),
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
}

function indent(s: string): string {
  return s.replace(/^/gm, '  ');
}

const TSV_COLUMNS = ['document', 'line', 'type', 'start', 'end', 'text', 'id', 'label', 'subtype', 'value', 'grain', 'source', 'confidence'];

function tsvCell(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

export function tsvPrinter(): Printer {
  return {
    begin: () => TSV_COLUMNS.join('\t') + '\n',
    record: (r) => {
      if (isErrorRecord(r)) return '';
      const doc = r.id !== undefined ? String(r.id) : r.source;
      return r.entities
        .map((e) =>
          [doc, r.line, e.type, e.start, e.end, e.text, e.id, e.label, e.subtype, e.value, e.grain, e.source, e.confidence]
            .map(tsvCell)
            .join('\t'),
        )
        .map((l) => l + '\n')
        .join('');
    },
    end: () => '',
  };
}

type Paint = (s: string) => string;

export function typeColors(chalk: ChalkInstance): Record<Entity['type'], Paint> {
  return {
    PER: chalk.cyan,
    LOC: chalk.green,
    ORG: chalk.magenta,
    NORP: chalk.yellow,
    DATE: chalk.blue,
    TIME: chalk.blue,
  };
}

/**
 * A readable table per document. The Arabic text is the last column: terminals differ in how they shape and
 * reorder right-to-left text, and a last column cannot push the others out of line.
 */
export function tablePrinter(chalk: ChalkInstance): Printer {
  const colors = typeColors(chalk);
  return {
    begin: () => '',
    record: (r) => {
      const title = r.id !== undefined ? `${r.source} #${String(r.id)}` : r.line !== undefined ? `${r.source}:${r.line}` : r.source;
      if (isErrorRecord(r)) return chalk.red(`${title}: ${r.error}`) + '\n\n';
      const head = chalk.bold(title) + chalk.dim(`  (${r.entities.length} entities, reference date ${r.refDate})`) + '\n';
      if (r.entities.length === 0) return head + '\n';
      const rows = r.entities.map((e) => [e.type, `${e.start}-${e.end}`, e.id ?? e.value ?? '', e.label ?? e.grain ?? '', e.text]);
      const header = ['type', 'span', 'id / value', 'label / grain', 'text'];
      const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[c]))));
      const line = (cells: string[], paint?: Paint) =>
        cells
          .map((cell, c) => {
            const padded = c === cells.length - 1 ? cell : padEnd(cell, widths[c]);
            return c === 0 && paint ? paint(padded) : padded;
          })
          .join('  ') + '\n';
      return head + chalk.dim(line(header)) + rows.map((row, i) => line(row, colors[r.entities[i].type])).join('') + '\n';
    },
    end: () => '',
  };
}
