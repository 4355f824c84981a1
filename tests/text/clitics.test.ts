import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeClitics, readingHash, readingsOf, readingStem } from '../../src/text/clitics.js';
import { hashRange } from '../../src/text/fnv.js';
import { normalize } from '../../src/text/normalize.js';

const stems = (word: string) => analyzeClitics(normalize(word).text).map((a) => `${a.prefixLength}:${a.stem}`);

describe('analyzeClitics', () => {
  it('offers the whole token first', () => {
    expect(stems('بيسكوف')[0]).toBe('0:بيسكوف');
    expect(stems('لندن')).toEqual(['0:لندن', '1:ندن']);
  });

  it('separates a preposition: لأوكرانيا -> ل + اوكرانيا', () => {
    expect(stems('لأوكرانيا')).toContain('1:اوكرانيا');
    expect(stems('بإسطنبول')).toContain('1:اسطنبول');
  });

  it('separates a conjunction and a preposition: وبريطانيا, وللأمم', () => {
    expect(stems('وبريطانيا')).toContain('1:بريطانيا');
    expect(stems('وبلندن')).toContain('2:لندن');
  });

  it('restores the article written لل: للأمم -> ل + الامم', () => {
    expect(stems('للأمم')).toContain('1:الامم');
    expect(stems('للندن')).toContain('1:لندن');
  });

  it('a conjunction before the article: والأمم -> و + الامم', () => {
    expect(stems('والأمم')).toContain('1:الامم');
  });

  it('never leaves a stem shorter than two letters', () => {
    expect(stems('وب')).toEqual(['0:وب']);
    expect(stems('ولم')).toEqual(['0:ولم', '1:لم']);
  });

  it('offers nothing for a token that starts with another letter', () => {
    expect(stems('روسيا')).toEqual(['0:روسيا']);
  });
});

describe('analyzeClitics, by code unit', () => {
  /** The implementation before 2026-11-30 11:30, by one-character strings: the readings must not have changed. */
  function reference(token: string): Array<{ prefixLength: number; stem: string }> {
    const isClitic = (ch: string | undefined) => ch !== undefined && 'وفبلك'.includes(ch);
    const out = [{ prefixLength: 0, stem: token }];
    const push = (prefixLength: number, stem: string) => {
      if (stem.length < 2 || out.some((a) => a.stem === stem && a.prefixLength === prefixLength)) return;
      out.push({ prefixLength, stem });
    };
    if (token.length <= 2 || !isClitic(token[0])) return out;
    for (const c of 'وف'.includes(token[0]) ? [0, 1] : [0]) {
      if (c === 1) push(1, token.slice(1));
      const p = token[c];
      if (p !== undefined && 'بلك'.includes(p)) {
        push(c + 1, token.slice(c + 1));
        if (p === 'ل' && token[c + 1] === 'ل') push(c + 1, 'ا' + token.slice(c + 1));
      }
    }
    return out;
  }

  it('gives the readings of the string-based implementation, in the same order', () => {
    const letter = fc.constantFrom(...'وفبلكالمنيةسرد');
    fc.assert(fc.property(fc.array(letter, { maxLength: 8 }), (letters) => {
      const token = letters.join('');
      expect(analyzeClitics(token)).toEqual(reference(token));
    }), { numRuns: 5000 });
  });

  it('readingsOf lists the readings analyzeClitics makes, and readingHash hashes each reading\'s stem', () => {
    const letter = fc.constantFrom(...'وفبلكالمنيةسرد');
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 8 }), (letters) => {
        const token = letters.join('');
        const bits = readingsOf(token);
        const stems: string[] = [];
        for (let r = 1; r <= bits; r <<= 1) {
          if ((bits & r) === 0) continue;
          const stem = readingStem(token, r);
          stems.push(stem);
          expect(readingHash(token, r)).toBe(hashRange(stem, 0, stem.length));
        }
        expect(stems).toEqual(analyzeClitics(token).slice(1).map((a) => a.stem));
      }),
      { numRuns: 3000 },
    );
  });
});
