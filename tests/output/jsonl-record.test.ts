import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Entity } from '../../src/extract.js';
import { ByteBuilder } from '../../src/output/byte-builder.js';
import { JsonlRecordWriter } from '../../src/output/jsonl-record.js';
import { isErrorRecord, type DocumentRecord, type OutputRecord } from '../../src/output/record.js';
import { documentRecord, type Doc } from '../../src/cli/records.js';
import { fixtureRecords, seedText } from './report-fixture.js';

/** The writer's bytes for records, through a builder small enough to grow on the way. */
function written(records: readonly OutputRecord[], writer = new JsonlRecordWriter()): string {
  const out = new ByteBuilder(undefined, 16);
  for (const r of records) writer.write(out, r);
  return Buffer.from(out.bytes()).toString('utf8');
}

const stringified = (records: readonly OutputRecord[]): string => records.map((r) => JSON.stringify(r) + '\n').join('');

const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('country:UA', 'Ukraine', 'أوكرانيا', '"\\\n', '\ud800'));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Few distinct values, so that entities share ids and labels (and, now and then, an id with another label). */
const shared = fc.constantFrom('country:UA', 'city:figuig', 'person:x', '"odd\\id\u0001');

/** An entity built as extract.ts builds one: its fields in the contract's order, those that do not apply absent. */
const entity: fc.Arbitrary<Entity> = fc
  .record({
    type: fc.constantFrom('PER', 'LOC', 'ORG', 'NORP', 'DATE', 'TIME'),
    text,
    start: fc.nat(),
    end: fc.nat(),
    id: optional(fc.oneof(shared, text)),
    label: optional(fc.oneof(shared, text)),
    subtype: optional(fc.oneof(shared, text)),
    source: fc.constantFrom('gazetteer', 'date', 'rule', 'latin', 'memory'),
    rule: optional(fc.oneof(shared, text)),
    value: optional(text),
    grain: optional(text),
    hijri: optional(text),
    confidence: fc.oneof(fc.double({ min: 0, max: 1 }), fc.constantFrom(0.85, 0.9, 0.95, 1, 0)),
  })
  .map((fields) => {
    const e: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) e[key] = value;
    return e as unknown as Entity;
  });

const documentRec: fc.Arbitrary<DocumentRecord> = fc
  .record({
    source: text,
    id: optional(fc.jsonValue()),
    line: optional(fc.nat()),
    encoding: optional(fc.constantFrom('utf-16le', 'windows-1256')),
    refDate: fc.constantFrom('2025-09-05', '1999-01-01'),
    entities: fc.array(entity, { maxLength: 8 }),
    text: optional(text),
  })
  .map(({ source, id, line, encoding, refDate, entities, text }) => {
    const r = { source } as DocumentRecord;
    if (id !== undefined) r.id = id;
    if (line !== undefined) r.line = line;
    if (encoding !== undefined) r.encoding = encoding;
    r.refDate = refDate;
    r.entities = entities;
    if (text !== undefined) r.text = text;
    return r;
  });

const errorRec: fc.Arbitrary<OutputRecord> = fc.record({ source: text, line: fc.nat(), error: text });

describe('JsonlRecordWriter', () => {
  it('writes JSON.stringify(record) and a newline, as UTF-8, for any records', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 5, arbitrary: documentRec }, { weight: 1, arbitrary: errorRec }), { maxLength: 6 }), (records) => {
        expect(written(records)).toBe(stringified(records));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps writing the same bytes as JSON.stringify when it is reused: what it remembers of an entry is checked', () => {
    const writer = new JsonlRecordWriter();
    fc.assert(
      fc.property(documentRec, (r) => {
        expect(written([r], writer)).toBe(stringified([r]));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes the records the CLI builds (documentRecord) from what the library extracts as JSON.stringify does', () => {
    const extractions = fixtureRecords().filter((r): r is DocumentRecord => !isErrorRecord(r));
    const docs: Doc[] = [
      { kind: 'document', text: seedText },
      { kind: 'document', text: seedText, line: 3, id: { k: [1, 'x\u0001'] }, encoding: 'windows-1256' },
      { kind: 'document', text: 'x', line: 7, id: 'a"b', encoding: 'utf-8' },
    ];
    for (const doc of docs) {
      for (const withText of [false, true]) {
        const records = extractions.map((x) => documentRecord('dir/a "b".txt', doc, x, withText));
        expect(written(records)).toBe(stringified(records));
      }
    }
  });

  it('leaves out an id that has no JSON, as JSON.stringify does', () => {
    const r = { source: 's', id: () => 1, refDate: '2025-09-05', entities: [] } as DocumentRecord;
    expect(written([r])).toBe(stringified([r]));
  });
});
