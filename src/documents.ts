/**
 * Splitting one input into documents by `--input` mode: the whole text, one document per line, or one JSON record
 * per line whose text field is the document. Works line by line on a stream, so memory stays bounded.
 */

import { parseIsoDate } from './recognize/dates/calendar.js';

export const INPUT_MODES = ['text', 'lines', 'jsonl'] as const;
export type InputMode = (typeof INPUT_MODES)[number];

export type DocumentItem =
  | {
      kind: 'document';
      text: string;
      line?: number;
      id?: unknown;
      /** YYYY-MM-DD from the record's date field (`--date-field`): the date its relative dates resolve against. */
      refDate?: string;
    }
  | { kind: 'error'; line?: number; id?: unknown; message: string };

/**
 * A record's date field as YYYY-MM-DD: an ISO 8601 date, or a date-time whose date part is taken as written (a
 * record stamped `2024-03-05T23:30:00-05:00` was written on 5 March where it was written, whatever the UTC day).
 */
export function recordDate(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d)/.exec(value);
  return m && parseIsoDate(m[1]) ? m[1] : undefined;
}

/**
 * One line of `--input jsonl` -> a document, or an error record for that line. `dateField`: the field holding the
 * record's date, if any; a record without it (or with null) has none, one whose value is not a date is an error.
 */
export function parseJsonlLine(raw: string, line: number, textField: string, dateField?: string): DocumentItem {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { kind: 'error', line, message: `malformed JSON (${(e as Error).message})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'error', line, message: 'expected a JSON object' };
  }
  const record = value as Record<string, unknown>;
  const id = record.id;
  const text = record[textField];
  if (typeof text !== 'string') {
    return { kind: 'error', line, id, message: text === undefined ? `no "${textField}" field` : `"${textField}" is not a string` };
  }
  if (dateField === undefined) return { kind: 'document', text, line, id };
  const date = record[dateField];
  if (date === undefined || date === null) return { kind: 'document', text, line, id };
  const refDate = typeof date === 'string' ? recordDate(date) : undefined;
  if (refDate === undefined) {
    return { kind: 'error', line, id, message: `"${dateField}" is not a date (expected YYYY-MM-DD or an ISO 8601 date-time, got ${JSON.stringify(date).slice(0, 40)})` };
  }
  return { kind: 'document', text, line, id, refDate };
}
