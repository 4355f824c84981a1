import { describe, expect, it } from 'vitest';
import { analyzeClitics } from '../../src/text/clitics.js';
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
