import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicons, parseEntries, parseDemonyms } from '../../src/lexicon/load.js';
import { demonymForms } from '../../src/lexicon/demonyms.js';
import { LexiconError } from '../../src/lexicon/types.js';
import { BUILTIN_LEXICON_DIR } from '../../src/model.js';

const HEADER = 'id\ttype\tsubtype\tar\ten\tvariants\n';

describe('parseEntries', () => {
  it('reads rows with their forms; ? marks an ambiguous form', () => {
    const { entries, problems } = parseEntries(HEADER + 'person:bashar-al-assad\tPER\t\tبشار الأسد\tBashar al-Assad\t?الأسد|بشار حافظ الأسد\n', 'x.tsv');
    expect(problems).toEqual([]);
    expect(entries[0].forms.map((f) => [f.text, f.ambiguous])).toEqual([
      ['بشار الأسد', false],
      ['الأسد', true],
      ['بشار حافظ الأسد', false],
    ]);
  });

  it('names file and line for every bad row', () => {
    const text =
      '# a comment\n' +
      HEADER +
      'person:Bad Id\tPER\t\tاسم\tName\t\n' + // line 3
      'org:x\tPER\t\tاسم\tName\t\n' + // line 4: wrong type for the prefix
      'org:y\tORG\t\t\tY\t\n' + // line 5: empty name
      'org:z\tORG\t\tـــ\tZ\t\n' + // line 6: normalizes to nothing
      'org:w\tORG\t\tاسم\t\t\n' + // line 7: empty label
      'org:y2\tORG\t\tاسم\tY\t\ta\tb\n' + // line 8: too many columns
      'org:v\tORG\t\tاسم\tV\t\n' +
      'org:v\tORG\t\tاسم\tV\t\n'; // line 10: duplicate id
    const { problems } = parseEntries(text, 'bad.tsv');
    expect(problems).toEqual([
      'bad.tsv:8: 8 columns, the header has 6',
      'bad.tsv:3: bad id "person:Bad Id" (expected e.g. person:emmanuel-macron, country:UA)',
      'bad.tsv:4: id org:x needs type ORG, not "PER"',
      'bad.tsv:5: empty name',
      'bad.tsv:6: name "ـــ" is empty once normalized',
      'bad.tsv:7: empty English label',
      'bad.tsv:10: duplicate id org:v (first at line 9)',
    ]);
  });

  it('reads CSV with quoted fields and JSON arrays', () => {
    const csv = 'id,type,subtype,ar,en,variants\norg:acme,ORG,company,"أكمي، المحدودة",Acme,"أكمي|""أ"""\n';
    expect(parseEntries(csv, 'x.csv').entries[0].forms.map((f) => f.text)).toEqual(['أكمي، المحدودة', 'أكمي', '"أ"']);
    const json = JSON.stringify([{ id: 'city:x-town', type: 'LOC', ar: 'إكس', en: 'X Town', variants: ['اكس تاون'] }]);
    expect(parseEntries(json, 'x.json').entries[0].forms.map((f) => f.text)).toEqual(['إكس', 'اكس تاون']);
    expect(parseEntries('{oops', 'bad.json').problems[0]).toMatch(/^bad\.json:1: not valid JSON/);
  });
});

describe('demonyms', () => {
  it('generates feminine, plural and dual forms with and without the article', () => {
    const forms = demonymForms('روسي', ['روس']);
    for (const f of ['روسي', 'الروسي', 'روسية', 'الروسية', 'الروسيون', 'روسيين', 'الروسيات', 'روس', 'الروس']) expect(forms).toContain(f);
  });

  it('inflects every word of a multi-word adjective', () => {
    expect(demonymForms('كوري جنوبي')).toContain('الكورية الجنوبية');
  });

  it('in a compound, a word marked = is a noun that never inflects', () => {
    const forms = demonymForms('=جنوب أفريقي');
    for (const f of ['جنوب أفريقي', 'جنوب أفريقية', 'الجنوب أفريقي', 'الجنوب أفريقيون']) expect(forms).toContain(f);
    expect(forms.some((f) => f.includes('جنوبة') || f.includes('='))).toBe(false);
  });

  it('a demonym row must point at a place', () => {
    expect(parseDemonyms('id\tmasc\tplurals\nperson:x\tروسي\t\n', 'd.tsv').problems).toEqual(['d.tsv:2: a demonym needs a place id, not "person:x"']);
  });
});

describe('loadLexicons', () => {
  it('loads the built-in lexicons without a single problem', () => {
    const entries = loadLexicons({ builtinDir: BUILTIN_LEXICON_DIR });
    expect(entries.length).toBeGreaterThan(249);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('a user entry overrides the built-in one with the same id', () => {
    const files: Record<string, string> = { 'user.tsv': HEADER + 'country:FR\tLOC\tcountry\tفرنسا\tFrench Republic\t\n' };
    const entries = loadLexicons({ builtinDir: BUILTIN_LEXICON_DIR, userFiles: ['user.tsv'], read: (f) => files[f] ?? readFileSync(f, 'utf8') });
    expect(entries.find((e) => e.id === 'country:FR')?.en).toBe('French Republic');
  });

  it('throws one error listing every problem of every file', () => {
    const files: Record<string, string> = { 'a.tsv': HEADER + 'org:a\tORG\t\t\tA\t\n', 'b.tsv': 'nonsense\n' };
    try {
      loadLexicons({ userFiles: ['a.tsv', 'b.tsv', 'missing.tsv'], read: (f) => {
        if (!(f in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
        return files[f];
      } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LexiconError);
      expect((e as LexiconError).problems).toEqual(['a.tsv:2: empty name', 'b.tsv:1: missing columns id, type, ar, en', 'missing.tsv: cannot read (ENOENT)']);
    }
  });
});
