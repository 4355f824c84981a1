import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexeme } from '../../src/recognize/lexeme.js';
import { LexemeTable } from '../../src/recognize/lexeme-table.js';
import { hashRange } from '../../src/text/fnv.js';
import { TokenKind } from '../../src/text/tokenize.js';

const lexemeOf = (word: string) => new Lexeme(word, TokenKind.Arabic, [], [], undefined, 0);

/** Looks `word` up as a range of a longer text, as the vocabulary does. */
function findIn(table: LexemeTable, word: string): Lexeme | undefined {
  const text = `«${word}»`;
  return table.find(text, 1, 1 + word.length, hashRange(text, 1, 1 + word.length));
}

describe('LexemeTable', () => {
  it('finds what was added, by a range of another text, and nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 300 }), fc.string({ minLength: 1, maxLength: 8 }), (words, other) => {
        const table = new LexemeTable(1000);
        const added = new Map(words.map((w) => [w, lexemeOf(w)]));
        for (const [w, lexeme] of added) table.add(lexeme, hashRange(w, 0, w.length));
        expect(table.size).toBe(words.length);
        for (const [w, lexeme] of added) expect(findIn(table, w)).toBe(lexeme);
        expect(findIn(table, other)).toBe(added.get(other));
      }),
    );
  });

  it('tells words with the same hash apart by their text', () => {
    const table = new LexemeTable(10);
    const [a, b] = [lexemeOf('باريس'), lexemeOf('لندن')];
    table.add(a, 42);
    table.add(b, 42);
    expect(table.find('لندن', 0, 4, 42)).toBe(b);
    expect(table.find('باريس', 0, 5, 42)).toBe(a);
    expect(table.find('روما', 0, 4, 42)).toBeUndefined();
  });

  it('grows past its first capacity, says when it holds its limit, and empties', () => {
    const table = new LexemeTable(500);
    const words = Array.from({ length: 500 }, (_, i) => `w${i}`);
    for (const w of words) table.add(lexemeOf(w), hashRange(w, 0, w.length));
    expect(table.full).toBe(true);
    expect(words.every((w) => findIn(table, w)?.norm === w)).toBe(true);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.full).toBe(false);
    expect(findIn(table, 'w1')).toBeUndefined();
  });
});
