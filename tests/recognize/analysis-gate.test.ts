/**
 * The analysis gate may only ever spare lookups that would find nothing: a word it stops must be a word whose full
 * analysis has no facts. Checked on the keys themselves (every one must pass, with proclitics too), on words one
 * letter away from them, and on random words; for the saved model and for one compiled from TSV.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createModel, extract, type Model } from '../../src/index.js';
import { compileModel } from '../../src/model.js';
import { analyzeClitics } from '../../src/text/clitics.js';
import { TokenKind } from '../../src/text/tokenize.js';
import { AnalysisGate } from '../../src/recognize/analysis-gate.js';
import { lexemeOf } from '../../src/recognize/vocabulary.js';
import { rootKeys } from '../../src/lexicon/trie.js';
import { dateWords } from '../../src/recognize/dates/view.js';
import { triggerWords } from '../../src/recognize/license.js';
import { ruleTries } from '../../src/recognize/rules/index.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Whether a word has any fact the analysis looks up, or opens any of the rules' tries. */
function hasFacts(model: Model, word: string): boolean {
  const analyses = analyzeClitics(word);
  const l = lexemeOf(word, TokenKind.Arabic, analyses, model);
  if (l.lexicon.length > 0 || l.variant !== undefined || l.phrase !== undefined || l.flags !== 0) return true;
  const tries = model.rules ? ruleTries(model.rules.lists) : [];
  return tries.some((t) => analyses.some((a) => t.root.children.get(a.stem) !== undefined));
}

/** Every key the gate is built from, as the analysis looks them up. */
function keysOf(model: Model): string[] {
  const keys = [...rootKeys(model.lexicon.trie.root), ...rootKeys(dateWords().trie.root), ...dateWords().starters];
  if (model.rules) for (const t of ruleTries(model.rules.lists)) keys.push(...rootKeys(t.root));
  if (model.rules) keys.push(...model.rules.lists.sportWords, ...model.rules.lists.eventHeads, ...triggerWords(model.rules.lists.licenseTriggers));
  return keys.filter((k) => /^\p{Script=Arabic}+$/u.test(k));
}

const LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىء'];
const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'لل', 'ال', 'وال', 'بال', 'وبال'];

function checkModel(name: string, model: () => Model) {
  describe(name, () => {
    const m = model();
    const gate = new AnalysisGate(m.lexicon, m.rules);
    const stops = (word: string) => !gate.mayMatch(word);

    it('lets every key through, bare and after proclitics', () => {
      const keys = keysOf(m);
      expect(keys.length).toBeGreaterThan(1000);
      for (const key of keys) for (const p of ['', 'و', 'ب', 'ل', 'وب', 'فل']) expect(stops(p + key), p + key).toBe(false);
      // A key with the article after ل, written لل (للامم for ل + الامم), alone and after a conjunction.
      const withArticle = keys.filter((k) => k.startsWith('ال') && k.length > 3);
      expect(withArticle.length).toBeGreaterThan(100);
      for (const key of withArticle) for (const p of ['ل', 'ول', 'فل']) expect(stops(p + key.slice(1)), p + key.slice(1)).toBe(false);
    });

    it('stops no word that has facts: words one edit from a key, and random words', () => {
      const keys = keysOf(m);
      let stopped = 0;
      const check = (word: string) => {
        if (word.length === 0 || !stops(word)) return;
        stopped++;
        expect(hasFacts(m, word), word).toBe(false);
      };
      for (let i = 0; i < keys.length; i += 3) {
        const k = keys[i];
        const j = i % k.length;
        check(k.slice(0, j) + k.slice(j + 1)); // a letter dropped: the skeletons' spellings
        check(k.slice(0, j) + 'ي' + k.slice(j)); // a yeh written inside
        check(PREFIXES[i % PREFIXES.length] + k + 'ها');
      }
      fc.assert(
        fc.property(fc.constantFrom(...PREFIXES), fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 9 }), (prefix, letters) => check(prefix + letters.join(''))),
        { numRuns: 3000 },
      );
      // The gate is worth having only if it stops most words.
      expect(stopped).toBeGreaterThan(1000);
    });
  });
}

checkModel('the saved model', () => createModel());
checkModel('a model compiled from TSV with a user lexicon', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arner-gate-'));
  dirs.push(dir);
  const file = join(dir, 'user.tsv');
  writeFileSync(file, 'id\ttype\tsubtype\tar\ten\tvariants\nperson:zxq-tester\tPER\t\tزكسق تيستر\tZxq Tester\t\n');
  return compileModel({ lexicons: [file] });
});

describe('a long run', () => {
  it('finds the same entities once the gate is built (after thousands of new words) as a fresh model does', () => {
    // Entities the gazetteer finds, dates, and names only the rules find (a title, a given name, a verb of saying).
    const text = 'قال الرئيس الفرنسي إيمانويل ماكرون لباريس يوم الخميس 5 مارس 2024 إن العلاقات مع ألمانيا وبالأمم المتحدة جيدة. وأضاف الوزير خالد الزعبلاوي أن شركة زعبلكو للنفط تعمل في مدينة زعبلان';
    const fresh = extract(text, createModel(), { refDate: '2025-09-05' });
    const busy = createModel();
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const words: string[] = [];
    for (let i = 0; i < 6000; i++) {
      let w = 'و';
      for (let n = i + 1; n > 0; n = Math.floor(n / letters.length)) w += letters[n % letters.length];
      words.push(w);
    }
    extract(words.join(' '), busy);
    expect(extract(text, busy, { refDate: '2025-09-05' })).toEqual(fresh);
  });
});
