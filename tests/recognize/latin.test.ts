/** Latin-script runs read by compromise, and the cache of what it found in each run. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { findLatinCandidates, LatinRunCache, latinRunCache, prefetchLatinRuns, readLatinRun, readLatinRuns, RUNS_PER_GENERATION } from '../../src/recognize/latin.js';

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

/** Runs compromise reads differently enough to test reading them together: abbreviations, commas, initials, accents. */
const RUNS = [
  'Emmanuel Macron',
  'Paris',
  'Microsoft Corporation',
  'U.S. Army',
  'Dr. Smith',
  'Washington, D.C.',
  'Paris, France',
  'George H. W. Bush',
  "Côte d'Ivoire",
  'AT&T',
  'NEW YORK',
  'The New York Times',
  'Sheikh Tamim bin Hamad Al Thani',
  'F-16',
  'United Nations General Assembly',
  'Reuters',
  'I',
];

describe('reading runs together', () => {
  it('gives each run what reading it alone gives (why: compromise tags sentence by sentence)', () => {
    const alone = RUNS.map((r) => readLatinRun(r));
    expect(alone.some((f) => f.length > 0)).toBe(true);
    expect(readLatinRuns(RUNS)).toEqual(alone);
    // In another order and company, still each run's own findings.
    const reversed = [...RUNS].reverse();
    expect(readLatinRuns(reversed)).toEqual([...alone].reverse());
  });

  it('property: runs read together give what each gives alone, or the group declines', () => {
    // English-looking runs: capitalized and lowercase words, initials, abbreviations, inner punctuation and digits.
    const word = fc.constantFrom('John', 'Smith', 'Paris', 'New', 'York', 'Times', 'Bank', 'of', 'the', 'and', 'Dr.', 'Mr.', 'U.S.', 'H.', 'W.', 'Inc.', 'Corp', 'AT&T', "O'Brien", 'Al-Thani', 'Group', '2024', 'FC', 'United', 'Nations', 'Council', 'said', 'River', 'Saint', 'Louis', 'Mary');
    const sep = fc.constantFrom(' ', ' ', ' ', ', ', ' - ', ' & ');
    const run = fc
      .tuple(fc.constantFrom('John', 'Paris', 'The', 'Dr.', 'U.S.', 'Reuters', 'Bank', 'Mary'), fc.array(fc.tuple(sep, word), { maxLength: 4 }))
      .map(([first, rest]) => first + rest.map(([s, w]) => s + w).join(''));
    fc.assert(
      fc.property(fc.uniqueArray(run, { minLength: 2, maxLength: 6 }), (runs) => {
        const together = readLatinRuns(runs);
        if (together !== undefined) expect(together).toEqual(runs.map((r) => readLatinRun(r)));
      }),
      { numRuns: 60, seed: 20261130 },
    );
  });

  it('declines when a run would not be one sentence of its own', () => {
    // compromise ends a sentence after `Hello.`: alone it is two sentences, so together the runs do not line up.
    expect(readLatinRuns(['Hello. World', 'Paris'])).toBeUndefined();
  });

  it("a document's new runs are read together, and it finds what it finds with each run read alone", () => {
    const runs = ['Dr. Smith', 'Washington, D.C.', 'AT&T', 'George H. W. Bush', 'Paris, France', 'Microsoft Corporation'];
    const doc = runs.map((r, i) => `الخبر رقم ${i} عن (${r}) أمس`).join(' ');
    latinRunCache.clear();
    // One run to a document: each read alone.
    const alone = runs.flatMap((r, i) => latin(`الخبر رقم ${i} عن (${r}) أمس`));
    latinRunCache.clear();
    expect(latin(doc)).toEqual(alone);
    expect(latinRunCache.size).toBe(runs.length);
  });

  it('prefetching fills the cache with what each document then finds, and changes nothing found', () => {
    const docs = [
      TEXT,
      'وصل (Dr. Smith) إلى Washington, D.C. أمس، وقال إن AT&T و (George H. W. Bush) ...',
      'نص بلا حروف لاتينية',
      'date 2024-01-01 خبر من Paris',
    ];
    latinRunCache.clear();
    const without = docs.map(latin);
    latinRunCache.clear();
    prefetchLatinRuns(docs);
    const prefetched = latinRunCache.size;
    expect(prefetched).toBeGreaterThanOrEqual(5);
    expect(docs.map(latin)).toEqual(without);
    // Every run the documents read was there already.
    expect(latinRunCache.size).toBe(prefetched);
  });

  it('reads nothing for a single new run or for runs already cached', () => {
    latinRunCache.clear();
    prefetchLatinRuns(['قال (Emmanuel Macron) أمس']);
    expect(latinRunCache.size).toBe(0);
    latin(TEXT);
    const cached = latinRunCache.size;
    prefetchLatinRuns([TEXT, TEXT]);
    expect(latinRunCache.size).toBe(cached);
  });
});

describe('LatinRunCache keeps runs, not their documents', () => {
  // V8 keeps a slice of 13 characters or more as a view into its parent: a cached view would keep its document.
  const gc = (() => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();
  const heapAfterGc = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  /** A flat string of a million characters beginning with `head`: a slice of it is a view into all of it. */
  const documentOf = (head: string) => head + Buffer.alloc(1_000_000, 'x').toString('latin1');
  const DOCUMENTS = 30;

  it('holds neither the documents of runs it was given nor of runs asked for again after a generation', () => {
    const cache = new LatinRunCache();
    const runOf = (k: number, doc: string) => doc.slice(0, `Run Number ${k} of`.length);
    const before = heapAfterGc();
    for (let k = 0; k < DOCUMENTS; k++) cache.set(runOf(k, documentOf(`Run Number ${k} of`)), []);
    // Fill the generation, so that the runs above are the older one and are moved to the newer when asked for.
    for (let k = DOCUMENTS; k < RUNS_PER_GENERATION + 1; k++) cache.set(`r${k}`, []);
    for (let k = 0; k < DOCUMENTS; k++) expect(cache.get(runOf(k, documentOf(`Run Number ${k} of`)))).toEqual([]);
    const grown = heapAfterGc() - before;
    // Kept documents would be DOCUMENTS MB; the runs and the fillers are well under one.
    expect(grown).toBeLessThan(4_000_000);
    expect(cache.get('Run Number 7 of')).toEqual([]);
  });
});
