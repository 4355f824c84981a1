import { describe, expect, it } from 'vitest';
import { conllLines } from '../../src/output/conll.js';
import { createModel, extractDocument } from '../../src/index.js';
import { parseConll, spansFromTags } from '../../src/eval/conll.js';

describe('--format conll', () => {
  it('tags whitespace tokens in IOB2, a token with a proclitic taking its mention, a line break ending a sentence', () => {
    const text = 'زار إيمانويل ماكرون لأوكرانيا.\nوقال بيسكوف';
    const { entities } = extractDocument(text, createModel());
    expect(conllLines(text, entities)).toBe(
      ['زار\tO', 'إيمانويل\tB-PER', 'ماكرون\tI-PER', 'لأوكرانيا.\tB-LOC', '', 'وقال\tO', 'بيسكوف\tB-PER', '', ''].join('\n'),
    );
  });

  it('reads back as the same mentions arner found', () => {
    const text = 'التقى بيسكوف وماكرون في باريس والأمم المتحدة';
    const { entities } = extractDocument(text, createModel());
    const spans = spansFromTags(parseConll(conllLines(text, entities)).sentences);
    expect(spans.map((s) => s.type)).toEqual(entities.map((e) => e.type));
  });
});
