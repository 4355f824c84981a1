import { readFileSync, mkdtempSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModel, BUILTIN_LEXICON_DIR } from '../src/model.js';
import { extractDocument } from '../src/extract.js';
import { deserializeModel, lexiconHash, loadSnapshot, serializeModel } from '../src/snapshot.js';

const SEED = readFileSync(new URL('../fixtures/news/000_c4aff9e3ec424988.txt', import.meta.url), 'utf8');

describe('model snapshot', () => {
  const compiled = compileModel();
  const json = serializeModel(compiled, lexiconHash(BUILTIN_LEXICON_DIR));

  it('a model read back from its snapshot extracts exactly what the compiled model does', () => {
    const { model } = deserializeModel(json);
    const text = SEED + '\nوقال الرئيس البلغاري سيرغي ستانيشيف إن Emmanuel Macron زار للأمم المتحدة والخميس';
    expect(extractDocument(text, model)).toEqual(extractDocument(text, compiled));
  });

  it('is ignored once a lexicon file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arner-snap-'));
    try {
      cpSync(BUILTIN_LEXICON_DIR, join(dir, 'lexicons'), { recursive: true });
      const file = join(dir, 'model.snapshot.json');
      writeFileSync(file, serializeModel(compiled, lexiconHash(join(dir, 'lexicons'))));
      expect(loadSnapshot(file, join(dir, 'lexicons'))).toBeDefined();
      writeFileSync(join(dir, 'lexicons', 'entries', 'extra.tsv'), 'id\ttype\tsubtype\tar\ten\tvariants\ncity:x-town\tLOC\tcity\tإكس\tX\t\n');
      expect(loadSnapshot(file, join(dir, 'lexicons'))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
