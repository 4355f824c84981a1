import { describe, expect, it } from 'vitest';
import { skeleton } from '../../src/lexicon/fuzzy.js';
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

  it('a spelling the lexicon does not list is linked, with a lower confidence and its rule named', () => {
    const model = compileModel();
    const [e] = extract('التقى الرئيس زيلنيسكي بالوفد', model).filter((x) => x.type === 'PER');
    expect(e).toMatchObject({ id: 'person:volodymyr-zelensky', rule: 'spelling-variant' });
    expect(e.confidence).toBeLessThan(0.9);
  });
});
