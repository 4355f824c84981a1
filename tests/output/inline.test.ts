import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { inlinePrinter } from '../../src/output/inline.js';
import { isErrorRecord } from '../../src/output/record.js';
import { fixtureRecords, print, seedText, type TextRecord } from './report-fixture.js';

const records = fixtureRecords();
const seed = records[0] as TextRecord;
const ANSI = /\u001b\[[0-9;]*m/g;

describe('inlinePrinter', () => {
  it('without colour, marks each mention as [TYPE text] and keeps the rest of the text as it is', () => {
    const out = print(inlinePrinter(new Chalk({ level: 0 })), records);
    expect(out).not.toMatch(ANSI);
    const [legend, , title, ...rest] = out.split('\n');
    expect(legend).toBe('Mentions are marked [TYPE text]: PER person, LOC place, ORG organization, NORP nationality, DATE date, TIME time');
    expect(title).toBe(`fixtures/news/000_c4aff9e3ec424988.txt  (${seed.entities.length} entities, reference date 2025-09-05)`);
    expect(rest.join('\n')).toContain('[PER إيمانويل ماكرون]');
    expect(rest.join('\n')).toContain('ل[LOC أوكرانيا]');
    // Taking the marks out gives the article back.
    const body = out.slice(out.indexOf(title) + title.length + 1, out.indexOf('\n\nhostile.txt'));
    const marked = [...body.matchAll(/\[(PER|LOC|ORG|NORP|DATE|TIME) ([^\]]*)\]/g)].map((m) => m[2]);
    expect(marked).toEqual(seed.entities.map((e) => e.text));
    expect(body.replace(/\[(?:PER|LOC|ORG|NORP|DATE|TIME) ([^\]]*)\]/g, '$1')).toBe(seedText.replace(/\n$/, ''));
  });

  it('with colour, paints the mentions by type and adds no brackets', () => {
    const out = print(inlinePrinter(new Chalk({ level: 1 })), records);
    expect(out).toMatch(ANSI);
    expect(out).not.toContain('[PER ');
    // PER is cyan (36), LOC green (32), as in the table format.
    expect(out).toContain('\u001b[36m\u001b[1mإيمانويل ماكرون\u001b[22m\u001b[39m');
    expect(out).toContain('\u001b[32m\u001b[1mأوكرانيا\u001b[22m\u001b[39m');
    const plain = out.replace(ANSI, '');
    expect(plain).toContain(seedText.split('\n')[3]);
  });

  it('prints errors in place, lists mentions when the text is absent, and neutralizes control characters', () => {
    const out = print(inlinePrinter(new Chalk({ level: 0 })), records);
    expect(out).toContain('records.jsonl:3: malformed JSON: Unexpected token <script> in JSON at position 0\n');
    expect(out).toContain('no-text.json #no-text-1');
    expect(out).toMatch(/\n {2}\[PER إيمانويل ماكرون\] {2}person:emmanuel-macron\n/);
    const printer = inlinePrinter(new Chalk({ level: 0 }));
    const evil: TextRecord = { source: 'x\u001b[2J.txt', refDate: '2025-09-05', entities: [], text: 'نص \u001b]0;title\u0007 هنا\r\n' };
    const text = printer.record(evil);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('نص \uFFFD]0;title\uFFFD هنا\n');
    expect(records.filter(isErrorRecord)).toHaveLength(1);
  });
});
