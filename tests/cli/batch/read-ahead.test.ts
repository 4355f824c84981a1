import { beforeEach, describe, expect, it } from 'vitest';
import { BatchesAhead } from '../../../src/cli/batch/read-ahead.js';
import type { LineBatch } from '../../../src/cli/batch/line-batch.js';
import { latinRunCache } from '../../../src/recognize/latin.js';

const settings: LineBatch['settings'] = { format: 'jsonl', options: {}, tally: false, countOnly: false, line: true };

/** A batch of two lines, each with an English run of its own. */
function batch(n: number): LineBatch {
  const lines = [`زار الرئيس المدينة (Visit Number${n} Alpha).`, `وقالت الصحيفة (Report Number${n} Beta) إن الوفد وصل.`];
  return { source: 'test', firstLine: 2 * n + 1, lines, input: 'lines', textField: 'text', encoding: undefined, settings };
}

describe('BatchesAhead', () => {
  beforeEach(() => latinRunCache.clear());

  it('is due once it holds its depth, and gives batches back in the order they came, with their documents', () => {
    const ahead = new BatchesAhead(3);
    ahead.add(batch(0));
    ahead.add(batch(1));
    expect(ahead.full).toBe(false);
    ahead.add(batch(2));
    expect(ahead.full).toBe(true);
    const firsts: number[] = [];
    while (ahead.size > 0) {
      const { batch: b, docs } = ahead.take();
      firsts.push(b.firstLine);
      expect(docs.map((d) => (d.kind === 'document' ? d.line : -1))).toEqual([b.firstLine, b.firstLine + 1]);
    }
    expect(firsts).toEqual([1, 3, 5]);
    expect(() => ahead.take()).toThrow(/no batch queued/);
  });

  it('reads the English runs of every batch queued when the first is taken, and of the next ones when their turn comes', () => {
    const ahead = new BatchesAhead(3);
    for (let n = 0; n < 3; n++) ahead.add(batch(n));
    ahead.take();
    expect(latinRunCache.size).toBe(6);
    ahead.add(batch(3));
    ahead.take();
    // Batch 1 was read with batch 0: batch 3's runs wait for the turn of the first batch not read.
    expect(latinRunCache.size).toBe(6);
    ahead.add(batch(4));
    ahead.take();
    expect(latinRunCache.size).toBe(6);
    ahead.take();
    expect(latinRunCache.size).toBe(10);
  });

  it('with depth 1, reads each batch as it comes', () => {
    const ahead = new BatchesAhead(1);
    ahead.add(batch(0));
    expect(ahead.full).toBe(true);
    ahead.take();
    expect(latinRunCache.size).toBe(2);
  });
});
