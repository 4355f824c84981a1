import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skeleton, skeletonHash } from '../../src/lexicon/fuzzy.js';
import { hashRange } from '../../src/text/fnv.js';
import { normalizeText } from '../../src/text/normalize.js';
import { compileModel } from '../../src/model.js';
import { extract } from '../../src/extract.js';

const sk = (w: string) => skeleton(normalizeText(w));

describe('spelling variants', () => {
  it('two press spellings of one name share a skeleton', () => {
    expect(sk('بوتين')).toBe(sk('بوتن'));
    expect(sk('زيلينسكي')).toBe(sk('زيلنسكي'));
    expect(sk('غوتيريش')).toBe(sk('جوتيريش'));
    expect(sk('فيلادلفيا')).toBe(sk('فيلادلفييا'));
  });

  it('different words keep different skeletons', () => {
    expect(sk('السلام')).not.toBe(sk('الإسلام'));
    expect(sk('روسيا')).not.toBe(sk('روس'));
    expect(sk('كوسوفو')).not.toBe(sk('كوسوفا'));
  });

  it('the skeleton is the definition: interior ي dropped, غ as ج, a letter repeated once (model check)', () => {
    const model = (word: string) => {
      let out = '';
      for (let i = 0; i < word.length; i++) {
        let ch = word[i];
        if (i > 0 && i < word.length - 1 && ch === 'ي') continue;
        if (ch === 'غ') ch = 'ج';
        if (out.endsWith(ch)) continue;
        out += ch;
      }
      return out;
    };
    const letters = fc.constantFrom(...'ايغجلمنوبسب'.split(''));
    fc.assert(fc.property(fc.array(letters, { maxLength: 12 }).map((a) => a.join('')), (w) => skeleton(w) === model(w)));
  });

  it('skeletonHash is the hash of the skeleton, with the skeleton\'s every step (yeh inside or at an end, غ, doubles)', () => {
    const letters = fc.constantFrom(...'ايغجلمنوبسبةى'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 12 }).map((a) => a.join('')), (w) => {
        const s = skeleton(w);
        expect(skeletonHash(w)).toBe(hashRange(s, 0, s.length));
      }),
    );
  });

  it('skeletonHash of a stem from `start`, the article\'s alef in front or not, hashes that stem\'s skeleton', () => {
    const letters = fc.constantFrom(...'ايغجلمنوبسبةى'.split(''));
    const word = fc.array(letters, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(word, fc.nat(4), fc.boolean(), (w, at, restored) => {
        const start = Math.min(at, w.length);
        const s = skeleton((restored ? 'ا' : '') + w.slice(start));
        expect(skeletonHash(w, start, restored)).toBe(hashRange(s, 0, s.length));
      }),
      { numRuns: 2000 },
    );
  });

  it('a spelling the lexicon does not list is linked, with a lower confidence and its rule named', () => {
    const model = compileModel();
    const [e] = extract('التقى الرئيس زيلنيسكي بالوفد', model).filter((x) => x.type === 'PER');
    expect(e).toMatchObject({ id: 'person:volodymyr-zelensky', rule: 'spelling-variant' });
    expect(e.confidence).toBeLessThan(0.9);
  });
});

describe('names of several words', () => {
  const model = compileModel();
  const mentions = (text: string) => extract(text, model).map((e) => [e.text, e.id, e.rule ?? e.source]);

  it('a misspelled word in a name of several words is matched through the skeletons, with the rule named', () => {
    expect(mentions('وفاز أتلتكو مدريد على ضيفه')).toEqual([['أتلتكو مدريد', 'org:atletico-madrid', 'spelling-variant']]);
    expect(mentions('على ملعب سانتياغو بيرنابيو')).toEqual([['سانتياغو بيرنابيو', 'place:santiago-bernabeu', 'spelling-variant']]);
  });

  it('an exact spelling is matched as before, without a second, weaker candidate', () => {
    const found = extract('وفاز أتلتيكو مدريد على ضيفه', model);
    expect(found.map((e) => [e.text, e.id, e.confidence])).toEqual([['أتلتيكو مدريد', 'org:atletico-madrid', 0.9]]);
  });
});
