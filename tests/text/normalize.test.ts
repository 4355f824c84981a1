import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeText, originalEnd } from '../../src/text/normalize.js';
import cases from './normalize.cases.json';

describe('normalize', () => {
  for (const c of cases as Array<{ input: string; output: string; why: string }>) {
    it(c.why, () => {
      expect(normalize(c.input).text).toBe(c.output);
    });
  }

  it('maps every normalized character back to the original character it came from', () => {
    const input = 'وَالأُمَمُ ﻻ ١٢';
    const n = normalize(input);
    expect(n.text).toBe('والامم لا 12');
    expect(n.toOriginal.length).toBe(n.text.length + 1);
    expect(n.toOriginal[n.text.length]).toBe(input.length);
    // و at 0; ا of ال at 2 (after the fatha); the lam-alef ligature gives two characters from one.
    expect(n.toOriginal[0]).toBe(0);
    expect(n.toOriginal[1]).toBe(2);
    const lig = input.indexOf('ﻻ');
    expect(n.toOriginal[n.text.lastIndexOf('لا')]).toBe(lig);
    expect(n.toOriginal[n.text.lastIndexOf('لا') + 1]).toBe(lig);
  });

  it('a span ending on a letter keeps the marks written on it, but not a following bidi control', () => {
    const input = 'غداً\u200F.';
    const n = normalize(input);
    expect(n.text).toBe('غدا.');
    expect(originalEnd(input, n, 3)).toBe(4); // the tanween belongs to the alef
    expect(input.slice(0, originalEnd(input, n, 3))).toBe('غداً');
  });

  it('never throws, and the map is monotonic and within the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const n = normalize(s);
        expect(n.toOriginal.length).toBe(n.text.length + 1);
        for (let i = 1; i < n.toOriginal.length; i++) expect(n.toOriginal[i]).toBeGreaterThanOrEqual(n.toOriginal[i - 1]);
        expect(n.toOriginal[n.text.length]).toBe(s.length);
      }),
    );
  });

  it('normalizeText (no offset map, for lexicon forms) gives exactly the text normalize gives', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(normalizeText(s)).toBe(normalize(s).text);
      }),
    );
    expect(normalize('a\uD800b\uDC00').text).toBe('a\uD800b\uDC00');
    for (const c of cases as Array<{ input: string }>) expect(normalizeText(c.input)).toBe(normalize(c.input).text);
  });
});
