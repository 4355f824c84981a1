/** `arner lexicon find` and `stats`: what a string matches and why, as a user asks it. */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { findName, lexiconStats } from '../../src/lexicon/inspect.js';
import { parseEntries } from '../../src/lexicon/load.js';
import { runCli } from '../helpers/cli.js';

const TSV = [
  'id\ttype\tsubtype\tar\ten\tvariants',
  'city:istanbul\tLOC\tcity\tإسطنبول\tIstanbul\tاسطنبول',
  'person:volodymyr-zelensky\tPER\t\tفولوديمير زيلينسكي\tVolodymyr Zelenskyy\tزيلينسكي',
  'org:atletico-madrid\tORG\tsport\tأتلتيكو مدريد\tAtlético Madrid\t',
].join('\n');

describe('lexicon find', () => {
  const { entries, problems } = parseEntries(TSV, 'test.tsv');
  const lexicon = compileLexicon(entries);
  const found = (name: string) => findName(lexicon, name).matches.map((m) => [m.id, m.prefix, m.form?.text, m.variant]);

  it('names the form a string matches, through a proclitic too', () => {
    expect(problems).toEqual([]);
    expect(found('إسطنبول')).toEqual([['city:istanbul', '', 'إسطنبول', false]]);
    expect(found('بإسطنبول')).toEqual([['city:istanbul', 'ب', 'إسطنبول', false]]);
  });

  it('names the form a spelling variant is taken for, one word or several, as the gazetteer takes it', () => {
    expect(found('زيلنسكي')).toEqual([['person:volodymyr-zelensky', '', 'زيلينسكي', true]]);
    expect(found('فولوديمير زيلنسكي')).toEqual([['person:volodymyr-zelensky', '', 'فولوديمير زيلينسكي', true]]);
    expect(found('أتلتكو مدريد')).toEqual([['org:atletico-madrid', '', 'أتلتيكو مدريد', true]]);
  });

  it('finds nothing for an ordinary word', () => {
    expect(found('مدرسة')).toEqual([]);
  });

  it('counts entries by type', () => {
    expect(lexiconStats(lexicon).byType).toEqual({ LOC: 1, PER: 1, ORG: 1 });
  });
});

describe('arner lexicon find', () => {
  it('prints the match with its file and line, and says a variant is one; exit 1 when nothing matches', async () => {
    const variant = await runCli(['lexicon', 'find', 'أتلتكو مدريد']);
    expect(variant.code).toBe(0);
    expect(variant.stdout).toMatch(/org:atletico-madrid\tAtlético Madrid\ta spelling variant of form "أتلتيكو مدريد"\t.*organizations-world\.tsv:\d+/);
    const none = await runCli(['lexicon', 'find', 'مدرسة']);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('no match');
  });
});
