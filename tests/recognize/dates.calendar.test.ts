/** Calendar pieces: ISO weeks, Umm al-Qura conversion through ICU, Arabic number words. */
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, formatWeek, fromDayNumber, isoWeek } from '../../src/recognize/dates/calendar.js';
import { fromHijri, hijriMonthLength, hijriMonthSpan, hijriYearSpan, toHijri } from '../../src/recognize/dates/hijri.js';
import { readCardinal, readOrdinal } from '../../src/recognize/dates/numbers.js';
import { TokenView } from '../../src/recognize/dates/view.js';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokenize.js';

const view = (text: string) => new TokenView(tokenize(normalize(text).text));

describe('ISO weeks', () => {
  it.each([
    ['2025-09-05', '2025-W36', 'a Friday in the week of Monday 1 September'],
    ['2021-01-03', '2020-W53', 'a Sunday that belongs to the last week of the year before'],
    ['2024-12-30', '2025-W01', 'a Monday that belongs to the first week of the next year'],
    ['2016-11-07', '2016-W45', 'the Recognizers-Text reference date'],
  ])('%s is %s (%s)', (date, week) => {
    const [year, month, day] = date.split('-').map(Number);
    expect(formatWeek({ year, month, day })).toBe(week);
  });

  it('week numbers never exceed 53', () => {
    for (let d = { year: 2000, month: 1, day: 1 }; d.year < 2030; d = addDays(d, 1)) expect(isoWeek(d).week).toBeLessThanOrEqual(53);
  });
});

describe('Umm al-Qura from ICU', () => {
  it.each([
    [{ year: 1446, month: 9, day: 1 }, '2025-03-01', 'Ramadan 1446 began on 1 March 2025'],
    [{ year: 1446, month: 10, day: 1 }, '2025-03-30', 'Eid al-Fitr 1446'],
    [{ year: 1445, month: 12, day: 10 }, '2024-06-16', 'Eid al-Adha 1445'],
    [{ year: 1432, month: 9, day: 14 }, '2011-08-14', 'a date dateparser checks'],
    [{ year: 1447, month: 1, day: 1 }, '2025-06-26', 'Hijri new year 1447'],
  ])('%o is %s (%s)', (h, iso) => {
    const g = fromHijri(h)!;
    expect(`${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`).toBe(iso);
  });

  it('converts every day there and back, 1900–2100 (one day in three)', () => {
    const end = dayNumber({ year: 2100, month: 1, day: 1 });
    for (let n = dayNumber({ year: 1900, month: 1, day: 1 }); n < end; n += 3) {
      const back = fromHijri(toHijri(fromDayNumber(n)));
      expect(back && dayNumber(back)).toBe(n);
    }
  });

  it('months have 29 or 30 days and years 354 or 355', () => {
    for (let y = 1350; y <= 1500; y++) {
      for (let m = 1; m <= 12; m++) expect([29, 30]).toContain(hijriMonthLength(y, m));
      const [a, b] = hijriYearSpan(y)!;
      expect([353, 354]).toContain(dayNumber(b) - dayNumber(a));
    }
  });

  it('gives month spans, converts historical years with the tabular calendar, refuses far years', () => {
    expect(hijriMonthSpan(1446, 9)!.map((d) => d.day)).toEqual([1, 29]);
    expect(fromHijri({ year: 1800, month: 1, day: 1 })).toBeUndefined();
    expect(fromHijri({ year: 635, month: 9, day: 5 })).toEqual({ year: 1238, month: 4, day: 28 });
    expect(fromHijri({ year: 1446, month: 13, day: 1 })).toBeUndefined();
  });
});

describe('Arabic number words', () => {
  it.each([
    ['ثلاثة', 3],
    ['خمسة عشر', 15],
    ['واحد وعشرين', 21],
    ['ألفين وثمانية عشر', 2018],
    ['ألف وتسعمائة وثمانية وسبعون', 1978],
    ['مائتين وسبعة وستين', 267],
    ['ثلاثة آلاف', 3000],
  ])('cardinal %s = %d', (text, value) => {
    expect(readCardinal(view(text), 0)?.value).toBe(value);
  });

  it.each([
    ['الأول', 1],
    ['الحادي عشر', 11],
    ['الثانية عشرة', 12],
    ['الثاني والعشرين', 22],
    ['الحادي والثلاثين', 31],
    ['العشرين', 20],
    ['التاسع عشر', 19],
  ])('ordinal %s = %d', (text, value) => {
    expect(readOrdinal(view(text), 0)?.value).toBe(value);
  });

  it('الحادي alone is no number, and a run of و stays bounded', () => {
    expect(readOrdinal(view('الحادي'), 0)).toBeUndefined();
    const run = view(Array(50).fill('واحد').join(' و '));
    expect(readCardinal(run, 0)!.value).toBeLessThanOrEqual(6);
  });
});

describe('the quick check and the rules agree', () => {
  it('a word kind starts an expression exactly when some rule begins with it', async () => {
    const { RULES_BY_KIND } = await import('../../src/recognize/dates/index.js');
    const { STARTER_KINDS } = await import('../../src/recognize/dates/view.js');
    const withRules = Object.entries(RULES_BY_KIND).filter(([, rules]) => rules.length).map(([kind]) => kind).sort();
    expect([...STARTER_KINDS].sort()).toEqual(withRules);
  });
});
