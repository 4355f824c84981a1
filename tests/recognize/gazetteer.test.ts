/** scanTrie: a per-document trie (the document memory's) matched from every word and every proclitic reading; phraseStart and ordinary words. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseStart, scanTrie } from '../../src/recognize/gazetteer.js';
import { createModel } from '../../src/model.js';
import { normalizeText } from '../../src/text/normalize.js';
import { TokenTrie } from '../../src/lexicon/trie.js';
import { analyzeClitics } from '../../src/text/clitics.js';
import { tokenize, TokenKind } from '../../src/text/tokenize.js';

/** Every match as "start-end:value", in the order scanTrie emits them. */
function scan(text: string, names: string[][]): string[] {
  const trie = new TokenTrie<number>();
  names.forEach((keys, k) => trie.add(keys, k));
  const out: string[] = [];
  scanTrie(tokenize(text), trie.root, (m) => out.push(`${text.slice(m.start, m.end)}:${m.values.join()}`));
  return out;
}

describe('scanTrie', () => {
  it('matches a name as a word, after one or two proclitic letters, and after لل with the article restored', () => {
    expect(scan('لندن ولندن وبلندن', [['لندن']])).toEqual(['لندن:0', 'لندن:0', 'لندن:0']);
    expect(scan('للاسد وللاسد والاسد', [['الاسد']])).toEqual(['لاسد:0', 'لاسد:0', 'الاسد:0']);
    expect(scan('وجون سميث قال', [['جون', 'سميث']])).toEqual(['جون سميث:0']);
  });

  it('does not cross a line break, and finds nothing where no first word is', () => {
    expect(scan('جون\nسميث', [['جون', 'سميث']])).toEqual([]);
    expect(scan('ولندنا لندنية', [['لندن']])).toEqual([]);
  });

  it('finds what looking every reading up (analyzeClitics) finds, in the same order', () => {
    // The reference: every token's whole form and every proclitic reading looked up as a string.
    const reference = (text: string, names: string[][]): string[] => {
      const trie = new TokenTrie<number>();
      names.forEach((keys, k) => trie.add(keys, k));
      const tokens = tokenize(text);
      const out: string[] = [];
      tokens.forEach((t, i) => {
        if (t.kind === TokenKind.Punct || t.kind === TokenKind.Digits) return;
        const readings = t.kind === TokenKind.Arabic ? analyzeClitics(t.norm) : [{ prefixLength: 0, stem: t.norm }];
        for (const r of readings) {
          let node = trie.root.children.get(r.stem);
          for (let j = i; node; ) {
            if (node.values.length) out.push(`${text.slice(t.start + r.prefixLength, tokens[j].end)}:${node.values.join()}`);
            j++;
            node = j < tokens.length && !tokens[j].lineBreakBefore ? node.children.get(tokens[j].norm) : undefined;
          }
        }
      });
      return out;
    };
    const word = fc.constantFrom('لندن', 'الاسد', 'اسد', 'جون', 'سميث', 'بل', 'لل');
    const piece = fc.constantFrom('', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فل', 'لل', 'ولل', 'ال');
    const text = fc.array(fc.tuple(piece, word, fc.constantFrom(' ', ' ', '\n', '، ')), { maxLength: 12 }).map((ws) => ws.map(([p, w, s]) => p + w + s).join(''));
    const names = fc.array(fc.array(word, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(text, names, (t, n) => {
        expect(scan(t, n)).toEqual(reference(t, n));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('phraseStart', () => {
  const model = createModel();
  const lexicon = model.lexicon;
  const start = (word: string, ordinary?: ReadonlySet<string>) => phraseStart(analyzeClitics(normalizeText(word)), lexicon, ordinary)?.prefixLength;

  it('finds the first word of a name of several words, whole or after a proclitic', () => {
    expect(start('إيمانويل')).toBe(0);
    expect(start('وإيمانويل')).toBe(1);
    expect(start('قال')).toBeUndefined();
  });

  it('an ordinary word begins nothing, whole or (as a reading) after a proclitic', () => {
    // Why: في, من, إن begin too few names to walk the skeletons from at every occurrence.
    expect(start('إيمانويل', new Set(['ايمانويل']))).toBeUndefined();
    expect(start('وإيمانويل', new Set(['ايمانويل']))).toBeUndefined();
    expect(start('وإيمانويل', new Set(['وايمانويل']))).toBeUndefined();
    expect(start('وإيمانويل', new Set(['غيرها']))).toBe(1);
  });
});
