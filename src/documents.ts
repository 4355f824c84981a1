/**
 * Splitting one input into documents by `--input` mode: the whole text, one document per line, or one JSON record
 * per line whose text field is the document. Works line by line on a stream, so memory stays bounded.
 */

export const INPUT_MODES = ['text', 'lines', 'jsonl'] as const;
export type InputMode = (typeof INPUT_MODES)[number];

export type DocumentItem =
  | { kind: 'document'; text: string; line?: number; id?: unknown }
  | { kind: 'error'; line?: number; id?: unknown; message: string };

/** One line of `--input jsonl` -> a document, or an error record for that line. */
export function parseJsonlLine(raw: string, line: number, textField: string): DocumentItem {
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
  return { kind: 'document', text, line, id };
}
