/** Reading lexicon tables (TSV, CSV, JSON) into rows keyed by column name, each with its line number. */

export interface Row {
  line: number;
  cells: Record<string, string>;
}

export interface Table {
  columns: string[];
  rows: Row[];
  problems: string[];
}

export type TableFormat = 'tsv' | 'csv' | 'json';

export function formatOf(file: string): TableFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return 'tsv';
}

export function readTable(text: string, file: string, format: TableFormat = formatOf(file)): Table {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return format === 'json' ? readJson(text, file) : readDelimited(text, file, format === 'csv' ? splitCsvLine : splitTsvLine);
}

function splitTsvLine(line: string): string[] | string {
  return line.split('\t').map((c) => c.trim());
}

/** RFC 4180 fields on one line: quotes may wrap a field, "" is a quote inside one. */
function splitCsvLine(line: string): string[] | string {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return 'unterminated quoted field';
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += line[i++];
      }
      if (i < line.length && line[i] !== ',') return `unexpected character after a quoted field at column ${i + 1}`;
    } else {
      const next = line.indexOf(',', i);
      cell = next < 0 ? line.slice(i) : line.slice(i, next);
      i = next < 0 ? line.length : next;
    }
    cells.push(cell.trim());
    if (i >= line.length) return cells;
    i++; // the comma
  }
}

function readDelimited(text: string, file: string, split: (line: string) => string[] | string): Table {
  const lines = text.split(/\r\n|\r|\n/);
  const problems: string[] = [];
  const rows: Row[] = [];
  let columns: string[] | undefined;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const cells = split(raw);
    if (typeof cells === 'string') {
      problems.push(`${file}:${line}: ${cells}`);
      return;
    }
    if (!columns) {
      columns = cells;
      return;
    }
    if (cells.length > columns.length) {
      problems.push(`${file}:${line}: ${cells.length} columns, the header has ${columns.length}`);
      return;
    }
    const record: Record<string, string> = {};
    columns.forEach((c, i) => (record[c] = cells[i] ?? ''));
    rows.push({ line, cells: record });
  });
  if (!columns) problems.push(`${file}:1: no header row`);
  return { columns: columns ?? [], rows, problems };
}

function readJson(text: string, file: string): Table {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { columns: [], rows: [], problems: [`${file}:1: not valid JSON (${(e as Error).message})`] };
  }
  const list = Array.isArray(data) ? data : (data as { entries?: unknown })?.entries;
  if (!Array.isArray(list)) return { columns: [], rows: [], problems: [`${file}:1: expected an array of entries`] };
  const problems: string[] = [];
  const rows: Row[] = [];
  const columns = new Set<string>();
  // JSON has no line numbers once parsed; the entry's position stands in for one.
  list.forEach((item, index) => {
    const line = index + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.push(`${file}: entry ${line}: not an object`);
      return;
    }
    const cells: Record<string, string> = {};
    for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
      columns.add(k);
      if (Array.isArray(v)) cells[k] = v.map(String).join('|');
      else if (v === null || v === undefined) cells[k] = '';
      else cells[k] = String(v);
    }
    rows.push({ line, cells });
  });
  return { columns: [...columns], rows, problems };
}
