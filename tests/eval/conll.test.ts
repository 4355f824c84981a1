import { describe, expect, it } from 'vitest';
import { documentOf, parseConll, spansFromTags, tokensTouched } from '../../src/eval/conll.js';
import { score } from '../../src/eval/score.js';
import { evaluateConll, formatErrors, scoreBySource } from '../../src/eval/evaluate.js';
import { buildLexiconFromConll, slugOf } from '../../src/lexicon/build-from-conll.js';
import { parseEntries } from '../../src/lexicon/load.js';
import { compileLexicon } from '../../src/lexicon/compile.js';

const CONLL = ['زار O', 'إيمانويل B-PERS', 'ماكرون I-PERS', 'باريس B-LOC', '', 'وقال O', 'الاتحاد I-ORG', 'الأوروبي I-ORG', 'إن O', 'الهند B-MISC', ''].join('\n');

describe('CoNLL reading', () => {
  it('reads sentences and spans in IOB2, and I- after O opens a span (IOB1, conlleval)', () => {
    const corpus = parseConll(CONLL);
    expect(corpus.sentences.map((s) => s.length)).toEqual([4, 5]);
    expect(spansFromTags(corpus.sentences)).toEqual([
      { first: 1, last: 2, type: 'PERS' },
      { first: 3, last: 3, type: 'LOC' },
      { first: 5, last: 6, type: 'ORG' },
      { first: 8, last: 8, type: 'MISC' },
    ]);
  });

  it('a B- tag after an I- of the same type starts a new span', () => {
    const corpus = parseConll('أ B-LOC\nب I-LOC\nج B-LOC\n');
    expect(spansFromTags(corpus.sentences)).toEqual([
      { first: 0, last: 1, type: 'LOC' },
      { first: 2, last: 2, type: 'LOC' },
    ]);
  });

  it('reads a chosen tag column', () => {
    const corpus = parseConll('أ NNP B-LOC x\nب NN O y\n', 2);
    expect(corpus.sentences[0].map((t) => t.tag)).toEqual(['B-LOC', 'O']);
  });

  it('joins tokens by spaces and sentences by line breaks, and maps character spans to the tokens they touch', () => {
    const doc = documentOf(parseConll(CONLL).sentences);
    expect(doc.text).toBe('زار إيمانويل ماكرون باريس\nوقال الاتحاد الأوروبي إن الهند');
    const waqal = doc.text.indexOf('وقال');
    expect(tokensTouched(doc, waqal + 1, waqal + 4)).toEqual([4, 4]); // a span inside a token touches it
    expect(tokensTouched(doc, doc.text.indexOf('ماكرون'), doc.text.indexOf('باريس') + 2)).toEqual([2, 3]);
    expect(tokensTouched(doc, 3, 4)).toBeUndefined(); // only a space
  });
});

describe('scoring', () => {
  it('counts exact matches per type and micro-averages', () => {
    const gold = [{ first: 0, last: 1, type: 'PER' }, { first: 3, last: 3, type: 'LOC' }];
    const predicted = [{ first: 0, last: 1, type: 'PER' }, { first: 3, last: 4, type: 'LOC' }, { first: 6, last: 6, type: 'LOC' }];
    const s = score(gold, predicted, ['PER', 'LOC']);
    expect(s.byType.map((t) => [t.type, t.correct, t.gold, t.predicted])).toEqual([['PER', 1, 1, 1], ['LOC', 0, 1, 2]]);
    expect(s.micro.precision).toBeCloseTo(1 / 3);
    expect(s.micro.recall).toBeCloseTo(1 / 2);
    expect(s.micro.f1).toBeCloseTo(0.4);
  });

  it('evaluates arner end to end, mapping PERS to PER and ignoring MISC', () => {
    const { entries } = parseEntries(
      'id\ttype\tsubtype\tar\ten\tvariants\nperson:emmanuel-macron\tPER\t\tإيمانويل ماكرون\tEmmanuel Macron\t\ncity:paris\tLOC\tcity\tباريس\tParis\t\norg:european-union\tORG\tintl\tالاتحاد الأوروبي\tEU\t\n',
      'x.tsv',
    );
    const ev = evaluateConll(CONLL, { lexicon: compileLexicon(entries) });
    expect(ev.score.micro.correct).toBe(3);
    expect(ev.score.micro.gold).toBe(3);
    expect(ev.score.micro.f1).toBe(1);
  });
});

describe('error analysis', () => {
  // باريس only as a city, and "ماكرون" alone as a person: one false alarm (the short span), one miss (the long one).
  const { entries } = parseEntries(
    'id\ttype\tsubtype\tar\ten\tvariants\nperson:emmanuel-macron\tPER\t\tماكرون\tEmmanuel Macron\t\ncity:paris\tLOC\tcity\tباريس\tParis\t\n',
    'x.tsv',
  );
  const ev = evaluateConll(CONLL, { lexicon: compileLexicon(entries) });

  it('lists a false alarm with what found it, and a miss with what was printed over it instead', () => {
    const lines = formatErrors(ev).split('\n');
    expect(lines).toContain('PER\tماكرون\t…زار إيمانويل [ماكرون] باريس وقال الاتحاد الأوروبي…\tgazetteer');
    expect(lines).toContain('PER\tإيمانويل ماكرون\t…زار [إيمانويل ماكرون] باريس وقال الاتحاد الأوروبي…\tPER:ماكرون (gazetteer)');
    expect(lines).toContain('ORG\tالاتحاد الأوروبي\t…إيمانويل ماكرون باريس وقال [الاتحاد الأوروبي] إن الهند…\t-');
  });

  it('counts correct and wrong predictions per type and recognizer', () => {
    expect(scoreBySource(ev)).toEqual([
      { type: 'LOC', by: 'gazetteer', correct: 1, wrong: 0, precision: 1 },
      { type: 'PER', by: 'gazetteer', correct: 0, wrong: 1, precision: 0 },
    ]);
  });
});

describe('lexicon build --from-conll', () => {
  it('makes one valid entry per annotated form, drops forms with a proclitic whose bare form is annotated', () => {
    const conll = ['باريس B-LOC', 'وباريس B-LOC', 'جميلة O', '', 'ونيس B-LOC', 'زار O', ''].join('\n');
    const tsv = buildLexiconFromConll(conll);
    const { entries, problems } = parseEntries(tsv, 'built.tsv');
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.ar).sort()).toEqual(['باريس', 'ونيس']);
  });

  it('marks a form seen more often unannotated than annotated as ambiguous', () => {
    const conll = ['أمل B-PERS', '', ...Array.from({ length: 5 }, () => 'أمل O\n')].join('\n');
    const { entries } = parseEntries(buildLexiconFromConll(conll), 'built.tsv');
    expect(entries[0].forms[0].ambiguous).toBe(true);
  });

  it('slugs are ASCII', () => {
    expect(slugOf('إيمانويل ماكرون')).toBe('aymanwyl-makrwn');
  });
});
