/**
 * The seed article's dates, with no lexicon loaded: every DATE of the gold annotation found with its span and
 * value, and no other DATE or TIME. (tests/seed.test.ts checks the whole annotation with the built-in lexicons.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument, type Model } from '../../src/index.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import type { Gold } from '../helpers/gold.js';

const base = new URL('../../fixtures/news/000_c4aff9e3ec424988', import.meta.url).pathname;
const text = readFileSync(base + '.txt', 'utf8');
const gold = JSON.parse(readFileSync(base + '.gold.json', 'utf8')) as Gold;
const empty: Model = { lexicon: compileLexicon([]) };

describe('the seed article: dates', () => {
  it('finds exactly the gold dates', () => {
    const found = extractDocument(text, empty).entities.filter((e) => e.type === 'DATE' || e.type === 'TIME');
    const want = gold.mentions.filter((m) => m.type === 'DATE');
    const matched = found.filter((e) =>
      want.some((g) => g.value === e.value && [{ start: g.start, end: g.end }, ...(g.accept ?? [])].some((s) => s.start === e.start && s.end === e.end)),
    );
    expect(found.map((e) => `${e.start}-${e.end} ${e.text} ${e.value}`)).toEqual(matched.map((e) => `${e.start}-${e.end} ${e.text} ${e.value}`));
    expect(found).toHaveLength(want.length);
  });
});
