/** JSON Lines: a record whose entities a worker encoded prints exactly as the record with the entities would. */
import { describe, expect, it } from 'vitest';
import { jsonlPrinter } from '../../src/output/printers.js';
import type { DocumentRecord } from '../../src/output/record.js';
import type { Entity } from '../../src/extract.js';

describe('jsonl printer', () => {
  it('splices encoded entities where the entities field stands', () => {
    const entities: Entity[] = [{ type: 'PER', text: 'ماكرون', start: 4, end: 10, id: 'person:emmanuel-macron', label: 'Emmanuel Macron', source: 'gazetteer', confidence: 0.9 }];
    const plain: DocumentRecord = { source: 'a.txt', id: { k: 1 }, line: 3, encoding: 'windows-1256', refDate: '2025-01-02', entities };
    const encoded: DocumentRecord = { ...plain, entities: [], entitiesJson: JSON.stringify(entities) };
    const printer = jsonlPrinter();
    expect(printer.record(encoded)).toBe(printer.record(plain));
    expect(printer.record({ ...encoded, entitiesJson: '[]' })).toBe(printer.record({ ...plain, entities: [] }));
  });
});
