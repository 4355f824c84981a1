import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, tokenizeInto, TokenKind, type Token } from '../../src/text/tokenize.js';
import { normalize } from '../../src/text/normalize.js';
import { hashRange } from '../../src/text/fnv.js';

const norms = (s: string) => tokenize(normalize(s).text).map((t) => t.norm);

describe('tokenize', () => {
  it('splits Arabic, Latin and digit runs and keeps offsets', () => {
    const text = 'زار Macron باريس 2025.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['زار', 'Macron', 'باريس', '2025', '.']);
    expect(tokens.map((t) => t.kind)).toEqual([TokenKind.Arabic, TokenKind.Latin, TokenKind.Arabic, TokenKind.Digits, TokenKind.Punct]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.norm);
  });

  it('splits hyphens and slashes: two words, two month names', () => {
    expect(norms('الروسية-الأوكرانية')).toEqual(['الروسيه', '-', 'الاوكرانيه']);
    expect(norms('مارس/آذار')).toEqual(['مارس', '/', 'اذار']);
  });

  it('treats Arabic punctuation and quotes as tokens of their own', () => {
    expect(norms('«روسيا»، أوكرانيا؛ لماذا؟ "ريا"')).toEqual(['«', 'روسيا', '»', '،', 'اوكرانيا', '؛', 'لماذا', '؟', '"', 'ريا', '"']);
  });

  it('a letter run switching script is two tokens', () => {
    expect(norms('ناتوNATO')).toEqual(['ناتو', 'nato']);
    expect(norms('2022م')).toEqual(['2022', 'م']);
  });

  it('marks a token that follows a line break', () => {
    const tokens = tokenize('روسيا\nأوكرانيا روسيا');
    expect(tokens.map((t) => t.lineBreakBefore)).toEqual([false, true, false]);
  });

  it('keeps an astral character whole', () => {
    const tokens = tokenize('a😀b');
    expect(tokens.map((t) => t.norm)).toEqual(['a', '😀', 'b']);
  });

  it('tokenizes into token objects left by an earlier text as it tokenizes afresh', () => {
    const words = fc.constantFrom('باريس', 'و', 'Macron', '2025', '.', ' ', '\n', '،', 'ماكرون');
    const text = fc.array(words, { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (first, second) => {
        const pool: Token[] = [];
        tokenizeInto(first, pool);
        const n = tokenizeInto(second, pool);
        expect(pool.slice(0, n)).toEqual(tokenize(second));
        expect(pool.length).toBeGreaterThanOrEqual(n);
      }),
    );
  });

  it('hands each token its hashRange as read, marks, surrogate pairs and lone surrogates included', () => {
    // The vocabulary looks words up by the tokenizer's hash alone; WordText documents it as hashRange's.
    const pieces = fc.constantFrom('باريس', 'بَارِيس', 'و', 'Macron', 'é', '2025', '.', ' ', '\n', '😀', '\ud83d', '\ude00', '\u0301', 'ـ', '،');
    const text = fc.array(pieces, { maxLength: 30 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const seen: Array<[number, number]> = [];
        tokenizeInto(t, [], (s, start, end, _kind, hash) => {
          seen.push([hash, hashRange(s, start, end)]);
          return s.slice(start, end);
        });
        for (const [made, expected] of seen) expect(made).toBe(expected);
      }),
    );
  });
});
