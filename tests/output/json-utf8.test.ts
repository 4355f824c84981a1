import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteBuilder } from '../../src/output/byte-builder.js';
import { appendDocumentLine, appendJsonLine, appendRecordLine } from '../../src/output/json-utf8.js';
import { entityOf, extractMentions, type DocumentMentions, type Entity } from '../../src/extract.js';
import type { Candidate } from '../../src/recognize/candidate.js';
import type { LexiconEntry } from '../../src/lexicon/types.js';
import type { OutputRecord } from '../../src/output/record.js';
import { createModel, extractDocument } from '../../src/index.js';

/** What JSON.stringify and a line feed give, as UTF-8. */
function expected(value: unknown): string {
  return (JSON.stringify(value) ?? 'null') + '\n';
}

function written(values: unknown[], capacity = 16): Buffer {
  const b = new ByteBuilder(undefined, capacity);
  for (const v of values) appendJsonLine(b, v);
  return Buffer.from(b.bytes());
}

// Strings of any code units: lone surrogates, controls, quotes and backslashes, Arabic, astral characters.
const anyString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\t', '\u0000', '\u001f', '\u007f', '\u2028', 'ب', '😀', '\ud800', '\udc00') }),
);
const anyNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, 2 ** 31 - 1, 2 ** 31, 1e21, 0.85, -1));
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anyString,
    anyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(anyString, tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('appendJsonLine', () => {
  it('writes the bytes of JSON.stringify and a line feed, across its buffer growing', () => {
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 8 }), (values) => {
        expect(written(values).equals(Buffer.from(values.map(expected).join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a record as JSON.stringify does: keys in their order, undefined fields left out', () => {
    const record = {
      source: 'news/٢٠٢٤.txt',
      line: 12,
      id: { doc: [1, 'a', null], n: 1e-7 },
      refDate: '2024-05-01',
      entities: [
        { type: 'LOC', text: 'باريس', start: 11, end: 16, id: 'city:paris', label: 'Paris', subtype: undefined, confidence: 0.9 },
      ],
    };
    expect(written([record]).toString('utf8')).toBe(expected(record));
  });

  it('leaves to JSON.stringify what is not plain data (toJSON, class instances, integer-like keys)', () => {
    const values = [{ when: new Date(0) }, { 2: 'b', 1: 'a', z: 'z' }, [new Map(), () => 1, Symbol('s')], undefined];
    expect(written(values).toString('utf8')).toBe(values.map(expected).join(''));
  });

  it('leaves an object of another prototype to JSON.stringify (its inherited enumerables are not written)', () => {
    const proto = Object.create(null) as Record<string, unknown>;
    proto.inherited = 1;
    const value = Object.assign(Object.create(proto) as object, { own: 2 });
    expect(written([value]).toString('utf8')).toBe(expected(value));
  });

  it('writes plain objects as JSON.stringify does when something made a property of Object.prototype enumerable', () => {
    const record = { source: 'x', entities: [{ type: 'LOC', text: 'باريس', start: 0, end: 5 }] };
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 'yes';
    try {
      // for…in would give `polluted` on every object; JSON.stringify gives only own properties.
      expect(written([record]).toString('utf8')).toBe(expected(record));
      expect(written([record]).toString('utf8')).not.toContain('polluted');
    } finally {
      delete proto.polluted;
    }
  });

  it('throws as JSON.stringify does, leaving what was written before intact', () => {
    const b = new ByteBuilder(undefined, 16);
    appendJsonLine(b, { a: 'first' });
    expect(() => appendJsonLine(b, { a: 'x'.repeat(40), big: 1n })).toThrow(TypeError);
    appendJsonLine(b, [2]);
    expect(Buffer.from(b.bytes()).toString('utf8')).toBe('{"a":"first"}\n[2]\n');
  });
});

/** What appendRecordLine writes for `records`, with a small first buffer so that it grows. */
function recordsWritten(records: OutputRecord[]): string {
  const b = new ByteBuilder(undefined, 16);
  for (const r of records) appendRecordLine(b, r);
  return Buffer.from(b.bytes()).toString('utf8');
}

// Entities as extract.ts makes them: its fields in the contract's order, the optional ones absent or present (at
// times undefined); few ids, so that one id comes with another label or subtype and a remembered fragment is stale.
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const anyEntity: fc.Arbitrary<Entity> = fc
  .record({
    type: fc.constantFrom('PER', 'LOC', 'ORG', 'NORP', 'DATE', 'TIME'),
    text: anyString,
    start: anyNumber,
    end: anyNumber,
    link: optional(fc.record({ id: fc.constantFrom('city:paris', 'country:FR', 'x"\\'), label: optional(anyString) })),
    subtype: optional(fc.oneof(fc.constantFrom('city', 'country'), anyString)),
    source: fc.constantFrom('gazetteer', 'date', 'rule', 'latin', 'memory'),
    rule: optional(fc.oneof(fc.constantFrom('person-title', 'org-head'), anyString)),
    value: optional(anyString),
    grain: optional(fc.constantFrom('day', 'month', 'year')),
    hijri: optional(anyString),
    confidence: anyNumber,
  })
  .map(({ type, text, start, end, link, subtype, source, rule, value, grain, hijri, confidence }) => {
    const e = { type, text, start, end } as Entity;
    if (link) {
      e.id = link.id;
      e.label = link.label;
    }
    if (subtype !== undefined) e.subtype = subtype;
    e.source = source as Entity['source'];
    if (rule !== undefined) e.rule = rule;
    if (value !== undefined) e.value = value;
    if (grain !== undefined) e.grain = grain;
    if (hijri !== undefined) e.hijri = hijri;
    e.confidence = confidence;
    return e;
  });

describe('appendRecordLine', () => {
  it('writes records with entities as JSON.stringify does, whatever their fields hold', () => {
    const anyRecord = fc.record({ source: anyString, line: optional(fc.nat()), refDate: anyString, entities: fc.array(anyEntity, { maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 4 }), (records) => {
        expect(recordsWritten(records)).toBe(records.map(expected).join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('writes what extraction finds as JSON.stringify does, error records too', () => {
    const text = 'قال الرئيس الفرنسي إيمانويل ماكرون في باريس يوم 5 مارس 2024 إن العلاقات مع ألمانيا جيدة، وفق رويترز';
    const { refDate, entities } = extractDocument(text, createModel(), { refDate: '2025-09-05' });
    expect(entities.length).toBeGreaterThan(4);
    const records: OutputRecord[] = [{ source: 'a.txt', line: 1, refDate, entities }, { source: 'a.txt', line: 2, error: 'malformed' }];
    expect(recordsWritten(records)).toBe(records.map(expected).join(''));
  });
});

/** Mentions with their record, and the record JSON.stringify is to agree with: the mentions made entity objects. */
interface MentionsCase {
  record: OutputRecord;
  m: DocumentMentions;
}

function mentionsWritten(cases: MentionsCase[]): string {
  const b = new ByteBuilder(undefined, 16);
  for (const { record, m } of cases) appendDocumentLine(b, record, m);
  return Buffer.from(b.bytes()).toString('utf8');
}

function asEntities({ record, m }: MentionsCase): OutputRecord {
  return { ...record, entities: m.candidates.map((_, k) => entityOf(m, k)) };
}

// A few entries, one of them with an empty subtype (the candidate's then counts) and one with quotes in its id.
const ENTRIES = [
  { id: 'city:paris', type: 'LOC', subtype: 'city', ar: 'باريس', en: 'Paris', forms: [], origin: 'manual' },
  { id: 'x"\\', type: 'ORG', subtype: '', ar: 'س', en: 'X "quoted"', forms: [], origin: 'manual' },
  { id: 'person:a', type: 'PER', subtype: 'politician', ar: 'أ', en: '', forms: [], origin: 'manual' },
] as unknown as LexiconEntry[];

const anyMentions: fc.Arbitrary<MentionsCase> = fc
  .record({ text: anyString, refDate: anyString, source: anyString, line: optional(fc.nat()), spans: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }) })
  .chain(({ text, refDate, source, line, spans }) =>
    fc
      .array(
        fc.record({
          type: fc.constantFrom('PER', 'LOC', 'ORG', 'NORP', 'DATE', 'TIME'),
          source: fc.constantFrom('gazetteer', 'date', 'rule', 'latin', 'memory'),
          entry: optional(fc.nat({ max: ENTRIES.length - 1 })),
          subtype: optional(fc.oneof(fc.constantFrom('city', ''), anyString)),
          rule: optional(anyString),
          value: optional(anyString),
          grain: optional(fc.constantFrom('day', 'month', 'year')),
          hijri: optional(anyString),
          confidence: anyNumber,
        }),
        { minLength: spans.length, maxLength: spans.length },
      )
      .map((fields) => {
        const starts: number[] = [];
        const ends: number[] = [];
        // Ranges anywhere in the text, so that one may end between the two halves of a surrogate pair.
        for (const [a, b] of spans) {
          const x = text.length ? a % (text.length + 1) : 0;
          const y = text.length ? b % (text.length + 1) : 0;
          starts.push(Math.min(x, y));
          ends.push(Math.max(x, y));
        }
        const candidates = fields.map((f) => ({ ...f, start: 0, end: 0 }) as Candidate);
        const m: DocumentMentions = { refDate, text, candidates, starts, ends, entries: ENTRIES };
        const record: OutputRecord = { source, ...(line !== undefined ? { line } : {}), refDate, entities: [] };
        return { record, m };
      }),
  );

describe('appendDocumentLine', () => {
  it('writes mentions as JSON.stringify writes the record of their entity objects, whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(anyMentions, { maxLength: 4 }), (cases) => {
        expect(mentionsWritten(cases)).toBe(cases.map((c) => expected(asEntities(c))).join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('writes what extraction finds as the entities of extractDocument print', () => {
    const text = 'قال الرئيس الفرنسي إيمانويل ماكرون في باريس يوم 5 مارس 2024 إن العلاقات مع ألمانيا جيدة، وفق رويترز';
    const model = createModel();
    const m = extractMentions(text, model, { refDate: '2025-09-05' });
    const { entities } = extractDocument(text, model, { refDate: '2025-09-05' });
    expect(m.candidates.length).toBeGreaterThan(4);
    const record: OutputRecord = { source: 'a.txt', line: 1, refDate: m.refDate, entities: [] };
    expect(mentionsWritten([{ record, m }])).toBe(expected({ ...record, entities }));
  });
});
