/**
 * Table-driven tests of the context rules: a JSON file of cases, each a text, every mention of the given types
 * (`TYPE:text`, in order) and why the case matters.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extract, type Model } from '../../src/index.js';
import type { EntityType } from '../../src/lexicon/types.js';

interface RuleCase {
  text: string;
  expect: string[];
  why: string;
}

export function itFindsRuleCases(file: URL, types: EntityType[], model: Model): void {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as RuleCase[];
  it.each(cases)('$why', ({ text, expect: expected }) => {
    const found = extract(text, model, { types }).map((e) => `${e.type}:${e.text}`);
    expect(found).toEqual(expected);
  });
}
