/** Files of a folder read ahead of their extraction on one thread (their English runs read together). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FilesAhead } from '../../../src/cli/batch/files-ahead.js';
import { sourcesOf, SourcesAhead } from '../../../src/io/sources.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(n: number): { dir: string; path: (i: number) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'arner-files-ahead-'));
  dirs.push(dir);
  const path = (i: number) => join(dir, `${String(i).padStart(2, '0')}.txt`);
  for (let i = 0; i < n; i++) writeFileSync(path(i), `نص ${i}`);
  return { dir, path };
}

describe('FilesAhead', () => {
  it('reads the next files with the one at hand, and gives each once, in the iteration order', async () => {
    const { dir, path } = folder(20);
    const sources = new SourcesAhead(sourcesOf([dir]));
    const ahead = new FilesAhead(sources);
    const texts: string[] = [];
    let first = true;
    for await (const item of sources) {
      if (item.kind !== 'file') continue;
      texts.push((await ahead.take(item.path, undefined))!.text);
      // Rewritten after the first file was taken: the files read with it keep what they held then.
      if (first) for (let i = 1; i < 20; i++) writeFileSync(path(i), `نص جديد ${i}`);
      first = false;
    }
    expect(texts.slice(0, 16)).toEqual(Array.from({ length: 16 }, (_, i) => `نص ${i}`));
    expect(texts.slice(16)).toEqual([16, 17, 18, 19].map((i) => `نص جديد ${i}`));
  });

  it('lets go of a file that will not be extracted, and keeps none it cannot read (the caller reads it again)', async () => {
    const { dir, path } = folder(3);
    writeFileSync(path(1), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const sources = new SourcesAhead(sourcesOf([dir]));
    const ahead = new FilesAhead(sources);
    const it = sources[Symbol.asyncIterator]();
    await it.next();
    expect((await ahead.take(path(0), undefined))!.text).toBe('نص 0');
    ahead.drop(path(2));
    writeFileSync(path(2), 'نص جديد');
    expect(await ahead.take(path(1), undefined)).toBeUndefined();
    expect((await ahead.take(path(2), undefined))!.text).toBe('نص جديد');
  });
});
