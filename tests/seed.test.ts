import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createModel, extractDocument } from '../src/index.js';
import { compareWithGold, type Gold } from './helpers/gold.js';

const base = new URL('../fixtures/news/000_c4aff9e3ec424988', import.meta.url).pathname;
const text = readFileSync(base + '.txt', 'utf8');
const gold = JSON.parse(readFileSync(base + '.gold.json', 'utf8')) as Gold;

describe('the seed article', () => {
  const result = extractDocument(text, createModel());

  it('takes its reference date from the date line', () => {
    expect(result.refDate).toBe(gold.ref_date);
  });

  it('reproduces the gold annotation exactly: nothing missing, nothing spurious', () => {
    const diff = compareWithGold(result.entities, gold);
    expect(diff.missing.map((m) => `${m.start}-${m.end} ${m.type} ${m.text}`)).toEqual([]);
    expect(diff.spurious.map((e) => `${e.start}-${e.end} ${e.type} ${e.text} ${e.id ?? e.value ?? ''}`)).toEqual([]);
  });

  it('every mention is the slice of the text at its offsets', () => {
    for (const e of result.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
