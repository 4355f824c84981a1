/** The rule word lists: validated at load, every problem with its file and line. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRuleLists, triggerKey } from '../../src/recognize/rules/wordlists.js';
import { LexiconError } from '../../src/lexicon/types.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function listsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'arner-lists-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('rule word lists', () => {
  it('reads license triggers as normalized type/subtype/word keys', () => {
    const lists = loadRuleLists(listsDir({ 'license-triggers.tsv': '# c\ntype\tsubtype\twords\nORG\tmedia\tمراسل|قناة\nLOC\t\tمدينة\n' }));
    expect(lists.licenseTriggers.has(triggerKey('ORG', 'media', 'قناه'))).toBe(true);
    expect(lists.licenseTriggers.has(triggerKey('LOC', '', 'مدينه'))).toBe(true);
  });

  it('names the file and line of a bad trigger row', () => {
    const dir = listsDir({ 'license-triggers.tsv': 'type\tsubtype\twords\nORG\tmedia\tرئيس تحرير\nTEAM\tx\ty\n' });
    let error: unknown;
    try {
      loadRuleLists(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LexiconError);
    const message = (error as Error).message;
    expect(message).toContain('license-triggers.tsv:2: "رئيس تحرير" must be one word');
    expect(message).toContain('license-triggers.tsv:3: expected type');
  });
});
