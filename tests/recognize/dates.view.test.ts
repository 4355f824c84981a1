import { describe, expect, it } from 'vitest';
import { TokenView } from '../../src/recognize/dates/view.js';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';

const view = (text: string) => new TokenView(tokenize(normalize(text).text));
/** The kinds of the date words found at each token, with proclitics. */
const kinds = (v: TokenView) => Array.from({ length: v.length }, (_, i) => v.matches(i, true).map((m) => m.word.kind).join('+'));

describe('TokenView: remembered matches', () => {
  it('a view answers for its own tokens while another view asks about the same positions', () => {
    const a = view('وصل في مارس الماضي يوم الخميس');
    const b = view('غادر في يناير المقبل صباح الأحد');
    const alone = [kinds(view('وصل في مارس الماضي يوم الخميس')), kinds(view('غادر في يناير المقبل صباح الأحد'))];
    // Interleaved, and each asked twice: the second answer comes from memory, or is found again where the other
    // view took the slot.
    for (let round = 0; round < 2; round++) {
      expect(kinds(a)).toEqual(alone[0]);
      expect(kinds(b)).toEqual(alone[1]);
    }
    expect(alone[0].filter(Boolean).length).toBeGreaterThan(1);
  });

  it('a document longer than the shared memory gets its own', () => {
    const long = view('في مارس '.repeat(40_000));
    expect(long.length).toBe(80_000);
    expect(long.matches(79_999, true).map((m) => m.word.kind)).toEqual(['month']);
    expect(long.matches(79_999, true)).toBe(long.matches(79_999, true));
  });
});
