/** Latin-script runs read by compromise, and the cache of what it found in each run. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';
import { findLatinCandidates, latinRunCache } from '../../src/recognize/latin.js';

function latin(text: string) {
  const n = normalize(text);
  return findLatinCandidates(text, n, tokenize(n.text)).map((c) => ({ type: c.type, text: text.slice(c.start, c.end) }));
}

const TEXT = 'قال الرئيس الفرنسي (Emmanuel Macron) في مؤتمر صحفي في Paris إن شركة Microsoft Corporation ستستثمر';

describe('findLatinCandidates', () => {
  it('finds English names in Latin runs, with offsets into the document', () => {
    latinRunCache.clear();
    const found = latin(TEXT);
    expect(found).toContainEqual({ type: 'PER', text: 'Emmanuel Macron' });
    expect(found).toContainEqual({ type: 'LOC', text: 'Paris' });
    expect(found.some((f) => f.type === 'ORG' && f.text.startsWith('Microsoft'))).toBe(true);
  });

  it('a lowercase run is not read (and not cached)', () => {
    latinRunCache.clear();
    expect(latin('انظر الموقع www.example.com للمزيد')).toEqual([]);
    expect(latinRunCache.size).toBe(0);
  });

  it('a run read again comes from the cache, and gives what reading it afresh gives, wherever it stands', () => {
    latinRunCache.clear();
    const first = latin(TEXT);
    const cached = latinRunCache.size;
    expect(cached).toBeGreaterThan(0);
    expect(latin(TEXT)).toEqual(first);
    expect(latinRunCache.size).toBe(cached);
    // The same runs at other offsets, in another document.
    const shifted = latin(`خبر عاجل: ${TEXT}`);
    expect(shifted).toEqual(first);
    latinRunCache.clear();
    expect(latin(`خبر عاجل: ${TEXT}`)).toEqual(shifted);
  });

  it('stays bounded: two generations of runs at most', () => {
    latinRunCache.clear();
    const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const runs = Array.from({ length: 9000 }, (_, i) => `N${letters(i)}`);
    // Read in documents of 500 runs each, as a stream would bring them.
    for (let i = 0; i < runs.length; i += 500) latin(runs.slice(i, i + 500).map((r) => `قال ${r} أمس`).join('\n'));
    expect(latinRunCache.size).toBeLessThanOrEqual(2 * 4096);
    expect(latinRunCache.size).toBeGreaterThan(4096);
  });
});
