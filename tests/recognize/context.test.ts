/** Document-level decisions: licensing of ambiguous forms, places inside event names. */
import { describe, expect, it } from 'vitest';
import { createModel, extract } from '../../src/index.js';

const model = createModel();
const ids = (text: string) => extract(text, model, { refDate: '2025-09-05' }).map((e) => `${e.type}:${e.id ?? e.text}`);

describe('licensing ambiguous forms', () => {
  it('a bare ambiguous surname counts after the full name, and keeps counting through a long article', () => {
    // ~2,000 characters between mentions: each within the window of the one before, the last beyond the first's.
    const filler = ' وكان الجمهور حاضرا في الملعب طوال الوقت.'.repeat(50);
    const text = `سجل راؤول غونزاليس هدفا.${filler} ثم سجل راؤول هدفا آخر.${filler} وعاد راؤول ليسجل.`;
    const found = extract(text, model).filter((e) => e.id === 'person:raul-gonzalez');
    expect(found.map((e) => e.text)).toEqual(['راؤول غونزاليس', 'راؤول', 'راؤول']);
  });

  it('without the full name nearby, an ambiguous form is not tagged', () => {
    expect(ids('قال راؤول إن الطقس جميل').filter((x) => x.includes('raul'))).toEqual([]);
  });

  it('a name nearby does not license a conjunction, a verb and its subject (وفتح المسلحون النار after حركة فتح)', () => {
    const fatah = (text: string) => ids(text).filter((x) => x === 'ORG:org:fatah');
    expect(fatah('قالت حركة فتح إن القرار مرفوض. وفتح المسلحون النار على الدورية')).toEqual(['ORG:org:fatah']);
    expect(fatah('قالت حركة فتح إن القرار مرفوض. وأكدت فتح أنها')).toEqual(['ORG:org:fatah', 'ORG:org:fatah']);
  });

  it('a place licensed by its country: عمان near الأردن is Amman', () => {
    expect(ids('زار الملك الأردن ثم عاد إلى عمان')).toContain('LOC:city:amman');
    expect(ids('سلطنة عمان')).toContain('LOC:country:OM');
  });
});

describe('license triggers (lexicons/rules/license-triggers.tsv)', () => {
  it('a trigger word right before an ambiguous form licenses it, through a proclitic on the trigger', () => {
    expect(ids('وقال مراسل الجزيرة إن القصف استمر')).toContain('ORG:org:al-jazeera');
    expect(ids('وقال لمراسل الجزيرة إن القصف استمر')).toContain('ORG:org:al-jazeera');
    expect(ids('واعتقلت الشرطة عناصر القاعدة')).toContain('ORG:org:al-qaeda');
  });

  it('without the trigger the ambiguous form stays unlicensed', () => {
    expect(ids('وصل إلى الجزيرة في الصباح')).toEqual([]);
  });
});

describe('clubs named like their city', () => {
  it('in sports reporting the name is the club, but after a place head it is the city', () => {
    expect(ids('وفاز نيس على ليون بهدفين في الدوري')).toEqual(['ORG:org:ogc-nice', 'ORG:org:olympique-lyonnais']);
    expect(ids('وسجل اللاعب هدفين في مدينة نيس')).toEqual(['LOC:city:nice']);
  });
});

describe('places inside event names', () => {
  it('a country right after كأس or أبطال is part of the event, not a place mention', () => {
    const found = ids('فاز الفريق بكأس إسبانيا وبدوري أبطال أوروبا ثم سافر إلى إسبانيا');
    expect(found.filter((x) => x === 'LOC:country:ES')).toHaveLength(1);
    expect(found).not.toContain('LOC:region:europe');
  });

  it('and after a head and أمم (كأس أمم أفريقيا), but أمم alone heads nothing', () => {
    expect(ids('استعد المنتخب لكأس أمم أفريقيا وبطولة أمم أوروبا')).toEqual([]);
    expect(ids('اجتمعت أمم أفريقيا في أديس أبابا')).toEqual(['LOC:region:africa', 'LOC:city:addis-ababa']);
  });
});
