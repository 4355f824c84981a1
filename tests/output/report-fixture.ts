/** Records for the report tests, built by the library itself on the seed article and a few small documents. */
import { readFileSync } from 'node:fs';
import { createModel, extractDocument } from '../../src/index.js';
import type { DocumentRecord, OutputRecord } from '../../src/output/record.js';
import type { Printer } from '../../src/output/printers.js';

export const SEED_PATH = 'fixtures/news/000_c4aff9e3ec424988.txt';
export const seedText = readFileSync(new URL('../../' + SEED_PATH, import.meta.url), 'utf8');

/** A document whose text tries to break out of the page. */
export const HOSTILE_TEXT =
  'زار إيمانويل ماكرون باريس في 17 يوليو/تموز 2023 </script><script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> & <!-- لبنان -->';

let model: ReturnType<typeof createModel> | undefined;

export type TextRecord = DocumentRecord & { text?: string };

export function record(source: string, text: string, extra: Partial<DocumentRecord> = {}): TextRecord {
  model ??= createModel();
  const { refDate, entities } = extractDocument(text, model, { refDate: '2025-09-05' });
  return { source, ...extra, refDate, entities, text };
}

/** The seed article, the hostile text, two short lines, an error, and the seed again without its text. */
export function fixtureRecords(): OutputRecord[] {
  const seed = record(SEED_PATH, seedText);
  const { text: _omit, ...withoutText } = seed;
  return [
    seed,
    record('hostile.txt', HOSTILE_TEXT),
    record('headlines.txt', 'الرئيس الروسي فلاديمير بوتين يلتقي ولي العهد السعودي في الرياض', { line: 1 }),
    record('headlines.txt', 'وزير الخارجية الأمريكي يزور بيروت ودمشق في مارس/آذار الماضي', { line: 2 }),
    { source: 'records.jsonl', line: 3, error: 'malformed JSON: Unexpected token <script> in JSON at position 0' },
    { ...withoutText, source: 'no-text.json', id: 'no-text-1' },
  ];
}

export function print(printer: Printer, records: readonly OutputRecord[]): string {
  return printer.begin() + records.map((r) => printer.record(r)).join('') + printer.end();
}
