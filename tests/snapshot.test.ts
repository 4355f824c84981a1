import { readFileSync, mkdtempSync, writeFileSync, cpSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModel, BUILTIN_LEXICON_DIR } from '../src/model.js';
import { extractDocument } from '../src/extract.js';
import { deserializeModel, lexiconState, loadSnapshot, serializeModel } from '../src/snapshot.js';
import { isCurrent, lexiconStamps } from '../src/snapshot/stamps.js';
import { writePartsFile } from '../src/snapshot/parts.js';

const SEED = readFileSync(new URL('../fixtures/news/000_c4aff9e3ec424988.txt', import.meta.url), 'utf8');
const AN_HOUR_AGO = new Date(Date.now() - 3_600_000);

/** A copy of the built-in lexicons; `dated`: modified an hour ago (a fresh copy is too recent for stamps to be trusted). */
function copyLexicons(dir: string, dated: boolean): string {
  const lexicons = join(dir, 'lexicons');
  cpSync(BUILTIN_LEXICON_DIR, lexicons, { recursive: true });
  if (dated) for (const [file] of lexiconStamps(lexicons)) utimesSync(join(lexicons, file), AN_HOUR_AGO, AN_HOUR_AGO);
  return lexicons;
}

describe('model snapshot', () => {
  const compiled = compileModel();
  const data = serializeModel(compiled, lexiconState(BUILTIN_LEXICON_DIR));

  it('a model read back from its snapshot extracts exactly what the compiled model does', () => {
    const { model } = deserializeModel(data);
    const text = SEED + '\nوقال الرئيس البلغاري سيرغي ستانيشيف إن Emmanuel Macron زار للأمم المتحدة والخميس\nوفاز أتلتكو مدريد في ملعب سانتياغو بيرنابيو';
    const fromSnapshot = extractDocument(text, model);
    expect(fromSnapshot).toEqual(extractDocument(text, compiled));
    // Spellings of names of several words the lexicon does not list, through the snapshot's skeleton trie.
    expect(fromSnapshot.entities.filter((e) => e.rule === 'spelling-variant').map((e) => e.id)).toEqual(['org:atletico-madrid', 'place:santiago-bernabeu']);
  });

  it('reads back every entry, its id index and its fuzzy index', () => {
    const { model } = deserializeModel(data);
    const entries = compiled.lexicon.entries;
    const last = entries.length - 1;
    // One entry first (one block read), then all of them through enumeration.
    expect(model.lexicon.entries[last].id).toBe(entries[last].id);
    expect(model.lexicon.entries.length).toBe(entries.length);
    expect(model.lexicon.entries.map((e) => [e.id, e.type, e.subtype, e.ar, e.en, e.licensedBy])).toEqual(
      entries.map((e) => [e.id, e.type, e.subtype, e.ar, e.en, e.licensedBy]),
    );
    expect([...model.lexicon.byId]).toEqual([...compiled.lexicon.byId]);
    const fuzzy = model.lexicon.fuzzy!;
    const expected = compiled.lexicon.fuzzy!;
    // Its size without reading it, a few lookups a bucket at a time, then all of it.
    expect(fuzzy.size).toBe(expected.size);
    for (const key of [...expected.keys()].slice(0, 20)) expect(fuzzy.get(key)).toEqual(expected.get(key));
    expect(fuzzy.get('not a skeleton')).toBeUndefined();
    expect(new Map(fuzzy)).toEqual(expected);
  });

  it("reads back the rule model's word sets and lists", () => {
    const { model } = deserializeModel(data);
    const rules = model.rules!;
    const expected = compiled.rules!;
    for (const name of ['knownNameTokens', 'knownSurnames', 'ordinaryWords'] as const) {
      const words = [...(expected[name] ?? [])];
      // Looked up word by word first (a bucket at a time), then enumerated whole.
      expect(words.every((w) => rules[name]!.has(w))).toBe(true);
      expect(rules[name]!.has(words[0] + 'x')).toBe(expected[name]!.has(words[0] + 'x'));
      expect(new Set(rules[name])).toEqual(new Set(words));
    }
    for (const name of ['commonWords', 'givenNameWords', 'stopWords', 'eventHeads'] as const) {
      const words = [...expected.lists[name]];
      expect(words.every((w) => rules.lists[name].has(w))).toBe(true);
      expect(rules.lists[name].size).toBe(words.length);
      expect(new Set(rules.lists[name])).toEqual(expected.lists[name]);
    }
  });

  /**
   * Runs `check` on a copy of the lexicons (`dated`: modified an hour ago) with a snapshot of the compiled model
   * saved beside it, after checking whether its stamps were recorded.
   */
  const withSnapshot = (dated: boolean, check: (lexicons: string, file: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'arner-snap-'));
    try {
      const lexicons = copyLexicons(dir, dated);
      const state = lexiconState(lexicons);
      // Files copied just now are too recent for their stamps to be trusted: the hash decides.
      expect(state.stamps.length > 0).toBe(dated);
      const file = join(dir, 'model.snapshot');
      writeFileSync(file, serializeModel(compiled, state));
      check(lexicons, file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('is ignored once a lexicon file is added', () => {
    withSnapshot(true, (lexicons, file) => {
      expect(loadSnapshot(file, lexicons)).toBeDefined();
      writeFileSync(join(lexicons, 'entries', 'extra.tsv'), 'id\ttype\tsubtype\tar\ten\tvariants\ncity:x-town\tLOC\tcity\tإكس\tX\t\n');
      expect(loadSnapshot(file, lexicons)).toBeUndefined();
    });
  });

  it('built from files modified just before, is ignored once one changes, even to the same size and modification time', () => {
    withSnapshot(false, (lexicons, file) => {
      const licenses = join(lexicons, 'licenses.tsv');
      const old = statSync(licenses);
      writeFileSync(licenses, readFileSync(licenses, 'utf8').replace(/[a-z]/, (c) => (c === 'x' ? 'y' : 'x')));
      utimesSync(licenses, old.atime, old.mtime);
      expect(statSync(licenses).size).toBe(old.size);
      expect(loadSnapshot(file, lexicons)).toBeUndefined();
    });
  });

  it('keeps reading the snapshot it opened when a build replaces it, and refuses one rewritten in place', () => {
    withSnapshot(true, (lexicons, file) => {
      const replaced = loadSnapshot(file, lexicons)!;
      writePartsFile(file, Buffer.from('not a snapshot\n'));
      // The first lookups read their buckets now, from the file as it was opened.
      expect(extractDocument(SEED, replaced)).toEqual(extractDocument(SEED, compiled));
      writePartsFile(file, serializeModel(compiled, lexiconState(lexicons)));
      utimesSync(file, AN_HOUR_AGO, AN_HOUR_AGO); // so that rewriting it surely changes its time
      const rewritten = loadSnapshot(file, lexicons)!;
      writeFileSync(file, readFileSync(file).toString('latin1').replace('"format"', '"Format"'), 'latin1');
      expect(() => extractDocument(SEED, rewritten)).toThrow(/rewritten while in use/);
    });
  });

  it('trusts the stamps of a copy that kept the modification times (to the millisecond)', () => {
    withSnapshot(true, (lexicons) => {
      const copy = join(lexicons, '..', 'copy');
      cpSync(lexicons, copy, { recursive: true, preserveTimestamps: true });
      // A wrong hash: only the stamps can say the copy is current.
      expect(isCurrent(copy, { hash: 'not the hash', stamps: lexiconState(lexicons).stamps }, 'salt')).toBe(true);
      writeFileSync(join(copy, 'licenses.tsv'), readFileSync(join(copy, 'licenses.tsv'), 'utf8') + '\n');
      expect(isCurrent(copy, { hash: 'not the hash', stamps: lexiconState(lexicons).stamps }, 'salt')).toBe(false);
    });
  });

  it('trusts unchanged stamps, and falls back to the content when a file is only touched', () => {
    withSnapshot(true, (lexicons, file) => {
      expect(loadSnapshot(file, lexicons)).toBeDefined();
      utimesSync(join(lexicons, 'licenses.tsv'), new Date(), new Date());
      expect(loadSnapshot(file, lexicons)).toBeDefined();
      const stopWords = join(lexicons, 'rules', 'stop-words.txt');
      writeFileSync(stopWords, readFileSync(stopWords, 'utf8') + 'كلمة\n');
      expect(loadSnapshot(file, lexicons)).toBeUndefined();
    });
  });
});
