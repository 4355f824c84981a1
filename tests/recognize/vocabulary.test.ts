/** The vocabulary: one lexeme per distinct word and model, bounded without changing what is found. */
import { describe, expect, it } from 'vitest';
import { createModel, extract } from '../../src/index.js';
import { normalize } from '../../src/text/normalize.js';
import { vocabularyOf } from '../../src/recognize/vocabulary.js';
import { WordFlag } from '../../src/recognize/lexeme.js';

const model = createModel();
/** The lexeme of each token of `text`, as extractDocument reads them. */
const lexemesOf = (m: ReturnType<typeof createModel>, text: string) => vocabularyOf(m).read(normalize(text).text).lexemes;

describe('vocabulary', () => {
  it('gives the tokens of one word one lexeme, and its proclitic readings', () => {
    const lexemes = lexemesOf(model, 'زار ماكرون باريس ثم عاد ماكرون إلى وباريس');
    expect(lexemes[1]).toBe(lexemes[5]);
    const wa = lexemes[7];
    expect(wa.analyses.map((a) => `${a.prefixLength}:${a.stem}`)).toContain('1:باريس');
    expect(wa.lexicon.some((s) => s.viaClitic && s.prefixLength === 1)).toBe(true);
  });

  it('knows a date word and a word a date can begin with', () => {
    const [month, word] = lexemesOf(model, 'مارس كتاب');
    expect(month.flags & WordFlag.DateStart).not.toBe(0);
    expect(word.flags & (WordFlag.DateStart | WordFlag.DateWord)).toBe(0);
  });

  it('finds the same entities after far more distinct words than it keeps (its own words dropped and analyzed again)', () => {
    const text = 'قال الرئيس الفرنسي إيمانويل ماكرون في باريس يوم 5 مارس 2024 إن العلاقات مع ألمانيا جيدة';
    const fresh = extract(text, createModel(), { refDate: '2025-09-05' });
    expect(fresh.map((e) => e.type)).toEqual(expect.arrayContaining(['PER', 'LOC', 'DATE']));
    const busy = createModel();
    expect(extract(text, busy, { refDate: '2025-09-05' })).toEqual(fresh);
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const words: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      let w = 'ا';
      for (let n = i; n > 0; n = Math.floor(n / letters.length)) w += letters[n % letters.length];
      words.push(w);
    }
    lexemesOf(busy, words.join(' '));
    expect(extract(text, busy, { refDate: '2025-09-05' })).toEqual(fresh);
  });

  it('finds the same once the analysis gate is on, a remembered name after a proclitic included (its word keeps no readings)', () => {
    const text = 'قال الرئيس يانكو تيبساروفيتش إن الحرب ستستمر. وأكد مستشار لتيبساروفيتش أن الهدف واضح، وكرر وتيبساروفيتش القول.';
    const fresh = extract(text, createModel(), { refDate: '2025-09-05' });
    // The document memory finds the surname through the proclitics ل and و.
    expect(fresh.filter((e) => e.source === 'memory').map((e) => text.slice(e.start - 1, e.end))).toEqual(['لتيبساروفيتش', 'وتيبساروفيتش']);
    const busy = createModel();
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const words: string[] = [];
    for (let i = 1; i <= 6_000; i++) {
      let w = 'ا';
      for (let n = i; n > 0; n = Math.floor(n / letters.length)) w += letters[n % letters.length];
      words.push(w);
    }
    lexemesOf(busy, words.join(' '));
    // The gate stopped the new word, which therefore kept no readings (a private field, read to show the path is taken).
    const [stopped] = lexemesOf(busy, 'وتيبساروفيتش');
    expect(stopped.lexicon).toEqual([]);
    expect((stopped as unknown as { readings: unknown }).readings).toBeUndefined();
    expect(extract(text, busy, { refDate: '2025-09-05' })).toEqual(fresh);
  });

  it('hands out arrays of exactly the tokens of one text, also after a longer text', () => {
    const fresh = createModel();
    const vocabulary = vocabularyOf(fresh);
    vocabulary.read(normalize('زار ماكرون باريس ثم عاد إلى برلين يوم الخميس').text);
    const { tokens, lexemes } = vocabulary.read(normalize('زار بوتين موسكو').text);
    expect(tokens.map((t) => t.norm)).toEqual(['زار', 'بوتين', 'موسكو']);
    expect(lexemes.map((l) => l.norm)).toEqual(['زار', 'بوتين', 'موسكو']);
  });
});
