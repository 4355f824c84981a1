import { describe, expect, it } from 'vitest';
import { compileLexicon, formKeys } from '../../src/lexicon/compile.js';
import { parseEntries } from '../../src/lexicon/load.js';
import { findNode } from '../../src/lexicon/trie.js';
import { compileModel } from '../../src/model.js';
import { extract } from '../../src/extract.js';

const TSV = [
  'id\ttype\tsubtype\tar\ten\tvariants',
  'org:agency\tORG\tintl\tوكالة الطاقة الدولية\tEnergy Agency\t',
  'org:movement\tORG\tparty\tحركة المقاومة الإسلامية\tMovement\tحماس|حركة حماس',
  'city:gaza\tLOC\tcity\tغزة\tGaza\tمدينة غزة',
  'region:state\tLOC\tregion\tولاية جورجيا\tGeorgia (state)\t',
  'country:KM\tLOC\tcountry\tجزر القمر\tComoros\t',
  'country:MV\tLOC\tcountry\tالمالديف\tMaldives\tجزر المالديف',
  'place:stadium\tLOC\tlandmark\tملعب سانتياغو برنابيو\tSantiago Bernabéu Stadium\tسانتياغو برنابيو',
  'place:lusail-stadium\tLOC\tlandmark\tملعب لوسيل\tLusail Stadium\t',
].join('\n');

describe('descriptor heads in lexicon forms', () => {
  const { entries, problems } = parseEntries(TSV, 'test.tsv');
  const lexicon = compileLexicon(entries, { descriptors: new Set(formKeys('وكالة حركة مدينة ولاية جزر')), namedAfter: new Set(formKeys('ملعب مسجد')) });
  const skipOf = (form: string) => findNode(lexicon.trie.root, formKeys(form))?.values[0]?.skip;

  it.each([
    { form: 'وكالة الطاقة الدولية', skip: 0, why: 'the head begins the name itself: "الطاقة الدولية" names nothing' },
    { form: 'حركة المقاومة الإسلامية', skip: 0, why: 'an organization whose rest is not one of its names keeps its head' },
    { form: 'حركة حماس', skip: 1, why: 'the rest, حماس, is a name of the entry: the head describes it' },
    { form: 'حماس', skip: 0, why: 'no head' },
    { form: 'مدينة غزة', skip: 1, why: 'a place head stays outside the mention, as news corpora annotate' },
    { form: 'ولاية جورجيا', skip: 1, why: 'a place head stays outside even when the rest is not a form of the entry' },
    { form: 'جزر القمر', skip: 0, why: "in a country's official name the head is part of it: القمر alone is the moon" },
    { form: 'جزر المالديف', skip: 1, why: 'unless the rest is a name of the country too' },
    { form: 'ملعب سانتياغو برنابيو', skip: 1, why: 'a head that names a thing after something stays outside where the rest is a name of the entry' },
    { form: 'ملعب لوسيل', skip: 0, why: 'and only there: لوسيل alone is the city, not the stadium' },
  ])('$form: skip $skip ($why)', ({ form, skip }) => {
    expect(problems).toEqual([]);
    expect(skipOf(form)).toBe(skip);
  });

  it('the built-in lexicon gives agencies their whole names and movements the name after حركة', () => {
    const model = compileModel();
    const mentions = (text: string) => extract(text, model).map((e) => [e.text, e.id]);
    expect(mentions('قالت وكالة الطاقة الدولية إن')).toEqual([['وكالة الطاقة الدولية', 'org:international-energy-agency']]);
    expect(mentions('نقلت وكالة الأنباء السعودية الخبر')).toEqual([['وكالة الأنباء السعودية', 'org:saudi-press-agency']]);
    expect(mentions('قالت حركة حماس')).toEqual([['حماس', 'org:hamas']]);
  });

  it('a match its head confirms wins over the same words without it (the U.S. state, not the country)', () => {
    const model = compileModel();
    const [state] = extract('أعلن حاكم ولاية جورجيا', model);
    expect(state).toMatchObject({ text: 'جورجيا', id: 'region:georgia-us-state', confidence: 0.95 });
    expect(extract('وصل الوفد إلى جورجيا', model)[0]).toMatchObject({ text: 'جورجيا', id: 'country:GE' });
  });
});
