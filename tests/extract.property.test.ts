import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createModel, extract, extractDocument } from '../src/index.js';
import { entityOf, extractMentions } from '../src/extract.js';
import { appendDocumentLine, appendRecordLine } from '../src/output/json-utf8.js';
import { ByteBuilder } from '../src/output/byte-builder.js';

const model = createModel();

const pieces = [
  'أوكرانيا', 'روسيا', 'الأمم المتحدة', 'باريس', 'بيسكوف', 'إيمانويل ماكرون', 'الروسية', '17 يوليو/تموز 2023', 'مارس/آذار الماضي', 'الخميس',
  'عام 2022', 'قال', 'في', 'من', '،', '.', '-', '/', '"', '\n', ' ', '  ',
];
const noise = ['\u064E', '\u0650', '\u0651', '\u064B', '\u0640', '\u200C', '\u200F', '\u200D', 'ﻻ', 'ﷲ', 'ﺑ', '😀', '\r\n', '٢', '\uFEFF'];
const clitics = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فل', 'لل'];

/** Random Arabic text built from names, clitics, diacritics, tatweel, presentation forms and controls. */
const arabicText = fc
  .array(
    fc.tuple(fc.option(fc.constantFrom(...clitics), { nil: '' }), fc.constantFrom(...pieces), fc.array(fc.constantFrom(...noise), { maxLength: 2 }), fc.nat()),
    { maxLength: 40 },
  )
  .map((parts) =>
    parts
      .map(([clitic, piece, marks, pos]) => {
        const word = clitic + piece;
        const at = word.length ? pos % (word.length + 1) : 0;
        return word.slice(0, at) + marks.join('') + word.slice(at);
      })
      .join(' '),
  );

describe('extract: invariants', () => {
  it('every entity is the slice of the original text at its offsets, inside the text, in order, without overlap', () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        const entities = extract(text, model, { refDate: '2025-09-05' });
        let last = 0;
        for (const e of entities) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(e.start).toBeGreaterThanOrEqual(last);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(text.length);
          last = e.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary Unicode, and the same input gives the same output', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const a = extract(text, model, { refDate: '2025-09-05' });
        const b = extract(text, model, { refDate: '2025-09-05' });
        expect(a).toEqual(b);
        for (const e of a) expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 300 },
    );
  });

  it('diacritics, tatweel and a proclitic do not change what is found, only where', () => {
    const plain = extract('زار ماكرون باريس', model).map((e) => e.id);
    const decorated = extract('زار مَاكرُون وبِبـاريس', model).map((e) => e.id);
    expect(decorated).toEqual(plain);
  });
});

describe('extractMentions', () => {
  it('are the entities extractDocument returns, printed to the same bytes, whatever the options keep', () => {
    const options = fc.record({
      types: fc.option(fc.subarray(['PER', 'LOC', 'ORG', 'NORP', 'DATE'] as const), { nil: undefined }),
      minConfidence: fc.option(fc.constantFrom(0, 0.8, 0.9), { nil: undefined }),
    });
    fc.assert(
      fc.property(arabicText, options, (text, { types, minConfidence }) => {
        const opts = { refDate: '2025-09-05', types, minConfidence };
        const m = extractMentions(text, model, opts);
        const { refDate, entities } = extractDocument(text, model, opts);
        expect(m.refDate).toBe(refDate);
        expect(m.candidates.map((_, k) => entityOf(m, k))).toEqual(entities);
        const viaMentions = new ByteBuilder();
        appendDocumentLine(viaMentions, { source: 's', refDate, entities: [] }, m);
        const viaEntities = new ByteBuilder();
        appendRecordLine(viaEntities, { source: 's', refDate, entities });
        expect(Buffer.from(viaMentions.bytes()).equals(Buffer.from(viaEntities.bytes()))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
